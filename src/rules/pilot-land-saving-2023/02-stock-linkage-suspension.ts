import { clause, defineRule, when } from '../define.js';
import translations from './locales/02-stock-linkage-suspension.json' with { type: 'json' };

export const rule = defineRule(
  {
    id: 'pilot-land-saving-2023/02-stock-linkage-suspension',
    documentId: 'pilot-land-saving-2023',
    // While the task is unfinished the route is suspended: the application is not open, nothing is violated (conventions §5).
    kind: 'eligibility',
    strength: 'binding',
    act: 'the county’s application (成片开发方案 / 新增建设用地申报)',
    title: '未完成“增存挂钩”处置任务的暂停申报',
    citation: { article: '二、(一)2.', quote: '未完成年度“增存挂钩”处置任务的,暂停成片开发方案、新增建设用地申报。' },
    facts: ['applicationType', 'countyCompletedStockDisposalTask'],
    parameters: {},
    selects: { all: [clause('成片开发方案、新增建设用地申报', when('applicationType', 'in', ['block-development-plan', 'new-construction-land']))] },
    decision: { all: [clause('未完成年度“增存挂钩”处置任务', when('countyCompletedStockDisposalTask', 'equal', true))] },
    messages: {
      pass: '本县区已完成年度“增存挂钩”处置任务，可申报。',
      fail: '未完成年度“增存挂钩”处置任务的，暂停成片开发方案、新增建设用地申报。',
    },
  },
  translations,
);

export default rule;
