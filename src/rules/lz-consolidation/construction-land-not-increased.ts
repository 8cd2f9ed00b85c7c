import { clause, defineRule, L, when } from '../define.js';

export const rule = defineRule({
  id: 'lz-consolidation/construction-land-not-increased',
  documentId: 'lz-consolidation',
  kind: 'requirement',
  strength: 'binding',
  title: L('建设用地总量不增加、生态红线不突破', '建設用地總量不增加、生態紅線不突破', 'No increase of construction land, no breach of the ecological red line'),
  citation: { article: '一、（二）2', quote: '确保建设用地总量不增加、生态红线不突破' },
  facts: ['projectType', 'constructionLandBeforeM2', 'constructionLandAfterM2', 'encroachesEcologicalRedLine'],
  parameters: {},
  selects: { all: [when('projectType', 'equal', 'land-consolidation')] },
  decision: {
    all: [clause('确保建设用地总量不增加', when('constructionLandAfterM2', 'atMost', { fact: 'constructionLandBeforeM2' })), clause('生态红线不突破', when('encroachesEcologicalRedLine', 'equal', false))],
  },
  messages: {
    pass: L(
      '建设用地总量未增加（{constructionLandAfterM2} ≤ {constructionLandBeforeM2}平方米），未突破生态红线。',
      '建設用地總量未增加（{constructionLandAfterM2} ≤ {constructionLandBeforeM2}平方米），未突破生態紅線。',
      'Construction land does not increase ({constructionLandAfterM2} ≤ {constructionLandBeforeM2} m²) and the red line is not breached.',
    ),
    fail: L(
      '整治须确保建设用地总量不增加、生态红线不突破；本项目不符合。',
      '整治須確保建設用地總量不增加、生態紅線不突破；本項目不符合。',
      'Consolidation must not increase construction land or breach the ecological red line; this project does.',
    ),
  },
});

export default rule;
