import { clause, defineRule, openList, param, ref, when } from '../define.js';
import translations from './locales/23-industrial-stock-land-transition.json' with { type: 'json' };

const transitionYears = { value: 5, unit: 'years', source: '继续按原用途和土地权利类型使用土地的5年过渡期政策' } as const;

export const rule = defineRule(
  {
    id: 'pilot-land-saving-2023/23-industrial-stock-land-transition',
    documentId: 'pilot-land-saving-2023',
    kind: 'eligibility',
    strength: 'encouraged',
    act: 'the grant of the 5-year transition for converted industrial stock land',
    title: '存量工业用地转型的5年过渡期',
    citation: {
      article: '二、(七)23.',
      quote:
        '支持存量工业用地转型用于国家鼓励的教育、医疗、养老、科研、租赁住房等产业项目,实行继续按原用途和土地权利类型使用土地的5年过渡期政策,实施期满后,可按新用途、新权利类型的市场价,以协议方式办理供地。',
    },
    facts: ['projectType', 'newUse', 'deemedNationallyEncouragedIndustry', 'transitionStartedOn', 'agreementSupplyCompletedOn'],
    parameters: { transitionYears },
    decisiveDate: { fact: 'transitionStartedOn' },
    selects: { all: [clause('存量工业用地转型', when('projectType', 'equal', 'industrial-stock-land-conversion'))] },
    derive: {
      transitionEndsOn: { value: { periodEnd: { start: ref('transitionStartedOn'), years: param('transitionYears') } } },
    },
    decision: {
      all: [
        clause(
          '国家鼓励的教育、医疗、养老、科研、租赁住房等产业项目',
          openList(
            'newUse',
            ['education', 'medical', 'elderly-care', 'research', 'rental-housing'],
            ['commercial-housing'],
            'deemedNationallyEncouragedIndustry',
          ),
        ),
        {
          name: '实行继续按原用途和土地权利类型使用土地的5年过渡期政策,实施期满后,可按新用途、新权利类型的市场价,以协议方式办理供地',
          any: [
            when('@asOf', 'onOrBefore', { fact: '$transitionEndsOn' }),
            { all: [when('agreementSupplyCompletedOn', 'present', true), when('agreementSupplyCompletedOn', 'onOrBefore', { fact: '@asOf' })] },
          ],
        },
      ],
    },
    // A qualifying project whose transition starts after the evaluation date is eligible already: its start and end are given.
    conclusions: {
      transitionStartedOn: ref('transitionStartedOn'),
      transitionStarted: { cases: [{ when: when('transitionStartedOn', 'onOrBefore', { fact: '@asOf' }), then: true }], otherwise: false },
      transitionEndsOn: ref('$transitionEndsOn'),
      // Counted from the later of the evaluation date and the start: a transition not yet begun has all its days ahead.
      daysRemaining: { remainder: [{ daysBetween: { from: { latest: [ref('transitionStartedOn'), ref('@asOf')] }, to: ref('$transitionEndsOn') } }, 0] },
      afterTransition: 'agreement-supply-at-market-price',
    },
    messages: {
      pass: '可继续按原用途和土地权利类型使用土地至{transitionEndsOn}；期满后按新用途、新权利类型的市场价以协议方式办理供地。',
      fail: '不享受或已不再享受{transitionYears}年过渡期：新用途须为教育、医疗、养老、科研、租赁住房等，过渡期（至{transitionEndsOn}）满后须已按新用途市场价以协议方式办理供地。',
    },
    readings: [
      {
        chosen:
          '「…租賃住房等產業項目」 is open (conventions §3b): the five named uses hold, commercial housing never does, any other use holds only by a recorded determination that it is a nationally encouraged industry project (deemedNationallyEncouragedIndustry). A conversion whose transition starts after the evaluation date is eligible already.',
        alternative: 'Reading the five uses as a closed list, or failing a transition that has not begun (the first release).',
      },
      {
        chosen:
          'After the five years the land may no longer be used under the old use and right type; the route onward is supply by agreement, so a case past the period without it fails.',
        alternative: '“可…以协议方式办理供地” read as a mere option, leaving the old use tolerated after the period.',
      },
      { chosen: 'The decisive date is the transition start (conventions §2a).', alternative: 'The evaluation date.' },
    ],
  },
  translations,
);

export default rule;
