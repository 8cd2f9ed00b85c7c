import { byStatus, clause, defineRule, when } from '../define.js';
import translations from './locales/02-public-interest-expropriation.json' with { type: 'json' };

export const rule = defineRule(
  {
    id: 'gx-rural-land-2023/02-public-interest-expropriation',
    documentId: 'gx-rural-land-2023',
    kind: 'eligibility',
    strength: 'encouraged',
    act: 'the decision to expropriate collective land for a public-interest project',
    title: '城镇开发边界外公益性项目征收集体土地',
    citation: {
      article: '(二)',
      quote: '位于城鎮開發邊界外符合國土空間規劃的公益性項目用地確需征收農民集體所有土地的,可以依據《中華人民共和國土地管理法》第四十五條有關規定實施征收。',
    },
    facts: ['requiresCollectiveLandExpropriation', 'isPublicInterest', 'outsideUrbanDevelopmentBoundary', 'conformsToSpatialPlan'],
    parameters: {},
    selects: { all: [clause('確需征收農民集體所有土地', when('requiresCollectiveLandExpropriation', 'equal', true))] },
    decision: {
      all: [
        clause('公益性項目用地', when('isPublicInterest', 'equal', true)),
        clause('位于城鎮開發邊界外', when('outsideUrbanDevelopmentBoundary', 'equal', true)),
        clause('符合國土空間規劃', when('conformsToSpatialPlan', 'equal', true)),
      ],
    },
    conclusions: { legalBasis: byStatus({ pass: 'Land Administration Law art. 45' }) },
    messages: {
      pass: '公益性项目位于城镇开发边界外且符合国土空间规划，可依据《土地管理法》第四十五条实施征收。',
      fail: '须同时为公益性项目、位于城镇开发边界外、符合国土空间规划，方可依此条实施征收；本案不符合。',
    },
  },
  translations,
);

export default rule;
