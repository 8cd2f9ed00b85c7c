import { clause, defineRule, param, ref, when } from '../define.js';
import translations from './locales/17-use-change-after-transition.json' with { type: 'json' };

const transitionYears = { value: 5, unit: 'years', source: '可享受在5年內按原用途管理的過渡期支持政策' } as const;

/**
 * The duty the grant of (十七) attaches to its end, apart from the grant itself (17-rural-stock-land-transition):
 * the grant is an option (可享受, encouraged, a fail is "not eligible"), but 「過渡期滿依法辦理用途變更審批手續」
 * binds, so using the land after the five years without the approval is a violation (third reading, conventions §5).
 */
export const rule = defineRule(
  {
    id: 'gx-rural-land-2023/17-use-change-after-transition',
    documentId: 'gx-rural-land-2023',
    kind: 'procedure',
    strength: 'binding',
    act: 'the change-of-use approval due when the 5-year transition ends (a condition of the grant, judged under the measures that granted it)',
    title: '过渡期满依法办理用途变更审批手续',
    citation: {
      article: '(十七)',
      quote: '可享受在5年內按原用途管理的過渡期支持政策,過渡期滿依法辦理用途變更審批手續。',
    },
    facts: ['projectType', 'transitionStartedOn', 'useChangeApprovedOn'],
    parameters: { transitionYears },
    // A granted period carries the conditions attached to its end: a transition begun while the
    // measures were in force is judged under them when it ends, years after they lapsed (conventions §2a).
    decisiveDate: { fact: 'transitionStartedOn' },
    // Only a transition that was granted has an end; without its start there is nothing to judge here
    // (17-rural-stock-land-transition then names transitionStartedOn as missing).
    selects: {
      all: [
        clause('可享受在5年內按原用途管理的過渡期支持政策', when('projectType', 'equal', 'rural-stock-land-reuse')),
        when('transitionStartedOn', 'present', true),
      ],
    },
    derive: {
      transitionEndsOn: { value: { periodEnd: { start: ref('transitionStartedOn'), years: param('transitionYears') } } },
    },
    // 「期滿…辦理」 sets no day by which the approval must be given: it is due once the period is over, so
    // the land is in breach from the day after the last day until the approval is given, and not after.
    decision: clause('過渡期滿依法辦理用途變更審批手續', {
      any: [
        when('@asOf', 'onOrBefore', { fact: '$transitionEndsOn' }),
        { all: [when('useChangeApprovedOn', 'present', true), when('useChangeApprovedOn', 'onOrBefore', { fact: '@asOf' })] },
      ],
    }),
    conclusions: {
      transitionEndsOn: ref('$transitionEndsOn'),
      transitionEnded: { cases: [{ when: when('@asOf', 'after', { fact: '$transitionEndsOn' }), then: true }], otherwise: false },
    },
    messages: {
      pass: '过渡期至{transitionEndsOn}止；期满后须依法办理用途变更审批手续（已办理或尚未期满）。',
      fail: '过渡期已于{transitionEndsOn}届满，未依法办理用途变更审批手续。',
    },
    readings: [
      {
        chosen:
          'The approval is due once the transition is over: from the day after its last day the land needs it, and an approval given later ends the breach (the rule judges the evaluation date).',
        alternative: 'Reading 期滿 as a deadline, so that an approval given after the last day is late for ever.',
      },
      {
        chosen: 'A separate binding rule: the grant (可享受) is an option, the approval at its end (依法辦理) a duty, so each has its own consequence.',
        alternative: 'One eligibility rule for both, which made a missing approval "not eligible" instead of a violation (the first releases).',
      },
    ],
  },
  translations,
);

export default rule;
