import { clause, defineRule, L, ref, shareOf, when } from '../define.js';

const minShare = { value: '0.05', unit: 'share', source: '新增耕地面积原则上不少于原有耕地面积的5％' } as const;

export const rule = defineRule({
  id: 'lz-consolidation/new-cultivated-land-share',
  documentId: 'lz-consolidation',
  kind: 'requirement',
  strength: 'in-principle',
  title: L('新增耕地不少于原有耕地的5%', '新增耕地不少於原有耕地的5%', 'New cultivated land at least 5% of the original'),
  citation: { article: '一、（二）1', quote: '项目整治区域内新增耕地面积原则上不少于原有耕地面积的5％' },
  facts: ['projectType', 'originalCultivatedLandM2', 'newCultivatedLandM2'],
  parameters: { minShare },
  selects: { all: [when('projectType', 'equal', 'land-consolidation')] },
  derive: {
    minNewCultivatedLandM2: shareOf('originalCultivatedLandM2', 'minShare'),
  },
  decision: { all: [clause('项目整治区域内新增耕地面积原则上不少于原有耕地面积的5％', when('newCultivatedLandM2', 'atLeast', { fact: '$minNewCultivatedLandM2' }))] },
  conclusions: { minNewCultivatedLandM2: ref('$minNewCultivatedLandM2') },
  messages: {
    pass: L(
      '新增耕地{newCultivatedLandM2}平方米，不少于原有耕地面积的{minShare}（{minNewCultivatedLandM2}平方米）。',
      '新增耕地{newCultivatedLandM2}平方米，不少於原有耕地面積的{minShare}（{minNewCultivatedLandM2}平方米）。',
      'New cultivated land of {newCultivatedLandM2} m² is at least {minShare} of the original ({minNewCultivatedLandM2} m²).',
    ),
    fail: L(
      '整治区域内新增耕地应不少于原有耕地面积的{minShare}（{minNewCultivatedLandM2}平方米），本项目仅{newCultivatedLandM2}平方米。',
      '整治區域內新增耕地應不少於原有耕地面積的{minShare}（{minNewCultivatedLandM2}平方米），本項目僅{newCultivatedLandM2}平方米。',
      'New cultivated land in the area should be at least {minShare} of the original ({minNewCultivatedLandM2} m²); this project adds {newCultivatedLandM2} m².',
    ),
  },
});

export default rule;
