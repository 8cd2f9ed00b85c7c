import { clause, defineRule, when } from '../define.js';
import translations from './locales/surplus-supplementary-farmland-quota-trading.json' with { type: 'json' };

export const rule = defineRule(
  {
    id: 'lz-consolidation/surplus-supplementary-farmland-quota-trading',
    documentId: 'lz-consolidation',
    kind: 'eligibility',
    strength: 'encouraged',
    act: 'the trade of surplus supplementary-farmland quota',
    title: '富余补充耕地指标通过柳州市平台交易',
    citation: {
      article: '三、（七）',
      quote:
        '补充耕地指标经自治区及市级收储后，各县（区）人民政府（含新区管理委员会）可持有剩余补充耕地指标及收益，在满足本辖区自身建设项目耕地占补平衡需求且符合其他补充耕地指标出让条件的前提下，可将富余的补充耕地指标通过柳州市补充耕地指标交易平台进行交易。',
    },
    facts: [
      'tradesSurplusSupplementaryFarmlandQuota',
      'quotaTakenUpByRegionAndCity',
      'ownOccupationCompensationNeedsMet',
      'otherTransferConditionsMet',
      'tradingVenue',
    ],
    parameters: {},
    selects: { all: [clause('可将富余的补充耕地指标', when('tradesSurplusSupplementaryFarmlandQuota', 'equal', true))] },
    decision: {
      all: [
        // Only what remains after the region and the city have taken the quota up (收储) is the county's to trade.
        clause('补充耕地指标经自治区及市级收储后', when('quotaTakenUpByRegionAndCity', 'equal', true)),
        clause('满足本辖区自身建设项目耕地占补平衡需求', when('ownOccupationCompensationNeedsMet', 'equal', true)),
        clause('符合其他补充耕地指标出让条件', when('otherTransferConditionsMet', 'equal', true)),
        clause('通过柳州市补充耕地指标交易平台进行交易', when('tradingVenue', 'equal', 'liuzhou-quota-platform')),
      ],
    },
    messages: {
      pass: '已满足本辖区占补平衡需求和其他出让条件，可通过柳州市补充耕地指标交易平台交易富余指标。',
      fail: '富余补充耕地指标须先满足本辖区占补平衡需求、符合其他出让条件，并通过柳州市补充耕地指标交易平台交易；本案不符合。',
    },
  },
  translations,
);

export default rule;
