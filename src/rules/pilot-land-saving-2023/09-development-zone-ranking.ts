import { clause, defineRule, param, ref, when } from '../define.js';
import translations from './locales/09-development-zone-ranking.json' with { type: 'json' };

const topThird = { value: '1/3', unit: 'share', source: '省内排名前三分之一' } as const;
const bottomThird = { value: '1/3', unit: 'share', source: '省内排名后三分之一 (counted from the bottom as the top third is from the top)' } as const;
const yearsNotMovingForward = { value: 2, unit: 'years', source: '连续2年位次未能前移' } as const;

export const rule = defineRule(
  {
    id: 'pilot-land-saving-2023/09-development-zone-ranking',
    documentId: 'pilot-land-saving-2023',
    kind: 'target',
    strength: 'binding',
    act: 'the zone’s annual evaluation ranking, and the sanction that follows it',
    title: '开发区集约用地评价排名奖惩',
    citation: {
      article: '二、(四)9.',
      quote:
        '对全市省级开发区集约用地评价省内排名前三分之一的,给予优先安排用地计划指标并支持开发区调区、扩区、升级;对省内排名后三分之一且连续2年位次未能前移的,给予通报、约谈、限批用地等处理。',
    },
    facts: ['subjectType', 'provincialRank', 'zonesRanked', 'previousProvincialRanks'],
    parameters: { topThird, bottomThird, yearsNotMovingForward },
    selects: { all: [clause('省级开发区', when('subjectType', 'equal', 'development-zone'))] },
    derive: {
      // zones + 1 − rank ≤ zones × ⅓  ⟺  rank ≥ zones + 1 − zones × ⅓: the first rank in the bottom third.
      bottomThirdFrom: { value: { difference: [{ sum: [ref('zonesRanked'), 1] }, { shareOf: { base: ref('zonesRanked'), share: param('bottomThird') } }] } },
      // rank ≤ zones × ⅓: the last rank in the top third.
      topThirdUpTo: { value: { shareOf: { base: ref('zonesRanked'), share: param('topThird') } } },
      lastYearRank: { value: { item: { list: ref('previousProvincialRanks'), index: 1 } } },
      yearBeforeRank: { value: { item: { list: ref('previousProvincialRanks'), index: 0 } } },
    },
    // Clear of sanctions when outside the bottom third, or when the rank moved forward in either of the last two years.
    decision: {
      name: '对省内排名后三分之一且连续2年位次未能前移的,给予通报、约谈、限批用地等处理',
      any: [
        clause('省内排名后三分之一', when('provincialRank', 'below', { fact: '$bottomThirdFrom' })),
        clause('连续2年位次未能前移', when('provincialRank', 'below', { fact: '$lastYearRank' })),
        clause('连续2年位次未能前移', when('$lastYearRank', 'below', { fact: '$yearBeforeRank' })),
      ],
    },
    // Given only when both the rank and the number of zones ranked are known.
    conclusions: {
      tier: {
        cases: [
          { when: when('provincialRank', 'atMost', { fact: '$topThirdUpTo' }), then: 'top-third' },
          { when: when('provincialRank', 'atLeast', { fact: '$bottomThirdFrom' }), then: 'bottom-third' },
        ],
        otherwise: 'middle',
      },
      consequences: {
        cases: [
          { when: when('provincialRank', 'atMost', { fact: '$topThirdUpTo' }), then: 'priority-quota-and-expansion' },
          { when: when('@status', 'equal', 'fail'), then: 'notice-interview-land-approval-restriction' },
        ],
        otherwise: 'none',
      },
      rank: { cases: [{ when: when('zonesRanked', 'present', true), then: ref('provincialRank') }] },
    },
    messages: {
      pass: '排名第{provincialRank}（共{zonesRanked}个），档位：{tier}；处理：{consequences}。',
      fail: '排名第{provincialRank}（共{zonesRanked}个），处于后三分之一且连续{yearsNotMovingForward}年位次未能前移，将被通报、约谈、限批用地。',
    },
    readings: [
      {
        chosen:
          'Top third: rank ≤ zones ÷ 3; bottom third counted from the bottom the same way: zones + 1 − rank ≤ zones ÷ 3 (exact fractions; 10 zones: ranks 1–3 top, 8–10 bottom, rank 7 is 4th from the bottom and in the middle). Corrected in the second reading: rank > 2 × zones ÷ 3 made the bottom third larger than the top third. “No move forward for 2 years” means this year’s rank ≥ last year’s and last year’s ≥ the year before’s.',
        alternative: 'Comparing only the first and the last of the three years; or counting zones by rounding the thirds.',
      },
    ],
  },
  translations,
);

export default rule;
