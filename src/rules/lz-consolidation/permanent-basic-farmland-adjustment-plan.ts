import { clause, defineRule, L, param, when } from '../define.js';

const noAdjustment = { value: 0, unit: 'm2', source: '项目涉及永久基本农田调整的 (an adjustment above zero selects the rule)' } as const;

export const rule = defineRule({
  id: 'lz-consolidation/permanent-basic-farmland-adjustment-plan',
  documentId: 'lz-consolidation',
  kind: 'procedure',
  strength: 'binding',
  title: L('同步编制永久基本农田调整方案并报自治区审核', '同步編制永久基本農田調整方案並報自治區審核', 'A permanent basic farmland adjustment plan, approved by the region'),
  citation: {
    article: '三、（三）',
    quote: '项目涉及永久基本农田调整的，必须同步编制永久基本农田调整方案。…报自治区自然资源厅会同农业农村厅审核通过后纳入国土空间规划及村庄规划实施',
  },
  facts: ['projectType', 'permanentBasicFarmlandAdjustedM2', 'pbfAdjustmentPlanPrepared', 'pbfAdjustmentPlanApprovedByRegion'],
  parameters: { noAdjustment },
  selects: { all: [when('projectType', 'equal', 'land-consolidation'), clause('项目涉及永久基本农田调整', when('permanentBasicFarmlandAdjustedM2', 'above', param('noAdjustment')))] },
  decision: { all: [clause('必须同步编制永久基本农田调整方案', when('pbfAdjustmentPlanPrepared', 'equal', true)), clause('报自治区自然资源厅会同农业农村厅审核通过', when('pbfAdjustmentPlanApprovedByRegion', 'equal', true))] },
  messages: {
    pass: L(
      '已同步编制永久基本农田调整方案，并经自治区自然资源厅会同农业农村厅审核通过。',
      '已同步編制永久基本農田調整方案，並經自治區自然資源廳會同農業農村廳審核通過。',
      'The adjustment plan was prepared alongside and passed the regional review.',
    ),
    fail: L(
      '涉及永久基本农田调整的，必须同步编制调整方案并经自治区审核通过后方可实施；本项目尚未满足。',
      '涉及永久基本農田調整的，必須同步編制調整方案並經自治區審核通過後方可實施；本項目尚未滿足。',
      'An adjustment of permanent basic farmland needs a plan prepared alongside and approved by the region before it is implemented; this project lacks one or the other.',
    ),
  },
  notes: ['The hearings at city and county level (逐级听证、论证) are not encoded as separate facts; the regional approval presupposes them.'],
});

export default rule;
