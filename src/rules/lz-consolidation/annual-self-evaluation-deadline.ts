import { clause, defineRule, doneByDeadline, L, param, ref, when } from '../define.js';

const deadlineDay = { value: '12-31', unit: 'month-day', source: '每年12月底前 (on or before 31 December of the year)' } as const;

export const rule = defineRule({
  id: 'lz-consolidation/annual-self-evaluation-deadline',
  documentId: 'lz-consolidation',
  kind: 'procedure',
  strength: 'binding',
  title: L('每年12月底前完成年度绩效自评', '每年12月底前完成年度績效自評', 'Annual performance self-evaluation by the end of December'),
  citation: {
    article: '四、（三）',
    quote: '每年12月底前，各县（区）人民政府应组织对本地本年度全域土地综合整治工作实施情况进行绩效自评',
  },
  facts: ['reportType', 'year', 'selfEvaluationSubmittedOn'],
  parameters: { deadlineDay },
  decisiveDate: 'report-year-end',
  selects: { all: [when('reportType', 'equal', 'county-annual')] },
  derive: { deadline: { value: { dateInYear: { year: ref('year'), monthDay: param('deadlineDay') } } } },
  decision: clause('每年12月底前，各县（区）人民政府应组织对本地本年度全域土地综合整治工作实施情况进行绩效自评', doneByDeadline('selfEvaluationSubmittedOn', '$deadline')),
  conclusions: { deadline: ref('$deadline') },
  messages: {
    pass: L(
      '年度绩效自评期限为{deadline}，已按期完成或尚在期限内。',
      '年度績效自評期限為{deadline}，已按期完成或尚在期限內。',
      'The self-evaluation is due by {deadline}: it was done on time, or the deadline has not passed.',
    ),
    fail: L(
      '年度绩效自评应于{deadline}前完成；本县（区）逾期完成或逾期仍未完成。',
      '年度績效自評應於{deadline}前完成；本縣（區）逾期完成或逾期仍未完成。',
      'The annual self-evaluation was due by {deadline}; it came late, or has still not been done.',
    ),
  },
});

export default rule;
