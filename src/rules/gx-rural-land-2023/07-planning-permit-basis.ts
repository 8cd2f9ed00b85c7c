import { clause, defineRule, given, recorded, when } from '../define.js';
import translations from './locales/07-planning-permit-basis.json' with { type: 'json' };

export const rule = defineRule(
  {
    id: 'gx-rural-land-2023/07-planning-permit-basis',
    documentId: 'gx-rural-land-2023',
    kind: 'requirement',
    strength: 'binding',
    act: 'the issue of the planning permit',
    title: '规划许可的核发依据',
    citation: {
      article: '(七)',
      quote:
        '依據依法批準的詳細規劃和村莊規劃核發規劃許可證。暫時沒有完成村莊規劃編制但農民住宅建設急需的,縣級政府應就…作出“通則式”的規劃管控規定;其他鄉村振興項目,鼓勵各地因地制宜探索其他類型詳細規劃,明確用地范圍、土地用途、容積率…等開發建設強度指標,經批準并納入國土空間規劃“一張圖”后作為出具規劃條件、核發規劃許可的依據。…符合單獨選址條件且有地上建筑物的項目,詳細規劃、村莊規劃不能覆蓋的由縣級自然資源主管部門組織編制規劃選址綜合論證報告,…報縣級及以上政府批準',
    },
    facts: [
      'planningPermitRequested',
      'hasApprovedDetailedOrVillagePlan',
      'projectType',
      'countyGeneralRulesIssued',
      'standaloneSiteWithBuildings',
      'siteSelectionReportApproved',
      'otherTypeDetailedPlanApprovedInOneMap',
    ],
    parameters: {},
    selects: { all: [clause('核發規劃許可證', when('planningPermitRequested', 'equal', true))] },
    decision: {
      any: [
        clause('依據依法批準的詳細規劃和村莊規劃', when('hasApprovedDetailedOrVillagePlan', 'equal', true)),
        {
          all: [
            clause('農民住宅建設急需', when('projectType', 'equal', 'rural-housing')),
            clause('縣級政府應就…作出“通則式”的規劃管控規定', when('countyGeneralRulesIssued', 'equal', true)),
          ],
        },
        {
          name: '符合單獨選址條件且有地上建筑物的項目,詳細規劃、村莊規劃不能覆蓋的由縣級自然資源主管部門組織編制規劃選址綜合論證報告,…報縣級及以上政府批準',
          all: [
            when('projectType', 'notEqual', 'rural-housing'),
            when('standaloneSiteWithBuildings', 'equal', true),
            when('siteSelectionReportApproved', 'equal', true),
          ],
        },
        // Other rural-revitalisation projects: an other-type detailed plan, approved and in the one map.
        {
          all: [
            clause('其他鄉村振興項目', when('projectType', 'notEqual', 'rural-housing')),
            clause(
              '探索其他類型詳細規劃,明確用地范圍、土地用途、容積率…等開發建設強度指標,經批準并納入國土空間規劃“一張圖”',
              when('otherTypeDetailedPlanApprovedInOneMap', 'equal', true),
            ),
          ],
        },
      ],
    },
    // Decided only: the basis that carried a pass, or 'none' on a fail.
    conclusions: {
      permitBasis: {
        cases: [
          { when: { all: [when('@status', 'in', ['pass', 'fail']), recorded('hasApprovedDetailedOrVillagePlan')] }, then: 'detailed-or-village-plan' },
          { when: when('@status', 'equal', 'fail'), then: 'none' },
          { when: { all: [when('@status', 'equal', 'pass'), given('projectType', 'equal', 'rural-housing')] }, then: 'county-general-rules' },
          {
            when: { all: [when('@status', 'equal', 'pass'), recorded('standaloneSiteWithBuildings'), recorded('siteSelectionReportApproved')] },
            then: 'site-selection-report',
          },
          { when: when('@status', 'equal', 'pass'), then: 'other-type-detailed-plan' },
        ],
      },
    },
    messages: {
      pass: '规划许可有合法依据：{permitBasis}。',
      fail: '规划许可须依据依法批准的详细规划或村庄规划；农民住宅可依据县级“通则式”规定，单独选址且有地上建筑物的项目可依据经批准的规划选址综合论证报告，其他乡村振兴项目可依据经批准并纳入“一张图”的其他类型详细规划。本案没有任何一种依据。',
    },
    readings: [
      {
        chosen:
          'Projects other than village housing without a covering detailed or village plan have two routes: the site-selection report (standalone site with buildings), or an other-type detailed plan (其他類型詳細規劃) approved and included in the one map (second reading; it was not encoded before).',
        alternative:
          'Leaving the other-type detailed plan to local practice, since the text only encourages (鼓勵…探索) it; not adopted: once such a plan is approved and in the one map, the text makes it a basis for the permit.',
      },
    ],
  },
  translations,
);

export default rule;
