import { clause, defineRule, param, when } from '../define.js';
import translations from './locales/permanent-basic-farmland-adjustment-plan.json' with { type: 'json' };

const noAdjustment = { value: 0, unit: 'm2', source: '项目涉及永久基本农田调整的 (an adjustment above zero selects the rule)' } as const;

export const rule = defineRule(
  {
    id: 'lz-consolidation/permanent-basic-farmland-adjustment-plan',
    documentId: 'lz-consolidation',
    kind: 'procedure',
    strength: 'binding',
    act: 'the region’s approval of the PBF adjustment plan',
    title: '同步编制永久基本农田调整方案并报自治区审核',
    citation: {
      article: '三、（三）',
      quote: '项目涉及永久基本农田调整的，必须同步编制永久基本农田调整方案。…报自治区自然资源厅会同农业农村厅审核通过后纳入国土空间规划及村庄规划实施',
    },
    facts: ['projectType', 'permanentBasicFarmlandAdjustedM2', 'pbfAdjustmentPlanPrepared', 'pbfAdjustmentPlanApprovedByRegion'],
    parameters: { noAdjustment },
    selects: {
      all: [
        when('projectType', 'equal', 'land-consolidation'),
        clause('项目涉及永久基本农田调整', when('permanentBasicFarmlandAdjustedM2', 'above', param('noAdjustment'))),
      ],
    },
    decision: {
      all: [
        clause('必须同步编制永久基本农田调整方案', when('pbfAdjustmentPlanPrepared', 'equal', true)),
        clause('报自治区自然资源厅会同农业农村厅审核通过', when('pbfAdjustmentPlanApprovedByRegion', 'equal', true)),
      ],
    },
    messages: {
      pass: '已同步编制永久基本农田调整方案，并经自治区自然资源厅会同农业农村厅审核通过。',
      fail: '涉及永久基本农田调整的，必须同步编制调整方案并经自治区审核通过后方可实施；本项目尚未满足。',
    },
    notes: ['The hearings at city and county level (逐级听证、论证) are not encoded as separate facts; the regional approval presupposes them.'],
  },
  translations,
);

export default rule;
