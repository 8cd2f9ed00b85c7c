import { clause, defineRule, given, when } from '../define.js';
import translations from './locales/03-rural-housing-in-ecological-red-line.json' with { type: 'json' };

export const rule = defineRule(
  {
    id: 'gx-rural-land-2023/03-rural-housing-in-ecological-red-line',
    documentId: 'gx-rural-land-2023',
    kind: 'requirement',
    strength: 'binding',
    act: 'the siting approval of an original resident’s house inside the red line',
    title: '原住居民住宅在生态保护红线内选址',
    citation: {
      article: '(三)',
      quote:
        '原住居民住宅建設確需在生態保護紅線內選址的,應符合《廣西生態保護紅線監管辦法(試行)》的要求,并確保不突破所涉及生態保護紅線管理單元現有建設用地規模,其中,不涉及新增建設用地的,由縣級政府出具…認定意見…;涉及新增建設用地的,以設區市為單位報自治區自然資源廳,通過…聯合審查后按規定辦理用地報批手續',
    },
    facts: [
      'projectType',
      'inEcologicalRedLine',
      'isOriginalResident',
      'redLineUnitExistingConstructionLandM2',
      'redLineUnitConstructionLandAfterM2',
      'involvesNewConstructionLand',
    ],
    parameters: {},
    selects: {
      all: [clause('住宅建設', when('projectType', 'equal', 'rural-housing')), clause('確需在生態保護紅線內選址', when('inEcologicalRedLine', 'equal', true))],
    },
    decision: {
      all: [
        clause('原住居民', when('isOriginalResident', 'equal', true)),
        clause(
          '確保不突破所涉及生態保護紅線管理單元現有建設用地規模',
          when('redLineUnitConstructionLandAfterM2', 'atMost', { fact: 'redLineUnitExistingConstructionLandM2' }),
        ),
      ],
    },
    // Second reading: whether new construction land is involved only decides the approval route named here;
    // it never decides compliance, so the rule passes without it (the route is then left open).
    conclusions: {
      approvalRoute: {
        cases: [
          { when: when('involvesNewConstructionLand', 'present', false), then: 'not-stated (involvesNewConstructionLand decides it)' },
          { when: when('involvesNewConstructionLand', 'equal', true), then: 'regional-joint-review' },
        ],
        otherwise: 'county-government-determination',
      },
      approvalRouteDetail: {
        cases: [
          {
            when: given('involvesNewConstructionLand', 'equal', true),
            then: 'Reported by the city to the regional Natural Resources Department; joint review by Natural Resources, Ecology and Environment, Forestry and Ocean; determinations requested quarterly.',
          },
          {
            when: given('involvesNewConstructionLand', 'equal', false),
            then: 'The county government issues a determination that the activity is a permitted limited human activity in the red line.',
          },
        ],
      },
    },
    messages: {
      pass: '原住居民住宅未突破管理单元现有建设用地规模（{redLineUnitConstructionLandAfterM2} ≤ {redLineUnitExistingConstructionLandM2}平方米）；审批路径：{approvalRoute}。',
      fail: '生态保护红线内住宅须为原住居民建设，且不得突破所涉管理单元现有建设用地规模；本案不符合。',
    },
    notes: [
      'Conformity with the Guangxi red-line supervision measures (試行) is not machine-checkable and is not encoded; only the cap and the approval route are.',
    ],
  },
  translations,
);

export default rule;
