import { clause, defineRule, ref, shareOf, when } from '../define.js';
import translations from './locales/village-point-supply-reserve.json' with { type: 'json' };

const maxShare = { value: '0.05', unit: 'share', source: '预留不超过5%的规划新增建设用地规模' } as const;

export const rule = defineRule(
  {
    id: 'lz-proposal-048/village-point-supply-reserve',
    documentId: 'lz-proposal-048',
    kind: 'requirement',
    strength: 'binding',
    act: 'the village plan’s approval',
    title: '村庄规划点状供地预留不超过规划新增建设用地的5%',
    citation: { article: '三、（二）三', quote: '在村庄规划中…预留不超过5%的规划新增建设用地规模，用于保障点状供地范围的项目建设。' },
    facts: ['planType', 'plannedNewConstructionLandM2', 'pointSupplyReserveM2'],
    parameters: { maxShare },
    selects: { all: [clause('在村庄规划中', when('planType', 'equal', 'village-plan'))] },
    derive: {
      maxPointSupplyReserveM2: shareOf('plannedNewConstructionLandM2', 'maxShare'),
      remainingPointSupplyReserveM2: { value: { remainder: [ref('$maxPointSupplyReserveM2'), ref('pointSupplyReserveM2')] }, unit: 'm2' },
    },
    decision: { all: [clause('预留不超过5%的规划新增建设用地规模', when('pointSupplyReserveM2', 'atMost', { fact: '$maxPointSupplyReserveM2' }))] },
    conclusions: {
      base: 'plannedNewConstructionLandM2',
      maxPointSupplyReserveM2: ref('$maxPointSupplyReserveM2'),
      remainingPointSupplyReserveM2: ref('$remainingPointSupplyReserveM2'),
    },
    messages: {
      pass: '点状供地预留{pointSupplyReserveM2}平方米，不超过规划新增建设用地规模的{maxShare}（{maxPointSupplyReserveM2}平方米）。',
      fail: '点状供地预留不得超过规划新增建设用地规模的{maxShare}（{maxPointSupplyReserveM2}平方米）；本规划预留{pointSupplyReserveM2}平方米。',
    },
    readings: [
      {
        chosen:
          "The base is planned NEW construction land (规划新增建设用地规模); it is a second cap beside Guangxi's 5% of all planned village construction land (gx-rural-land-2023/02-village-reserve-quota), and a Liuzhou village plan must meet both.",
        alternative: 'Reading the two 5% figures as one cap would let the larger base decide; not adopted, the bases differ in the texts.',
      },
    ],
    notes: ['The source is an internal work plan (a planning task of the bureau); encoded as binding on village plans, as the catalogue directs.'],
  },
  translations,
);

export default rule;
