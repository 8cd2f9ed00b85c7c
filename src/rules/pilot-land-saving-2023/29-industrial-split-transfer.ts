import { clause, defineRule, L, when } from '../define.js';

export const rule = defineRule({
  id: 'pilot-land-saving-2023/29-industrial-split-transfer',
  documentId: 'pilot-land-saving-2023',
  kind: 'requirement',
  strength: 'binding',
  title: L('工业用地分割转让的条件', '工業用地分割轉讓的條件', 'Conditions for the split transfer of industrial property'),
  citation: {
    article: '二、(七)29.',
    quote:
      '在不改变用途和规划条件且满足独立使用及安全、消防等要求前提下,允许分割转让,…受让方须为…产业链合作伙伴企业。…约定不得分割及分割转让的工业物业,原则上不得分割…但经批准单位或土地使用权出让方审核同意,并重新签订…合同或补充协议后,可进行分割…工业用地内配套行政办公及生活服务设施原则上不得独立分割转让。',
  },
  facts: [
    'projectType',
    'changesUseOrPlanningConditions',
    'independentUseAndSafetyMet',
    'buyerIsCertifiedChainPartner',
    'contractForbidsSplit',
    'includesOfficeOrLivingFacilities',
    'approvedAndContractAmended',
  ],
  parameters: {},
  // 「原则上不得分割」 (the contractual ban, unless approved and amended) and 「原则上不得独立分割转让」 (office and living facilities).
  inPrincipleFacts: ['contractForbidsSplit', 'approvedAndContractAmended', 'includesOfficeOrLivingFacilities'],
  selects: { all: [clause('允许分割转让', when('projectType', 'equal', 'industrial-split-transfer'))] },
  decision: {
    all: [
      clause('不改变用途和规划条件', when('changesUseOrPlanningConditions', 'equal', false)),
      clause('满足独立使用及安全、消防等要求', when('independentUseAndSafetyMet', 'equal', true)),
      clause('受让方须为…产业链合作伙伴企业', when('buyerIsCertifiedChainPartner', 'equal', true)),
      clause('工业用地内配套行政办公及生活服务设施原则上不得独立分割转让', when('includesOfficeOrLivingFacilities', 'equal', false)),
      { name: '约定不得分割及分割转让的工业物业,原则上不得分割…但经批准单位或土地使用权出让方审核同意,并重新签订…合同或补充协议后,可进行分割', any: [when('contractForbidsSplit', 'equal', false), when('approvedAndContractAmended', 'equal', true)] },
    ],
  },
  messages: {
    pass: L('工业物业分割转让符合条件。', '工業物業分割轉讓符合條件。', 'The split transfer of the industrial property meets the conditions.'),
    fail: L(
      '分割转让须不改变用途和规划条件、满足独立使用及安全消防要求、受让方为认定的产业链合作伙伴、不独立分割配套办公生活设施；合同约定不得分割的，须经审核同意并重签合同。本案不符合。',
      '分割轉讓須不改變用途和規劃條件、滿足獨立使用及安全消防要求、受讓方為認定的產業鏈合作夥伴、不獨立分割配套辦公生活設施；合同約定不得分割的，須經審核同意並重簽合同。本案不符合。',
      'A split transfer must keep the use and planning conditions, meet independent-use, safety and fire requirements, go to a certified chain partner, not split off office or living facilities, and where the contract forbids splitting, have approval and an amended contract. This case does not comply.',
    ),
  },
  readings: [
    {
      chosen: 'The two 原则上 clauses (contractual ban; office and living facilities) are checked as stated: the approval-and-amendment route is the exception the text names for the first; none is named for the second. A fail on those clauses alone is reported as in-principle (a violation unless a recorded exception applies); a fail on the use, safety or buyer conditions is binding.',
      alternative: 'Treating the whole rule as in-principle; not adopted, the use, safety and buyer conditions are unconditional.',
    },
  ],
});

export default rule;
