import { clause, defineRule, when } from '../define.js';
import translations from './locales/04-village-land-203-scope.json' with { type: 'json' };

export const rule = defineRule(
  {
    id: 'gx-rural-land-2023/04-village-land-203-scope',
    documentId: 'gx-rural-land-2023',
    kind: 'requirement',
    strength: 'binding',
    act: 'the land-use approval for construction on agricultural land inside the 203 scope',
    title: '203范围按建设用地管理',
    citation: {
      article: '(四)',
      quote: '第三次全國國土調查及年度國土變更調查成果村莊用地范圍(即203范圍)按建設用地管理,涉及建設占用農用地的按國家規定辦理用地審批手續。',
    },
    facts: ['within203Scope', 'occupiesAgriculturalLand', 'landUseApprovalObtained'],
    parameters: {},
    selects: { all: [clause('村莊用地范圍(即203范圍)', when('within203Scope', 'equal', true))] },
    decision: {
      any: [
        clause('涉及建設占用農用地', when('occupiesAgriculturalLand', 'equal', false)),
        clause('按國家規定辦理用地審批手續', when('landUseApprovalObtained', 'equal', true)),
      ],
    },
    conclusions: {
      managedAsConstructionLand: true,
      landUseApprovalRequired: { cases: [{ when: when('occupiesAgriculturalLand', 'equal', true), then: true }], otherwise: false },
    },
    messages: {
      pass: '203范围内按建设用地管理；涉及占用农用地的已办理用地审批手续，或不涉及占用农用地。',
      fail: '203范围内建设占用农用地的，须按国家规定办理用地审批手续；本案尚未办理。',
    },
  },
  translations,
);

export default rule;
