import { byStatus, clause, defineRule, when } from '../define.js';
import translations from './locales/01-interim-planning-basis.json' with { type: 'json' };

export const rule = defineRule(
  {
    id: 'gx-rural-land-2023/01-interim-planning-basis',
    documentId: 'gx-rural-land-2023',
    kind: 'eligibility',
    strength: 'encouraged',
    act: 'the approval of urgently needed construction land on the interim plan basis',
    title: '过渡期急需建设用地审批的规划依据',
    citation: {
      article: '(一)',
      quote:
        '在各級國土空間規劃正式批準之前的過渡期,鄉村振興項目用地已納入市縣國土空間總體規劃數據庫核心圖層和自治區國土空間規劃“一張圖”的,可作為急需建設用地審批的規劃依據。',
    },
    facts: ['projectType', 'spatialPlanApproved', 'inCountyPlanCoreLayer', 'inRegionalOneMap'],
    parameters: {},
    selects: {
      all: [
        clause('鄉村振興項目用地', when('projectType', 'equal', 'rural-revitalization')),
        clause('在各級國土空間規劃正式批準之前的過渡期', when('spatialPlanApproved', 'equal', false)),
      ],
    },
    decision: {
      all: [
        clause('已納入市縣國土空間總體規劃數據庫核心圖層', when('inCountyPlanCoreLayer', 'equal', true)),
        clause('自治區國土空間規劃“一張圖”', when('inRegionalOneMap', 'equal', true)),
      ],
    },
    conclusions: { planningBasisForUrgentApproval: byStatus({ pass: true, fail: false }) },
    messages: {
      pass: '项目用地已纳入市县国土空间总体规划数据库核心图层和自治区“一张图”，可作为急需建设用地审批的规划依据。',
      fail: '项目用地未同时纳入市县核心图层和自治区“一张图”，不能据此作为急需建设用地审批的规划依据。',
    },
    readings: [
      {
        chosen: 'Both inclusions are required (the text joins them with 和).',
        alternative: 'Either inclusion suffices; not adopted, since the sentence names both as one condition.',
      },
    ],
  },
  translations,
);

export default rule;
