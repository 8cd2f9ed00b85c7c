import { clause, defineRule, L, when } from '../define.js';

export const rule = defineRule({
  id: 'lz-14th-fyp/farmland-occupation-compensation-balance',
  documentId: 'lz-14th-fyp',
  kind: 'requirement',
  strength: 'binding',
  title: L('耕地占一补一、占优补优、占水田补水田', '耕地佔一補一、佔優補優、佔水田補水田', 'Farmland compensation: equal area, no lower quality, paddy for paddy'),
  citation: { article: '第六章第一节', quote: '新建项目占用耕地做到“占一补一，占优补优，占水田补水田”。坚决防止…占多补少，占优补劣，占水田补旱地的现象。' },
  facts: ['occupiesCultivatedLand', 'occupiedCultivatedLandM2', 'compensatedCultivatedLandM2', 'occupiedQualityGrade', 'compensatedQualityGrade', 'occupiedPaddyM2', 'compensatedPaddyM2'],
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
    pass: L(
      '补充耕地数量、质量和水田面积均不低于占用：占一补一、占优补优、占水田补水田。',
      '補充耕地數量、質量和水田面積均不低於佔用：佔一補一、佔優補優、佔水田補水田。',
      'The compensation matches the occupation in area, quality and paddy: equal area, no lower quality, paddy for paddy.',
    ),
    fail: L(
      '新建项目占用耕地须占一补一、占优补优、占水田补水田；本项目存在占多补少、占优补劣或占水田补旱地（见各项理由）。',
      '新建項目佔用耕地須佔一補一、佔優補優、佔水田補水田；本項目存在佔多補少、佔優補劣或佔水田補旱地（見各項理由）。',
      'Occupied farmland must be compensated with equal area, quality no worse and paddy for paddy; the reasons show which of the three fails.',
    ),
  },
  readings: [{ chosen: 'Quality is the national cultivated-land quality grade (1 best … 10 worst); “占优补优” means the compensation is not of a worse grade.', alternative: 'A strictly better grade; not adopted, the text forbids only 占优补劣.' }],
});

export default rule;
