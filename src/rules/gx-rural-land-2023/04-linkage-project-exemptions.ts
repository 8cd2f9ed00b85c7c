import { byStatus, clause, defineRule, when } from '../define.js';
import translations from './locales/04-linkage-project-exemptions.json' with { type: 'json' };

export const rule = defineRule(
  {
    id: 'gx-rural-land-2023/04-linkage-project-exemptions',
    documentId: 'gx-rural-land-2023',
    kind: 'eligibility',
    // 「可通過增減掛鉤項目…」: an option granted (conventions §4).
    strength: 'encouraged',
    act: 'the approval of the linkage project’s 拆舊復墾和建新, exempt from a separate conversion approval and its fees',
    title: '增减挂钩项目免单独转用审批和免缴费用',
    citation: {
      article: '(四)',
      quote: '可通過增減掛鉤項目進行拆舊復墾和建新,…不再單獨辦理農用地轉用審批手續,免繳新增建設用地有償使用費和耕地開墾費。',
    },
    facts: ['viaIncreaseDecreaseLinkage'],
    parameters: {},
    selects: { all: [clause('通過增減掛鉤項目', when('viaIncreaseDecreaseLinkage', 'equal', true))] },
    // Nothing beyond the selector: every linkage project has the exemptions.
    decision: { all: [clause('通過增減掛鉤項目進行拆舊復墾和建新', when('viaIncreaseDecreaseLinkage', 'equal', true))] },
    conclusions: {
      separateConversionApprovalRequired: byStatus({ pass: false }),
      exemptFees: byStatus({ pass: ['new-construction-land-paid-use-fee', 'farmland-reclamation-fee'] }),
    },
    messages: {
      pass: '通过增减挂钩项目拆旧复垦和建新的，不再单独办理农用地转用审批手续，免缴新增建设用地有偿使用费和耕地开垦费。',
      fail: '不适用增减挂钩项目的豁免。',
    },
  },
  translations,
);

export default rule;
