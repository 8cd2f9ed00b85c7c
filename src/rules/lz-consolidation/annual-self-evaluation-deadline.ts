import { clause, defineRule, doneByDeadline, param, ref, when } from '../define.js';
import translations from './locales/annual-self-evaluation-deadline.json' with { type: 'json' };

const deadlineDay = { value: '12-31', unit: 'month-day', source: '每年12月底前 (on or before 31 December of the year)' } as const;

export const rule = defineRule(
  {
    id: 'lz-consolidation/annual-self-evaluation-deadline',
    documentId: 'lz-consolidation',
    kind: 'procedure',
    strength: 'binding',
    act: 'the county’s performance self-evaluation of year Y, due 31 Dec Y',
    title: '每年12月底前完成年度绩效自评',
    citation: {
      article: '四、（三）',
      quote: '每年12月底前，各县（区）人民政府应组织对本地本年度全域土地综合整治工作实施情况进行绩效自评',
    },
    facts: ['reportType', 'year', 'selfEvaluationSubmittedOn'],
    parameters: { deadlineDay },
    decisiveDate: 'report-year-end',
    selects: { all: [when('reportType', 'equal', 'county-annual')] },
    derive: { deadline: { value: { dateInYear: { year: ref('year'), monthDay: param('deadlineDay') } } } },
    decision: clause(
      '每年12月底前，各县（区）人民政府应组织对本地本年度全域土地综合整治工作实施情况进行绩效自评',
      doneByDeadline('selfEvaluationSubmittedOn', '$deadline'),
    ),
    conclusions: { deadline: ref('$deadline') },
    messages: {
      pass: '年度绩效自评期限为{deadline}，已按期完成或尚在期限内。',
      fail: '年度绩效自评应于{deadline}前完成；本县（区）逾期完成或逾期仍未完成。',
    },
  },
  translations,
);

export default rule;
