import { clause, defineRule, param, ref, when } from '../define.js';
import translations from './locales/expropriation-price-review.json' with { type: 'json' };

const reviewYears = { value: 3, unit: 'years', source: '每三年调整或者重新公布一次' } as const;

export const rule = defineRule(
  {
    id: 'lz-14th-fyp/expropriation-price-review',
    documentId: 'lz-14th-fyp',
    kind: 'procedure',
    strength: 'binding',
    act: 'the republication of the land-expropriation zone prices, due every 3 years; in a city report, the table being current through the report’s year',
    title: '征地区片综合地价每三年调整或重新公布',
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
      pass: '征地区片综合地价下次应于{nextPublicationDue}前调整或重新公布。',
      fail: '征地区片综合地价应每三年调整或重新公布一次，已于{nextPublicationDue}逾期。',
    },
    readings: [
      {
        chosen: 'Three years from the last publication, counted as Civil Code arts. 201–202, compared with the evaluation date.',
        alternative: 'Three calendar years (by 31 December of the third year).',
      },
    ],
  },
  translations,
);

export default rule;
