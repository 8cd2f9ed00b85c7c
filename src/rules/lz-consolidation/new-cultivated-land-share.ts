import { clause, defineRule, ref, shareOf, when } from '../define.js';
import translations from './locales/new-cultivated-land-share.json' with { type: 'json' };

const minShare = { value: '0.05', unit: 'share', source: '新增耕地面积原则上不少于原有耕地面积的5％' } as const;

export const rule = defineRule(
  {
    id: 'lz-consolidation/new-cultivated-land-share',
    documentId: 'lz-consolidation',
    kind: 'requirement',
    strength: 'in-principle',
    act: 'the approval of the consolidation project, with the new cultivated land it yields',
    title: '新增耕地不少于原有耕地的5%',
    citation: { article: '一、（二）1', quote: '项目整治区域内新增耕地面积原则上不少于原有耕地面积的5％' },
    facts: ['projectType', 'originalCultivatedLandM2', 'newCultivatedLandM2'],
    parameters: { minShare },
    selects: { all: [when('projectType', 'equal', 'land-consolidation')] },
    derive: {
      minNewCultivatedLandM2: shareOf('originalCultivatedLandM2', 'minShare'),
    },
    decision: {
      all: [clause('项目整治区域内新增耕地面积原则上不少于原有耕地面积的5％', when('newCultivatedLandM2', 'atLeast', { fact: '$minNewCultivatedLandM2' }))],
    },
    conclusions: { minNewCultivatedLandM2: ref('$minNewCultivatedLandM2') },
    messages: {
      pass: '新增耕地{newCultivatedLandM2}平方米，不少于原有耕地面积的{minShare}（{minNewCultivatedLandM2}平方米）。',
      fail: '整治区域内新增耕地应不少于原有耕地面积的{minShare}（{minNewCultivatedLandM2}平方米），本项目仅{newCultivatedLandM2}平方米。',
    },
  },
  translations,
);

export default rule;
