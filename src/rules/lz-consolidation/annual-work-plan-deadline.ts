import { clause, defineRule, doneByDeadline, param, ref, when } from '../define.js';
import { DOCUMENTS } from '../documents.js';
import translations from './locales/annual-work-plan-deadline.json' with { type: 'json' };

/** The plan's first day in force: a deadline before it was never set by the plan. */
const ISSUED = DOCUMENTS['lz-consolidation'].inForce.from;

const deadlineDay = { value: '03-31', unit: 'month-day', source: '每年3月底前 (on or before 31 March of the year)' } as const;

export const rule = defineRule(
  {
    id: 'lz-consolidation/annual-work-plan-deadline',
    documentId: 'lz-consolidation',
    kind: 'procedure',
    strength: 'binding',
    act: 'the county’s annual work plan for year Y, due 31 Mar Y',
    title: '每年3月底前制定年度整治工作计划',
    citation: {
      article: '三、（二）',
      quote: '每年3月底前，各县（区）自然资源主管部门要组织制定年度全域土地综合整治与生态修复工程工作计划',
    },
    facts: ['reportType', 'year', 'annualWorkPlanIssuedOn'],
    parameters: { deadlineDay },
    decisiveDate: 'report-year-end',
    selects: { all: [when('reportType', 'equal', 'county-annual')] },
    derive: { deadline: { value: { dateInYear: { year: ref('year'), monthDay: param('deadlineDay') } } } },
    decision: clause(
      '每年3月底前，各县（区）自然资源主管部门要组织制定年度全域土地综合整治与生态修复工程工作计划',
      doneByDeadline('annualWorkPlanIssuedOn', '$deadline'),
    ),
    // The plan took effect on 2020-12-31: the 2020 report's deadline (2020-03-31) fell before it.
    notConcerned: {
      when: when('$deadline', 'before', ISSUED),
      message: '期限{deadline}早于本方案施行之日（' + ISSUED + '），本规则不涉及该年度。',
    },
    conclusions: { deadline: ref('$deadline') },
    messages: {
      pass: '年度工作计划期限为{deadline}，已按期制定或尚在期限内。',
      fail: '年度全域土地综合整治工作计划应于{deadline}前制定；本县（区）逾期制定或逾期仍未制定。',
    },
  },
  translations,
);

export default rule;
