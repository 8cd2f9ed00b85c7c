import { clause, defineRule, given, param, recorded, when } from '../define.js';
import translations from './locales/25-industrial-phased-supply.json' with { type: 'json' };

const phasedAbove = { value: 100, unit: 'mu', source: '一次性用地规模超过100亩 (超过 excludes 100)' } as const;
const minStartedShare = { value: '0.8', unit: 'share', source: '开工建筑面积占宗地规划建筑面积80%以上 (以上 includes 80%)' } as const;
const maxReserveYears = { value: 2, unit: 'years', source: '预留期限不超过2年' } as const;

export const rule = defineRule(
  {
    id: 'pilot-land-saving-2023/25-industrial-phased-supply',
    documentId: 'pilot-land-saving-2023',
    kind: 'requirement',
    strength: 'in-principle',
    act: 'the supply of more than 100 亩 of industrial land',
    title: '超过100亩的工业项目分期供地',
    citation: {
      article: '二、(七)25.',
      quote:
        '对一次性用地规模超过100亩的工业项目,原则上实行分期供地、分期建设,根据投资计划1年内全面开工(指开工建筑面积占宗地规划建筑面积80%以上)的,可一次性供地,并将1年内全面开工要求纳入土地出让条件;1年内不能全面开工的实施分期供地,实行规划预留,预留期限不超过2年。对用地面积确需超过100亩的重大项目,在项目准入会上提出实际用地需求进行研究确定。',
    },
    facts: [
      'projectType',
      'oneTimeSupplyAreaMu',
      'supplyMode',
      'plannedStartedFloorAreaShareWithinOneYear',
      'fullStartConditionInTransferContract',
      'reservePeriodYears',
      'isMajorProject',
      'landAreaFixedAtAdmissionMeeting',
    ],
    parameters: { phasedAbove, minStartedShare, maxReserveYears },
    selects: {
      all: [
        when('projectType', 'equal', 'industrial'),
        clause('一次性用地规模超过100亩的工业项目', when('oneTimeSupplyAreaMu', 'above', param('phasedAbove'))),
      ],
    },
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
        {
          name: '1年内不能全面开工的实施分期供地,实行规划预留,预留期限不超过2年',
          all: [when('supplyMode', 'equal', 'phased'), when('reservePeriodYears', 'atMost', param('maxReserveYears'))],
        },
        // The exception the text names: a major project whose actual land need was fixed at the admission meeting.
        {
          name: '对用地面积确需超过100亩的重大项目,在项目准入会上提出实际用地需求进行研究确定',
          all: [recorded('isMajorProject'), when('landAreaFixedAtAdmissionMeeting', 'equal', true)],
        },
      ],
    },
    // On a pass: which route carried it.
    conclusions: {
      supplyBasis: {
        cases: [
          {
            when: { all: [when('@status', 'equal', 'pass'), recorded('isMajorProject'), recorded('landAreaFixedAtAdmissionMeeting')] },
            then: 'major-project-admission-meeting',
          },
          { when: { all: [when('@status', 'equal', 'pass'), given('supplyMode', 'equal', 'phased')] }, then: 'phased' },
          { when: when('@status', 'equal', 'pass'), then: 'one-time' },
        ],
      },
    },
    messages: {
      pass: '超过{phasedAbove}亩的工业用地按要求供地：一次性供地须1年内全面开工（{minStartedShare}以上）并写入出让条件，分期供地的规划预留不超过{maxReserveYears}年，或重大项目已在项目准入会上研究确定实际用地（{supplyBasis}）。',
      fail: '一次性用地超过{phasedAbove}亩的工业项目原则上分期供地；一次性供地须1年内开工建筑面积达{minStartedShare}以上并纳入出让条件，分期供地的预留期限不超过{maxReserveYears}年。本项目不符合。',
    },
    readings: [
      { chosen: 'Exactly 100 亩 is not “over 100 亩”: the rule does not concern it.', alternative: 'None; 超过 excludes the number (Civil Code art. 1259).' },
    ],
  },
  translations,
);

export default rule;
