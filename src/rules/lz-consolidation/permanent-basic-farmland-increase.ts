import { clause, defineRule, param, ref, shareOf, when } from '../define.js';
import translations from './locales/permanent-basic-farmland-increase.json' with { type: 'json' };

const minShare = { value: '0.05', unit: 'share', source: '永久基本农田增加量不少于调整永久基本农田面积的5％' } as const;
const noAdjustment = { value: 0, unit: 'm2', source: '项目涉及永久基本农田调整的 (an adjustment above zero selects the rule)' } as const;

export const rule = defineRule(
  {
    id: 'lz-consolidation/permanent-basic-farmland-increase',
    documentId: 'lz-consolidation',
    kind: 'requirement',
    strength: 'binding',
    act: 'the approval of the permanent basic farmland adjustment plan',
    title: '永久基本农田增加量不少于调整面积的5%',
    citation: { article: '一、（二）1', quote: '永久基本农田调整方案必须确保整治区域内永久基本农田增加量不少于调整永久基本农田面积的5％' },
    facts: ['projectType', 'permanentBasicFarmlandAdjustedM2', 'permanentBasicFarmlandBeforeM2', 'permanentBasicFarmlandAfterM2'],
    parameters: { minShare, noAdjustment },
    selects: {
      all: [
        when('projectType', 'equal', 'land-consolidation'),
        clause('永久基本农田调整方案', when('permanentBasicFarmlandAdjustedM2', 'above', param('noAdjustment'))),
      ],
    },
    derive: {
      permanentBasicFarmlandIncreaseM2: { value: { difference: [ref('permanentBasicFarmlandAfterM2'), ref('permanentBasicFarmlandBeforeM2')] }, unit: 'm2' },
      minPermanentBasicFarmlandIncreaseM2: shareOf('permanentBasicFarmlandAdjustedM2', 'minShare'),
    },
    decision: {
      all: [
        clause(
          '必须确保整治区域内永久基本农田增加量不少于调整永久基本农田面积的5％',
          when('$permanentBasicFarmlandIncreaseM2', 'atLeast', { fact: '$minPermanentBasicFarmlandIncreaseM2' }),
        ),
      ],
    },
    conclusions: {
      permanentBasicFarmlandIncreaseM2: ref('$permanentBasicFarmlandIncreaseM2'),
      minPermanentBasicFarmlandIncreaseM2: ref('$minPermanentBasicFarmlandIncreaseM2'),
    },
    messages: {
      pass: '永久基本农田增加{permanentBasicFarmlandIncreaseM2}平方米，不少于调整面积的{minShare}（{minPermanentBasicFarmlandIncreaseM2}平方米）。',
      fail: '调整方案必须确保永久基本农田增加量不少于调整面积的{minShare}（{minPermanentBasicFarmlandIncreaseM2}平方米），本方案增加量为{permanentBasicFarmlandIncreaseM2}平方米。',
    },
    readings: [
      {
        chosen: 'The increase is the area after minus the area before, inside the consolidation area.',
        alternative: 'A gross figure of newly designated farmland, ignoring what was taken out.',
      },
    ],
  },
  translations,
);

export default rule;
