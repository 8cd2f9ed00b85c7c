import { byStatus, clause, defineRule, param, ref, when } from '../define.js';
import translations from './locales/land-management-right-registration.json' with { type: 'json' };

const minTermYears = { value: 5, unit: 'years', source: '流转期限五年以上 (以上 includes 5)' } as const;

export const rule = defineRule(
  {
    id: 'lz-proposal-048/land-management-right-registration',
    documentId: 'lz-proposal-048',
    kind: 'eligibility',
    strength: 'encouraged',
    act: 'the application to register the land management right',
    title: '流转五年以上的土地经营权登记',
    citation: { article: '三、（四）三', quote: '鼓励流转期限五年以上的土地经营权向登记机构申请登记，向申请人核发登记证书。' },
    facts: ['landManagementRightTransfer', 'transferTermYears', 'transferStartsOn', 'transferEndsOn'],
    parameters: { minTermYears },
    selects: { all: [clause('土地经营权', when('landManagementRightTransfer', 'equal', true))] },
    derive: {
      // A term given by its first and last days includes both: five full years end the day before the fifth anniversary of the first day.
      fiveYearTermEndsOn: { value: { periodEnd: { start: ref('transferStartsOn'), years: param('minTermYears'), firstDayCounts: true } } },
    },
    decision: {
      // The term in years when given; otherwise its first and last days.
      name: '流转期限五年以上',
      any: [
        { all: [when('transferTermYears', 'present', true), when('transferTermYears', 'atLeast', param('minTermYears'))] },
        {
          all: [when('transferTermYears', 'present', false), when('transferEndsOn', 'onOrAfter', { fact: '$fiveYearTermEndsOn' })],
        },
      ],
    },
    conclusions: {
      fiveYearTermEndsOn: ref('$fiveYearTermEndsOn'),
      registrationEncouraged: byStatus({ pass: true, fail: false }),
    },
    messages: {
      pass: '流转期限五年以上，鼓励向登记机构申请土地经营权登记并领取登记证书。',
      fail: '流转期限不足五年，不属于鼓励登记的情形。',
    },
    readings: [
      {
        chosen:
          'A term from first to last day, both included, ends the day before the fifth anniversary of its first day: 2021-03-01 … 2026-02-28 and 2019-03-01 … 2024-02-29 are five full years; 2021-03-01 … 2026-02-27 and 2019-03-01 … 2024-02-28 are not. A first day of 29 February ends on 28 February five years on.',
        alternative: 'Counting the last day exclusively would make 2021-03-01 … 2026-03-01 the shortest five-year term.',
      },
    ],
  },
  translations,
);

export default rule;
