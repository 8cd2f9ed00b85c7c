import { clause, defineRule, when } from '../define.js';
import translations from './locales/farmland-occupation-compensation-balance.json' with { type: 'json' };

export const rule = defineRule(
  {
    id: 'lz-14th-fyp/farmland-occupation-compensation-balance',
    documentId: 'lz-14th-fyp',
    kind: 'requirement',
    strength: 'binding',
    act: 'the approval of the new project’s occupation of cultivated land, with its compensation',
    title: '耕地占一补一、占优补优、占水田补水田',
    citation: { article: '第六章第一节', quote: '新建项目占用耕地做到“占一补一，占优补优，占水田补水田”。坚决防止…占多补少，占优补劣，占水田补旱地的现象。' },
    facts: [
      'occupiesCultivatedLand',
      'occupiedCultivatedLandM2',
      'compensatedCultivatedLandM2',
      'occupiedQualityGrade',
      'compensatedQualityGrade',
      'occupiedPaddyM2',
      'compensatedPaddyM2',
    ],
    parameters: {},
    selects: { all: [clause('新建项目占用耕地', when('occupiesCultivatedLand', 'equal', true))] },
    decision: {
      all: [
        clause('占一补一', when('compensatedCultivatedLandM2', 'atLeast', { fact: 'occupiedCultivatedLandM2' })),
        // Grades run from 1 (best) to 10 (worst): the compensation may not be worse.
        clause('占优补优', when('compensatedQualityGrade', 'atMost', { fact: 'occupiedQualityGrade' })),
        clause('占水田补水田', when('compensatedPaddyM2', 'atLeast', { fact: 'occupiedPaddyM2' })),
      ],
    },
    messages: {
      pass: '补充耕地数量、质量和水田面积均不低于占用：占一补一、占优补优、占水田补水田。',
      fail: '新建项目占用耕地须占一补一、占优补优、占水田补水田；本项目存在占多补少、占优补劣或占水田补旱地（见各项理由）。',
    },
    readings: [
      {
        chosen: 'Quality is the national cultivated-land quality grade (1 best … 10 worst); “占优补优” means the compensation is not of a worse grade.',
        alternative: 'A strictly better grade; not adopted, the text forbids only 占优补劣.',
      },
    ],
  },
  translations,
);

export default rule;
