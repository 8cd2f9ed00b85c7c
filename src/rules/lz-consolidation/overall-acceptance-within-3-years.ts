import { clause, defineRule, doneByDeadline, param, ref, when } from '../define.js';
import translations from './locales/overall-acceptance-within-3-years.json' with { type: 'json' };

const acceptanceYears = { value: 3, unit: 'years', source: '整体验收周期原则上控制在3年内' } as const;

export const rule = defineRule(
  {
    id: 'lz-consolidation/overall-acceptance-within-3-years',
    documentId: 'lz-consolidation',
    kind: 'procedure',
    strength: 'in-principle',
    act: 'the overall acceptance, due within 3 years of approval',
    title: '整体验收原则上3年内完成',
    citation: { article: '三、（五）', quote: '整体验收周期原则上控制在3年内' },
    facts: ['projectType', 'projectApprovedOn', 'overallAcceptedOn'],
    parameters: { acceptanceYears },
    // A cycle approved before the plan but due inside its window is governed by it; one that
    // fell due (and was missed) before the plan took effect is not (conventions §2a).
    decisiveDate: { act: 'overallAcceptedOn', deadline: '$acceptanceDeadline' },
    selects: { all: [when('projectType', 'equal', 'land-consolidation'), when('projectApprovedOn', 'present', true)] },
    derive: {
      acceptanceDeadline: { value: { periodEnd: { start: ref('projectApprovedOn'), years: param('acceptanceYears') } } },
    },
    decision: clause('整体验收周期原则上控制在3年内', doneByDeadline('overallAcceptedOn', '$acceptanceDeadline')),
    conclusions: { acceptanceDeadline: ref('$acceptanceDeadline') },
    messages: {
      pass: '整体验收期限至{acceptanceDeadline}，验收已按期完成或仍在期限内。',
      fail: '整体验收周期原则上控制在{acceptanceYears}年内（至{acceptanceDeadline}），本项目逾期验收或逾期仍未验收。',
    },
    readings: [
      {
        chosen:
          'The three years run from the project approval (整体批复立项), counted as Civil Code arts. 201–202; the last day is not moved off a weekend (an administrative cycle, not a party’s deadline).',
        alternative: 'The cycle could run from the start of works, which the text does not date.',
      },
    ],
  },
  translations,
);

export default rule;
