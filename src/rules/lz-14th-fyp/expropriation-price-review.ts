import { clause, defineRule, L, param, ref, when } from '../define.js';

const reviewYears = { value: 3, unit: 'years', source: '每三年调整或者重新公布一次' } as const;

export const rule = defineRule({
  id: 'lz-14th-fyp/expropriation-price-review',
  documentId: 'lz-14th-fyp',
  kind: 'procedure',
  strength: 'binding',
  title: L('征地区片综合地价每三年调整或重新公布', '徵地區片綜合地價每三年調整或重新公佈', 'Zone land prices for expropriation reviewed every three years'),
  citation: { article: '第八章第三节', quote: '严格执行征地区片综合地价，每三年调整或者重新公布一次。' },
  facts: ['reportType', 'subjectType', 'year', 'expropriationPriceLastPublishedOn'],
  parameters: { reviewYears },
  decisiveDate: 'report-year-end-if-report',
  selects: { any: [when('reportType', 'equal', 'city-indicators'), clause('征地区片综合地价', when('subjectType', 'equal', 'expropriation-price'))] },
  derive: {
    nextPublicationDue: { value: { periodEnd: { start: ref('expropriationPriceLastPublishedOn'), years: param('reviewYears') } } },
  },
  decision: { all: [clause('每三年调整或者重新公布一次', when('@asOf', 'onOrBefore', { fact: '$nextPublicationDue' }))] },
  conclusions: { nextPublicationDue: ref('$nextPublicationDue') },
  messages: {
    pass: L('征地区片综合地价下次应于{nextPublicationDue}前调整或重新公布。', '徵地區片綜合地價下次應於{nextPublicationDue}前調整或重新公佈。', 'The zone prices are next due for review by {nextPublicationDue}.'),
    fail: L(
      '征地区片综合地价应每三年调整或重新公布一次，已于{nextPublicationDue}逾期。',
      '徵地區片綜合地價應每三年調整或重新公佈一次，已於{nextPublicationDue}逾期。',
      'The zone prices must be reviewed every three years; the review fell due on {nextPublicationDue} and is overdue.',
    ),
  },
  readings: [{ chosen: 'Three years from the last publication, counted as Civil Code arts. 201–202, compared with the evaluation date.', alternative: 'Three calendar years (by 31 December of the third year).' }],
});

export default rule;
