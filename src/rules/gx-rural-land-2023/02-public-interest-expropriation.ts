import { byStatus, clause, defineRule, L, when } from '../define.js';

export const rule = defineRule({
  id: 'gx-rural-land-2023/02-public-interest-expropriation',
  documentId: 'gx-rural-land-2023',
  kind: 'eligibility',
  strength: 'encouraged',
  title: L('城镇开发边界外公益性项目征收集体土地', '城鎮開發邊界外公益性項目徵收集體土地', 'Expropriating collective land for public-interest projects outside the urban development boundary'),
  citation: {
    article: '(二)',
    quote: '位于城鎮開發邊界外符合國土空間規劃的公益性項目用地確需征收農民集體所有土地的,可以依據《中華人民共和國土地管理法》第四十五條有關規定實施征收。',
  },
  facts: ['requiresCollectiveLandExpropriation', 'isPublicInterest', 'outsideUrbanDevelopmentBoundary', 'conformsToSpatialPlan'],
  parameters: {},
  selects: { all: [clause('確需征收農民集體所有土地', when('requiresCollectiveLandExpropriation', 'equal', true))] },
  decision: {
    all: [clause('公益性項目用地', when('isPublicInterest', 'equal', true)), clause('位于城鎮開發邊界外', when('outsideUrbanDevelopmentBoundary', 'equal', true)), clause('符合國土空間規劃', when('conformsToSpatialPlan', 'equal', true))],
  },
  conclusions: { legalBasis: byStatus({ pass: 'Land Administration Law art. 45' }) },
  messages: {
    pass: L(
      '公益性项目位于城镇开发边界外且符合国土空间规划，可依据《土地管理法》第四十五条实施征收。',
      '公益性項目位於城鎮開發邊界外且符合國土空間規劃，可依據《土地管理法》第四十五條實施徵收。',
      'A public-interest project outside the urban development boundary that conforms to the spatial plan: expropriation may proceed under art. 45 of the Land Administration Law.',
    ),
    fail: L(
      '须同时为公益性项目、位于城镇开发边界外、符合国土空间规划，方可依此条实施征收；本案不符合。',
      '須同時為公益性項目、位於城鎮開發邊界外、符合國土空間規劃，方可依此條實施徵收；本案不符合。',
      'Expropriation under this measure needs a public-interest project, outside the urban development boundary, conforming to the spatial plan; this case is not all three.',
    ),
  },
});

export default rule;
