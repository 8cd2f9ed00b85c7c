import { byStatus, clause, defineRule, param, when } from '../define.js';
import translations from './locales/16-legacy-construction-land.json' with { type: 'json' };

const windowStart = { value: '1987-01-01', unit: 'date', source: '1987年1月1日至2009年12月31日之間 (both days included)' } as const;
const windowEnd = { value: '2009-12-31', unit: 'date', source: '1987年1月1日至2009年12月31日之間 (both days included)' } as const;

export const rule = defineRule(
  {
    id: 'gx-rural-land-2023/16-legacy-construction-land',
    documentId: 'gx-rural-land-2023',
    kind: 'eligibility',
    strength: 'encouraged',
    act: 'the completion of the approval procedures (完善手續) and the registration of legacy land',
    title: '1987—2009年历史遗留建设用地完善手续',
    citation: {
      article: '(十六)',
      quote:
        '對建設用地行為發生在1987年1月1日至2009年12月31日之間,且第二次土地調查與第三次國土調查成果地類均認定為建設用地,經公告群眾無意見,符合規劃用途的,市縣按建設用地依法完善集體建設用地使用權等審批手續后,辦理不動產登記。',
    },
    facts: ['projectType', 'constructionOccurredOn', 'secondSurveyLandClass', 'thirdSurveyLandClass', 'publicNoticeObjections', 'conformsToPlannedUse'],
    parameters: { windowStart, windowEnd },
    selects: { all: [when('projectType', 'equal', 'legacy-construction-land')] },
    decision: {
      all: [
        clause('建設用地行為發生在1987年1月1日至2009年12月31日之間', when('constructionOccurredOn', 'onOrAfter', param('windowStart'))),
        clause('建設用地行為發生在1987年1月1日至2009年12月31日之間', when('constructionOccurredOn', 'onOrBefore', param('windowEnd'))),
        clause('第二次土地調查與第三次國土調查成果地類均認定為建設用地', when('secondSurveyLandClass', 'equal', 'construction')),
        clause('第二次土地調查與第三次國土調查成果地類均認定為建設用地', when('thirdSurveyLandClass', 'equal', 'construction')),
        clause('經公告群眾無意見', when('publicNoticeObjections', 'atMost', 0)),
        clause('符合規劃用途', when('conformsToPlannedUse', 'equal', true)),
      ],
    },
    conclusions: { nextSteps: byStatus({ pass: ['complete-collective-construction-land-approval', 'real-estate-registration'] }) },
    messages: {
      pass: '建设用地行为发生于{constructionOccurredOn}，在1987年1月1日至2009年12月31日之间，两次调查均为建设用地，公告无异议且符合规划用途：可完善审批手续后办理不动产登记。',
      fail: '历史遗留建设用地须发生在1987年1月1日至2009年12月31日之间、两次调查均认定为建设用地、公告无异议且符合规划用途；本案不符合。',
    },
  },
  translations,
);

export default rule;
