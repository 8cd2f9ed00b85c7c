import { clause, defineRule, doneByDeadline, L, param, ref, when } from '../define.js';

const acceptanceYears = { value: 3, unit: 'years', source: '整体验收周期原则上控制在3年内' } as const;

export const rule = defineRule({
  id: 'lz-consolidation/overall-acceptance-within-3-years',
  documentId: 'lz-consolidation',
  kind: 'procedure',
  strength: 'in-principle',
  title: L('整体验收原则上3年内完成', '整體驗收原則上3年內完成', 'Overall acceptance within three years, in principle'),
  citation: { article: '三、（五）', quote: '整体验收周期原则上控制在3年内' },
  facts: ['projectType', 'projectApprovedOn', 'overallAcceptedOn'],
  parameters: { acceptanceYears },
  selects: { all: [when('projectType', 'equal', 'land-consolidation'), when('projectApprovedOn', 'present', true)] },
  derive: {
    acceptanceDeadline: { value: { periodEnd: { start: ref('projectApprovedOn'), years: param('acceptanceYears') } } },
  },
  decision: clause('整体验收周期原则上控制在3年内', doneByDeadline('overallAcceptedOn', '$acceptanceDeadline')),
  conclusions: { acceptanceDeadline: ref('$acceptanceDeadline') },
  messages: {
    pass: L(
      '整体验收期限至{acceptanceDeadline}，验收已按期完成或仍在期限内。',
      '整體驗收期限至{acceptanceDeadline}，驗收已按期完成或仍在期限內。',
      'Overall acceptance is due by {acceptanceDeadline}: it was on time, or the period is still running.',
    ),
    fail: L(
      '整体验收周期原则上控制在{acceptanceYears}年内（至{acceptanceDeadline}），本项目逾期验收或逾期仍未验收。',
      '整體驗收週期原則上控制在{acceptanceYears}年內（至{acceptanceDeadline}），本項目逾期驗收或逾期仍未驗收。',
      'Overall acceptance should come within {acceptanceYears} years (by {acceptanceDeadline}); this project was accepted late or is still not accepted.',
    ),
  },
  readings: [
    {
      chosen: 'The three years run from the project approval (整体批复立项), counted as Civil Code arts. 201–202; the last day is not moved off a weekend (an administrative cycle, not a party’s deadline).',
      alternative: 'The cycle could run from the start of works, which the text does not date.',
    },
  ],
});

export default rule;
