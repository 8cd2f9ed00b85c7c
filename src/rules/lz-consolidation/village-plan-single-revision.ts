import { clause, defineRule, L, param, when } from '../define.js';

const maxRevisions = { value: 1, unit: 'count', source: '可对规划进行一次性修改' } as const;

export const rule = defineRule({
  id: 'lz-consolidation/village-plan-single-revision',
  documentId: 'lz-consolidation',
  kind: 'requirement',
  strength: 'binding',
  title: L('村庄规划为整治只可一次性修改', '村莊規劃為整治只可一次性修改', 'The village plan may be revised once for consolidation'),
  citation: { article: '三、（三）', quote: '现有村庄规划不能满足开展全域土地综合整治的，可对规划进行一次性修改' },
  facts: ['projectType', 'villagePlanRevisionsForConsolidation'],
  parameters: { maxRevisions },
  selects: { all: [when('projectType', 'equal', 'land-consolidation')] },
  decision: { all: [clause('可对规划进行一次性修改', when('villagePlanRevisionsForConsolidation', 'atMost', param('maxRevisions')))] },
  messages: {
    pass: L('为整治修改村庄规划{villagePlanRevisionsForConsolidation}次，未超过一次。', '為整治修改村莊規劃{villagePlanRevisionsForConsolidation}次，未超過一次。', 'The village plan was revised {villagePlanRevisionsForConsolidation} time(s) for the project: within the single revision allowed.'),
    fail: L(
      '村庄规划为开展整治只可一次性修改，本项目已修改{villagePlanRevisionsForConsolidation}次。',
      '村莊規劃為開展整治只可一次性修改，本項目已修改{villagePlanRevisionsForConsolidation}次。',
      'The village plan may be revised only once for consolidation; it was revised {villagePlanRevisionsForConsolidation} times.',
    ),
  },
});

export default rule;
