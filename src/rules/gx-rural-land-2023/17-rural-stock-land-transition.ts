import { clause, defineRule, openList, param, ref, when } from '../define.js';
import translations from './locales/17-rural-stock-land-transition.json' with { type: 'json' };

const transitionYears = { value: 5, unit: 'years', source: '可享受在5年內按原用途管理的過渡期支持政策' } as const;

export const rule = defineRule(
  {
    id: 'gx-rural-land-2023/17-rural-stock-land-transition',
    documentId: 'gx-rural-land-2023',
    kind: 'eligibility',
    strength: 'encouraged',
    act: 'the grant of the 5-year original-use transition (the change-of-use approval due at its end is 17-use-change-after-transition)',
    title: '盘活乡村存量建设用地的5年过渡期',
    citation: {
      article: '(十七)',
      quote:
        '支持在符合國土空間規劃和確保安全的前提下,充分盤活利用鄉村存量房產、土地資源,用于發展農產品生產、加工、流通、就地消費、農村休閑觀光旅游、電子商務等農村一二三產融合發展項目的,可享受在5年內按原用途管理的過渡期支持政策,過渡期滿依法辦理用途變更審批手續。',
    },
    facts: ['projectType', 'reuseFor', 'deemedRuralIntegrationProject', 'conformsToSpatialPlan', 'safetyEnsured', 'transitionStartedOn'],
    parameters: { transitionYears },
    decisiveDate: { fact: 'transitionStartedOn' },
    selects: { all: [clause('盤活利用鄉村存量房產、土地資源', when('projectType', 'equal', 'rural-stock-land-reuse'))] },
    derive: {
      transitionEndsOn: { value: { periodEnd: { start: ref('transitionStartedOn'), years: param('transitionYears') } } },
    },
    decision: {
      all: [
        clause(
          '用于發展農產品生產、加工、流通、就地消費、農村休閑觀光旅游、電子商務等農村一二三產融合發展項目',
          openList(
            'reuseFor',
            ['agri-production', 'agri-processing', 'agri-distribution', 'local-consumption', 'leisure-tourism', 'e-commerce'],
            ['commercial-housing'],
            'deemedRuralIntegrationProject',
          ),
        ),
        clause('符合國土空間規劃', when('conformsToSpatialPlan', 'equal', true)),
        clause('確保安全', when('safetyEnsured', 'equal', true)),
      ],
    },
    // A qualifying project whose transition starts after the evaluation date is eligible already: its start and end are given.
    conclusions: {
      transitionStartedOn: ref('transitionStartedOn'),
      transitionStarted: { cases: [{ when: when('transitionStartedOn', 'onOrBefore', { fact: '@asOf' }), then: true }], otherwise: false },
      transitionEndsOn: ref('$transitionEndsOn'),
      // Counted from the later of the evaluation date and the start: a transition not yet begun has all its days ahead.
      daysRemaining: { remainder: [{ daysBetween: { from: { latest: [ref('transitionStartedOn'), ref('@asOf')] }, to: ref('$transitionEndsOn') } }, 0] },
    },
    messages: {
      pass: '可按原用途管理的过渡期至{transitionEndsOn}止；期满后依法办理用途变更审批手续。',
      fail: '不享受过渡期政策：用途须属农村一二三产融合发展项目（所列用途或经认定的同类项目），且须符合规划并确保安全。',
    },
    readings: [
      {
        chosen:
          '「…電子商務等農村一二三產融合發展項目」 is open (conventions §3b): the six named uses hold, commercial housing never does, any other use holds only by a recorded determination (deemedRuralIntegrationProject). A qualifying project whose transition starts after the evaluation date is eligible already, with its start and end given.',
        alternative: 'Reading the six uses as a closed list, or failing a transition that has not begun (the first release).',
      },
      {
        chosen:
          'The five years run from the start event given as transitionStartedOn (Civil Code art. 201: the next day is the first counted); the last day is the same date five years on (art. 202).',
        alternative: 'The period could be read as five years from the first day of use, inclusive, ending one day earlier.',
      },
      {
        chosen:
          'The grant (可享受, an option) is this rule; the duty at its end (過渡期滿依法辦理用途變更審批手續, binding) is gx-rural-land-2023/17-use-change-after-transition, so a missing approval is a violation there, not a lost eligibility here.',
        alternative: 'One eligibility rule for both (the first releases): a missing approval after the five years read "not eligible", and nothing violated.',
      },
      {
        chosen:
          'The decisive date for the in-force check is the transition start: a transition granted while the measures were in force runs its five years after they lapse.',
        alternative: 'Judging by the evaluation date would end every transition on 2026-12-03.',
      },
    ],
  },
  translations,
);

export default rule;
