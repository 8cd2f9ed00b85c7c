import { clause, defineRule, when } from '../define.js';
import translations from './locales/construction-land-not-increased.json' with { type: 'json' };

export const rule = defineRule(
  {
    id: 'lz-consolidation/construction-land-not-increased',
    documentId: 'lz-consolidation',
    kind: 'requirement',
    strength: 'binding',
    act: 'the approval of the consolidation project',
    title: '建设用地总量不增加、生态红线不突破',
    citation: { article: '一、（二）2', quote: '确保建设用地总量不增加、生态红线不突破' },
    facts: ['projectType', 'constructionLandBeforeM2', 'constructionLandAfterM2', 'encroachesEcologicalRedLine'],
    parameters: {},
    selects: { all: [when('projectType', 'equal', 'land-consolidation')] },
    decision: {
      all: [
        clause('确保建设用地总量不增加', when('constructionLandAfterM2', 'atMost', { fact: 'constructionLandBeforeM2' })),
        clause('生态红线不突破', when('encroachesEcologicalRedLine', 'equal', false)),
      ],
    },
    messages: {
      pass: '建设用地总量未增加（{constructionLandAfterM2} ≤ {constructionLandBeforeM2}平方米），未突破生态红线。',
      fail: '整治须确保建设用地总量不增加、生态红线不突破；本项目不符合。',
    },
  },
  translations,
);

export default rule;
