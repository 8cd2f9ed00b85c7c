import { clause, defineRule, L, ref, when } from '../define.js';

const POLICY: Record<string, string> = { A: 'priority', B: 'supported', C: 'supported', D: 'not-arranged' };

export const rule = defineRule({
  id: 'pilot-land-saving-2023/11-enterprise-class-land-policy',
  documentId: 'pilot-land-saving-2023',
  kind: 'requirement',
  strength: 'in-principle',
  title: L('按亩均效益分类安排新增项目用地', '按畝均效益分類安排新增項目用地', 'New project land by enterprise class (per-mu evaluation)'),
  citation: {
    article: '二、(四)11.',
    quote:
      '对优先发展类(A类)企业的新增项目用地予以优先保障,对鼓励提升类(B类)、规范转型类(C类)企业的新增项目用地予以倾斜支持,对调控帮扶类(D类)企业的新增项目用地原则上不予安排。',
  },
  facts: ['requestsNewProjectLand', 'enterpriseClass'],
  parameters: {},
  selects: { all: [clause('新增项目用地', when('requestsNewProjectLand', 'equal', true))] },
  decision: { all: [clause('对调控帮扶类(D类)企业的新增项目用地原则上不予安排', when('enterpriseClass', 'in', ['A', 'B', 'C']))] },
  conclusions: { landPolicy: { lookup: { key: ref('enterpriseClass'), table: POLICY } } },
  messages: {
    pass: L(
      '{enterpriseClass}类企业的新增项目用地：{landPolicy}（A类优先保障，B、C类倾斜支持）。',
      '{enterpriseClass}類企業的新增項目用地：{landPolicy}（A類優先保障，B、C類傾斜支持）。',
      'New project land for a class {enterpriseClass} enterprise: {landPolicy} (A priority, B and C supported).',
    ),
    fail: L(
      '调控帮扶类（D类）企业的新增项目用地原则上不予安排。',
      '調控幫扶類（D類）企業的新增項目用地原則上不予安排。',
      'New project land for class D (regulated and assisted) enterprises is, in principle, not arranged.',
    ),
  },
  notes: ['A class outside A–D fails: the policy names no land arrangement for it.'],
});

export default rule;
