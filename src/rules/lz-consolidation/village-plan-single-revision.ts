import { clause, defineRule, param, when } from '../define.js';
import translations from './locales/village-plan-single-revision.json' with { type: 'json' };

const maxRevisions = { value: 1, unit: 'count', source: '可对规划进行一次性修改' } as const;

export const rule = defineRule(
  {
    id: 'lz-consolidation/village-plan-single-revision',
    documentId: 'lz-consolidation',
    kind: 'requirement',
    // 「可对规划进行一次性修改」 opens one route among others: a second revision goes by the
    // ordinary procedure, so a fail means this route is not open, nothing is violated (conventions §4).
    strength: 'encouraged',
    act: 'the revision of the village plan for the consolidation project',
    title: '村庄规划为整治可一次性修改',
    citation: { article: '三、（三）', quote: '现有村庄规划不能满足开展全域土地综合整治的，可对规划进行一次性修改' },
    facts: ['projectType', 'villagePlanRevisionsForConsolidation'],
    parameters: { maxRevisions },
    selects: { all: [when('projectType', 'equal', 'land-consolidation')] },
    decision: { all: [clause('可对规划进行一次性修改', when('villagePlanRevisionsForConsolidation', 'atMost', param('maxRevisions')))] },
    messages: {
      pass: '为整治修改村庄规划{villagePlanRevisionsForConsolidation}次，未超过一次。',
      fail: '为开展整治一次性修改村庄规划的途径只有一次，本项目已修改{villagePlanRevisionsForConsolidation}次；再次修改须按一般程序办理。',
    },
  },
  translations,
);

export default rule;
