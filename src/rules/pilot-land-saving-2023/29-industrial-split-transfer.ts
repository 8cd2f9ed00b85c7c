import { clause, defineRule, when } from '../define.js';
import translations from './locales/29-industrial-split-transfer.json' with { type: 'json' };

export const rule = defineRule(
  {
    id: 'pilot-land-saving-2023/29-industrial-split-transfer',
    documentId: 'pilot-land-saving-2023',
    kind: 'requirement',
    strength: 'binding',
    act: 'the split transfer of industrial land or property',
    title: '工业用地分割转让的条件',
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
        {
          name: '约定不得分割及分割转让的工业物业,原则上不得分割…但经批准单位或土地使用权出让方审核同意,并重新签订…合同或补充协议后,可进行分割',
          any: [when('contractForbidsSplit', 'equal', false), when('approvedAndContractAmended', 'equal', true)],
        },
      ],
    },
    messages: {
      pass: '工业物业分割转让符合条件。',
      fail: '分割转让须不改变用途和规划条件、满足独立使用及安全消防要求、受让方为认定的产业链合作伙伴、不独立分割配套办公生活设施；合同约定不得分割的，须经审核同意并重签合同。本案不符合。',
    },
    readings: [
      {
        chosen:
          'The two 原则上 clauses (contractual ban; office and living facilities) are checked as stated: the approval-and-amendment route is the exception the text names for the first; none is named for the second. A fail on those clauses alone is reported as in-principle (a violation unless a recorded exception applies); a fail on the use, safety or buyer conditions is binding.',
        alternative: 'Treating the whole rule as in-principle; not adopted, the use, safety and buyer conditions are unconditional.',
      },
    ],
  },
  translations,
);

export default rule;
