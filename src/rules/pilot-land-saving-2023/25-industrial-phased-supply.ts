import { clause, defineRule, given, L, param, recorded, when } from '../define.js';

const phasedAbove = { value: 100, unit: 'mu', source: '一次性用地规模超过100亩 (超过 excludes 100)' } as const;
const minStartedShare = { value: '0.8', unit: 'share', source: '开工建筑面积占宗地规划建筑面积80%以上 (以上 includes 80%)' } as const;
const maxReserveYears = { value: 2, unit: 'years', source: '预留期限不超过2年' } as const;

export const rule = defineRule({
  id: 'pilot-land-saving-2023/25-industrial-phased-supply',
  documentId: 'pilot-land-saving-2023',
  kind: 'requirement',
  strength: 'in-principle',
  title: L('超过100亩的工业项目分期供地', '超過100畝的工業項目分期供地', 'Industrial projects over 100 mu: phased supply'),
  citation: {
    article: '二、(七)25.',
    quote:
      '对一次性用地规模超过100亩的工业项目,原则上实行分期供地、分期建设,根据投资计划1年内全面开工(指开工建筑面积占宗地规划建筑面积80%以上)的,可一次性供地,并将1年内全面开工要求纳入土地出让条件;1年内不能全面开工的实施分期供地,实行规划预留,预留期限不超过2年。对用地面积确需超过100亩的重大项目,在项目准入会上提出实际用地需求进行研究确定。',
  },
  facts: ['projectType', 'oneTimeSupplyAreaMu', 'supplyMode', 'plannedStartedFloorAreaShareWithinOneYear', 'fullStartConditionInTransferContract', 'reservePeriodYears', 'isMajorProject', 'landAreaFixedAtAdmissionMeeting'],
  parameters: { phasedAbove, minStartedShare, maxReserveYears },
  selects: { all: [when('projectType', 'equal', 'industrial'), clause('一次性用地规模超过100亩的工业项目', when('oneTimeSupplyAreaMu', 'above', param('phasedAbove')))] },
  decision: {
    any: [
      {
        name: '根据投资计划1年内全面开工(指开工建筑面积占宗地规划建筑面积80%以上)的,可一次性供地,并将1年内全面开工要求纳入土地出让条件',
        all: [
          when('supplyMode', 'equal', 'one-time'),
          when('plannedStartedFloorAreaShareWithinOneYear', 'atLeast', param('minStartedShare')),
          when('fullStartConditionInTransferContract', 'equal', true),
        ],
      },
      { name: '1年内不能全面开工的实施分期供地,实行规划预留,预留期限不超过2年', all: [when('supplyMode', 'equal', 'phased'), when('reservePeriodYears', 'atMost', param('maxReserveYears'))] },
      // The exception the text names: a major project whose actual land need was fixed at the admission meeting.
      { name: '对用地面积确需超过100亩的重大项目,在项目准入会上提出实际用地需求进行研究确定', all: [recorded('isMajorProject'), when('landAreaFixedAtAdmissionMeeting', 'equal', true)] },
    ],
  },
  // On a pass: which route carried it.
  conclusions: {
    supplyBasis: {
      cases: [
        { when: { all: [when('@status', 'equal', 'pass'), recorded('isMajorProject'), recorded('landAreaFixedAtAdmissionMeeting')] }, then: 'major-project-admission-meeting' },
        { when: { all: [when('@status', 'equal', 'pass'), given('supplyMode', 'equal', 'phased')] }, then: 'phased' },
        { when: when('@status', 'equal', 'pass'), then: 'one-time' },
      ],
    },
  },
  messages: {
    pass: L(
      '超过{phasedAbove}亩的工业用地按要求供地：一次性供地须1年内全面开工（{minStartedShare}以上）并写入出让条件，分期供地的规划预留不超过{maxReserveYears}年，或重大项目已在项目准入会上研究确定实际用地（{supplyBasis}）。',
      '超過{phasedAbove}畝的工業用地按要求供地：一次性供地須1年內全面開工（{minStartedShare}以上）並寫入出讓條件，分期供地的規劃預留不超過{maxReserveYears}年，或重大項目已在項目准入會上研究確定實際用地（{supplyBasis}）。',
      'Supply of over {phasedAbove} mu complies: a one-time supply starts {minStartedShare} or more within a year with that condition in the contract, or a phased supply reserves land for at most {maxReserveYears} years, or a major project had its land need fixed at the admission meeting ({supplyBasis}).',
    ),
    fail: L(
      '一次性用地超过{phasedAbove}亩的工业项目原则上分期供地；一次性供地须1年内开工建筑面积达{minStartedShare}以上并纳入出让条件，分期供地的预留期限不超过{maxReserveYears}年。本项目不符合。',
      '一次性用地超過{phasedAbove}畝的工業項目原則上分期供地；一次性供地須1年內開工建築面積達{minStartedShare}以上並納入出讓條件，分期供地的預留期限不超過{maxReserveYears}年。本項目不符合。',
      'Industrial supply of over {phasedAbove} mu is phased in principle; a one-time supply needs {minStartedShare} of floor area started within a year, written into the contract, and a phased supply may reserve land for at most {maxReserveYears} years. This project does not comply.',
    ),
  },
  readings: [
    { chosen: 'Exactly 100 亩 is not “over 100 亩”: the rule does not concern it.', alternative: 'None; 超过 excludes the number (Civil Code art. 1259).' },
  ],
});

export default rule;
