import { clause, defineRule, ref, shareOf, when } from '../define.js';
import translations from './locales/02-village-reserve-quota.json' with { type: 'json' };

const MODES = ['point-indication', 'project-list', 'use-blank'];
const maxShare = { value: '0.05', unit: 'share', source: '不超過規劃村莊建設用地總量5%' } as const;

export const rule = defineRule(
  {
    id: 'gx-rural-land-2023/02-village-reserve-quota',
    documentId: 'gx-rural-land-2023',
    kind: 'requirement',
    strength: 'binding',
    act: 'the approval of the township / village plan that holds the reserve quota',
    title: '乡镇和村庄规划机动指标不超过5%',
    citation: {
      article: '(二)',
      quote: '允許在鄉鎮國土空間規劃、村莊規劃中預留不超過規劃村莊建設用地總量5%的機動指標,以“點位示意”“項目清單”或“用途留白”等方式納入規劃管控',
    },
    facts: ['planType', 'plannedVillageConstructionLandM2', 'reserveQuotaM2', 'reserveQuotaModes', 'reserveQuotaModesDeemedPlanControl'],
    parameters: { maxShare },
    selects: { all: [clause('鄉鎮國土空間規劃、村莊規劃', when('planType', 'in', ['township-spatial-plan', 'village-plan']))] },
    derive: {
      maxReserveQuotaM2: shareOf('plannedVillageConstructionLandM2', 'maxShare'),
      remainingReserveQuotaM2: { value: { remainder: [ref('$maxReserveQuotaM2'), ref('reserveQuotaM2')] }, unit: 'm2' },
    },
    decision: {
      all: [
        clause('預留不超過規劃村莊建設用地總量5%的機動指標', when('reserveQuotaM2', 'atMost', { fact: '$maxReserveQuotaM2' })),
        // Modes not recorded are not checked; recorded, a reserve above 0 needs at least one, each
        // named by the text or determined to be plan control of the same kind (「…等方式」 is open).
        {
          name: '以“點位示意”“項目清單”或“用途留白”等方式納入規劃管控',
          any: [
            when('reserveQuotaModes', 'present', false),
            when('reserveQuotaM2', 'atMost', 0),
            {
              all: [
                when('reserveQuotaModes', 'isEmpty', false),
                { any: [when('reserveQuotaModes', 'allIn', MODES), when('reserveQuotaModesDeemedPlanControl', 'equal', true)] },
              ],
            },
          ],
        },
      ],
    },
    conclusions: {
      maxReserveQuotaM2: ref('$maxReserveQuotaM2'),
      remainingReserveQuotaM2: ref('$remainingReserveQuotaM2'),
    },
    messages: {
      pass: '机动指标{reserveQuotaM2}平方米不超过规划村庄建设用地总量的{maxShare}（{maxReserveQuotaM2}平方米）。',
      fail: '机动指标须不超过规划村庄建设用地总量的{maxShare}（{maxReserveQuotaM2}平方米），并以点位示意、项目清单、用途留白等方式纳入管控；本规划不符合。',
    },
    readings: [
      {
        chosen: 'The base is the total planned village construction land (规划村庄建设用地总量), for township and village plans alike.',
        alternative:
          "Liuzhou's own cap (lz-proposal-048/village-point-supply-reserve) uses planned NEW construction land as its base; a Liuzhou village plan must satisfy both.",
      },
      {
        chosen:
          'The modes are checked only when given (an empty list with a reserve above 0 fails). “等方式” leaves the list open (conventions §3b): another mode holds when a person records it as plan control of the same kind (reserveQuotaModesDeemedPlanControl); without that answer the rule is undetermined.',
        alternative:
          'Reading “等” as closing the list to the three named modes (the first release); or requiring the modes to be given at all, since the text requires plan control.',
      },
    ],
  },
  translations,
);

export default rule;
