import { sub } from '../../core/exact.js';
import { amount, defineRule, shareOf, L, when } from '../define.js';

const minShare = { value: '0.05', unit: 'share', source: '永久基本农田增加量不少于调整永久基本农田面积的5％' } as const;
const noAdjustment = { value: 0, unit: 'm2', source: '项目涉及永久基本农田调整的 (an adjustment above zero selects the rule)' } as const;

export const rule = defineRule({
  id: 'lz-consolidation/permanent-basic-farmland-increase',
  documentId: 'lz-consolidation',
  kind: 'requirement',
  strength: 'binding',
  title: L('永久基本农田增加量不少于调整面积的5%', '永久基本農田增加量不少於調整面積的5%', 'Permanent basic farmland increase at least 5% of the area adjusted'),
  citation: { article: '一、（二）1', quote: '永久基本农田调整方案必须确保整治区域内永久基本农田增加量不少于调整永久基本农田面积的5％' },
  facts: ['projectType', 'permanentBasicFarmlandAdjustedM2', 'permanentBasicFarmlandBeforeM2', 'permanentBasicFarmlandAfterM2'],
  parameters: { minShare, noAdjustment },
  selects: { all: [when('projectType', 'equal', 'land-consolidation'), when('permanentBasicFarmlandAdjustedM2', 'above', amount(noAdjustment))] },
  derive: {
    permanentBasicFarmlandIncreaseM2: {
      from: ['permanentBasicFarmlandBeforeM2', 'permanentBasicFarmlandAfterM2'],
      unit: 'm2',
      compute: (v) => sub(v.exact('permanentBasicFarmlandAfterM2'), v.exact('permanentBasicFarmlandBeforeM2')),
    },
    minPermanentBasicFarmlandIncreaseM2: shareOf('permanentBasicFarmlandAdjustedM2', minShare.value),
  },
  decision: { all: [when('$permanentBasicFarmlandIncreaseM2', 'atLeast', { fact: '$minPermanentBasicFarmlandIncreaseM2' })] },
  conclusions: (v) => ({
    permanentBasicFarmlandIncreaseM2: v.show('$permanentBasicFarmlandIncreaseM2'),
    minPermanentBasicFarmlandIncreaseM2: v.show('$minPermanentBasicFarmlandIncreaseM2'),
  }),
  messages: {
    pass: L(
      '永久基本农田增加{permanentBasicFarmlandIncreaseM2}平方米，不少于调整面积的5%（{minPermanentBasicFarmlandIncreaseM2}平方米）。',
      '永久基本農田增加{permanentBasicFarmlandIncreaseM2}平方米，不少於調整面積的5%（{minPermanentBasicFarmlandIncreaseM2}平方米）。',
      'Permanent basic farmland grows by {permanentBasicFarmlandIncreaseM2} m², at least 5% of the area adjusted ({minPermanentBasicFarmlandIncreaseM2} m²).',
    ),
    fail: L(
      '调整方案必须确保永久基本农田增加量不少于调整面积的5%（{minPermanentBasicFarmlandIncreaseM2}平方米），本方案增加量为{permanentBasicFarmlandIncreaseM2}平方米。',
      '調整方案必須確保永久基本農田增加量不少於調整面積的5%（{minPermanentBasicFarmlandIncreaseM2}平方米），本方案增加量為{permanentBasicFarmlandIncreaseM2}平方米。',
      'The adjustment must increase permanent basic farmland by at least 5% of the area adjusted ({minPermanentBasicFarmlandIncreaseM2} m²); the increase is {permanentBasicFarmlandIncreaseM2} m².',
    ),
  },
  readings: [{ chosen: 'The increase is the area after minus the area before, inside the consolidation area.', alternative: 'A gross figure of newly designated farmland, ignoring what was taken out.' }],
});

export default rule;
