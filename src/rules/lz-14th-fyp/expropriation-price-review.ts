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
    // In a city report, the year reported on decides; outside one, the republication is a duty:
    // once it is overdue, the day after it fell due (an omission is judged by the law of that day).
    decisiveDate: { deadline: '$nextPublicationDue', inReport: 'year-end' },
    selects: { any: [when('reportType', 'equal', 'city-indicators'), clause('征地区片综合地价', when('subjectType', 'equal', 'expropriation-price'))] },
    derive: {
      nextPublicationDue: { value: { periodEnd: { start: ref('expropriationPriceLastPublishedOn'), years: param('reviewYears') } } },
      reportYearEnd: { value: { dateInYear: { year: ref('year'), monthDay: '12-31' } } },
    },
    // A report judges the year it covers, so inside one the table is compared with the earlier of the
    // evaluation date and 31 December of its year (min(asOf, end) ≤ due ⟺ asOf ≤ due or end ≤ due):
    // a table that lapsed after that year is a matter for a later report (conventions §2a).
    decision: clause('每三年调整或者重新公布一次', {
      any: [
        when('@asOf', 'onOrBefore', { fact: '$nextPublicationDue' }),
        { all: [when('reportType', 'present', true), when('$reportYearEnd', 'onOrBefore', { fact: '$nextPublicationDue' })] },
      ],
    }),
    conclusions: {
      nextPublicationDue: ref('$nextPublicationDue'),
      // The day the table was compared with: the evaluation date, or in a report 31 December of its year if earlier.
      judgedOn: {
        cases: [
          { when: when('reportType', 'present', false), then: ref('@asOf') },
          { when: when('@asOf', 'after', { fact: '$reportYearEnd' }), then: ref('$reportYearEnd') },
        ],
        otherwise: ref('@asOf'),
      },
    },
    messages: {
      pass: '征地区片综合地价下次应于{nextPublicationDue}前调整或重新公布。',
      fail: '征地区片综合地价应每三年调整或重新公布一次，已于{nextPublicationDue}逾期。',
    },
    readings: [
      {
        chosen:
          'Three years from the last publication, counted as Civil Code arts. 201–202, compared with the evaluation date, or in a city report with 31 December of its year when that is earlier.',
        alternative: 'Three calendar years (by 31 December of the third year).',
      },
    ],
  },
  translations,
);

export default rule;
