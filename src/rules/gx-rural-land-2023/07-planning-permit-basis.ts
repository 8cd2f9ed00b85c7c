import { defineRule, L, when } from '../define.js';

export const rule = defineRule({
  id: 'gx-rural-land-2023/07-planning-permit-basis',
  documentId: 'gx-rural-land-2023',
  kind: 'requirement',
  strength: 'binding',
  title: L('规划许可的核发依据', '規劃許可的核發依據', 'Basis for issuing a planning permit'),
  citation: {
    article: '(七)',
    quote:
      '依據依法批準的詳細規劃和村莊規劃核發規劃許可證。暫時沒有完成村莊規劃編制但農民住宅建設急需的,縣級政府應就…作出“通則式”的規劃管控規定;…符合單獨選址條件且有地上建筑物的項目,詳細規劃、村莊規劃不能覆蓋的由縣級自然資源主管部門組織編制規劃選址綜合論證報告,…報縣級及以上政府批準',
  },
  facts: ['planningPermitRequested', 'hasApprovedDetailedOrVillagePlan', 'projectType', 'countyGeneralRulesIssued', 'standaloneSiteWithBuildings', 'siteSelectionReportApproved'],
  parameters: {},
  selects: { all: [when('planningPermitRequested', 'equal', true)] },
  decision: {
    any: [
      when('hasApprovedDetailedOrVillagePlan', 'equal', true),
      { all: [when('projectType', 'equal', 'rural-housing'), when('countyGeneralRulesIssued', 'equal', true)] },
      {
        all: [
          when('projectType', 'notEqual', 'rural-housing'),
          when('standaloneSiteWithBuildings', 'equal', true),
          when('siteSelectionReportApproved', 'equal', true),
        ],
      },
    ],
  },
  conclusions: (v, status) => {
    if (status !== 'pass' && status !== 'fail') return {};
    if (v.get('hasApprovedDetailedOrVillagePlan') === true) return { permitBasis: 'detailed-or-village-plan' };
    if (status === 'fail') return { permitBasis: 'none' };
    return { permitBasis: v.get('projectType') === 'rural-housing' ? 'county-general-rules' : 'site-selection-report' };
  },
  messages: {
    pass: L('规划许可有合法依据：{permitBasis}。', '規劃許可有合法依據：{permitBasis}。', 'The planning permit has a lawful basis: {permitBasis}.'),
    fail: L(
      '规划许可须依据依法批准的详细规划或村庄规划；农民住宅可依据县级“通则式”规定，单独选址且有地上建筑物的项目可依据经批准的规划选址综合论证报告。本案没有任何一种依据。',
      '規劃許可須依據依法批准的詳細規劃或村莊規劃；農民住宅可依據縣級「通則式」規定，單獨選址且有地上建築物的項目可依據經批准的規劃選址綜合論證報告。本案沒有任何一種依據。',
      "A planning permit needs an approved detailed or village plan; village housing may rely on the county's general-rule controls, and standalone projects with buildings on an approved site-selection report. This case has none of these.",
    ),
  },
  readings: [
    {
      chosen: 'Projects other than village housing without a covering plan need the site-selection report route (standalone site with buildings).',
      alternative: 'Other detailed-plan types “encouraged” by the text (其他類型詳細規劃) could also serve; they are not encoded because the text leaves them to local practice.',
    },
  ],
});

export default rule;
