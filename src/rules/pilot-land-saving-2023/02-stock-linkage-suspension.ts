import { clause, defineRule, L, when } from '../define.js';

export const rule = defineRule({
  id: 'pilot-land-saving-2023/02-stock-linkage-suspension',
  documentId: 'pilot-land-saving-2023',
  kind: 'requirement',
  strength: 'binding',
  title: L('未完成“增存挂钩”处置任务的暂停申报', '未完成「增存掛鉤」處置任務的暫停申報', "Applications suspended until the 'increase–stock linkage' task is done"),
  citation: { article: '二、(一)2.', quote: '未完成年度“增存挂钩”处置任务的,暂停成片开发方案、新增建设用地申报。' },
  facts: ['applicationType', 'countyCompletedStockDisposalTask'],
  parameters: {},
  selects: { all: [clause('成片开发方案、新增建设用地申报', when('applicationType', 'in', ['block-development-plan', 'new-construction-land']))] },
  decision: { all: [clause('未完成年度“增存挂钩”处置任务', when('countyCompletedStockDisposalTask', 'equal', true))] },
  messages: {
    pass: L('本县区已完成年度“增存挂钩”处置任务，可申报。', '本縣區已完成年度「增存掛鉤」處置任務，可申報。', "The county completed its annual 'increase–stock linkage' task: the application may proceed."),
    fail: L(
      '未完成年度“增存挂钩”处置任务的，暂停成片开发方案、新增建设用地申报。',
      '未完成年度「增存掛鉤」處置任務的，暫停成片開發方案、新增建設用地申報。',
      "Block development plans and new construction land applications are suspended while the annual 'increase–stock linkage' task is not done.",
    ),
  },
});

export default rule;
