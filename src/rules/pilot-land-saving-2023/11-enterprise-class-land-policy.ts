import { clause, defineRule, ref, when } from '../define.js';
import translations from './locales/11-enterprise-class-land-policy.json' with { type: 'json' };

const POLICY: Record<string, string> = { A: 'priority', B: 'supported', C: 'supported', D: 'not-arranged' };

export const rule = defineRule(
  {
    id: 'pilot-land-saving-2023/11-enterprise-class-land-policy',
    documentId: 'pilot-land-saving-2023',
    // A class D enterprise's request is refused (原则上不予安排); the enterprise breaks nothing (conventions §5).
    kind: 'eligibility',
    strength: 'in-principle',
    act: 'the enterprise’s request for new project land',
    title: '按亩均效益分类安排新增项目用地',
    citation: {
      article: '二、(四)11.',
      quote:
        '对优先发展类(A类)企业的新增项目用地予以优先保障,对鼓励提升类(B类)、规范转型类(C类)企业的新增项目用地予以倾斜支持,对调控帮扶类(D类)企业的新增项目用地原则上不予安排。',
    },
    facts: ['requestsNewProjectLand', 'enterpriseClass'],
    parameters: {},
    selects: { all: [clause('新增项目用地', when('requestsNewProjectLand', 'equal', true))] },
    decision: { all: [clause('对调控帮扶类(D类)企业的新增项目用地原则上不予安排', when('enterpriseClass', 'in', ['A', 'B', 'C']))] },
    // The item arranges land for the four classes only; an enterprise not (yet) rated A–D is outside it.
    notConcerned: {
      when: when('enterpriseClass', 'notIn', ['A', 'B', 'C', 'D']),
      message: '企业分类“{enterpriseClass}”不属亩均效益评价的A、B、C、D类；本条只对这四类企业的新增项目用地作出安排，不涉及本案。',
    },
    conclusions: { landPolicy: { lookup: { key: ref('enterpriseClass'), table: POLICY } } },
    messages: {
      pass: '{enterpriseClass}类企业的新增项目用地：{landPolicy}（A类优先保障，B、C类倾斜支持）。',
      fail: '调控帮扶类（D类）企业的新增项目用地原则上不予安排。',
    },
    readings: [
      {
        chosen:
          'Only a D-class enterprise fails (原则上, so in principle). A class outside A–D (an enterprise not yet rated: the item extends the evaluation 逐步, step by step) is not concerned, since the item arranges land for the four classes only.',
        alternative: 'Failing every class other than A–C (the first release), which reported an unrated enterprise as a D-class violation.',
      },
    ],
  },
  translations,
);

export default rule;
