import { clause, defineRule, L, param, when } from '../define.js';

const maxPerBlock = { value: 1, unit: 'count', source: '一个区块内只设置一个探矿权，一个勘查区块对应一个勘查项目' } as const;

export const rule = defineRule({
  id: 'lz-14th-fyp/one-exploration-right-per-block',
  documentId: 'lz-14th-fyp',
  kind: 'requirement',
  strength: 'in-principle',
  title: L('一个区块原则上只设一个探矿权', '一個區塊原則上只設一個探礦權', 'One exploration right per block, in principle'),
  citation: { article: '第七章第二节', quote: '原则上一个区块内只设置一个探矿权，一个勘查区块对应一个勘查项目' },
  facts: ['subjectType', 'explorationRightsInBlock', 'explorationProjectsInBlock'],
  parameters: { maxPerBlock },
  selects: { all: [when('subjectType', 'equal', 'exploration-block')] },
  decision: { all: [clause('一个区块内只设置一个探矿权', when('explorationRightsInBlock', 'atMost', param('maxPerBlock'))), clause('一个勘查区块对应一个勘查项目', when('explorationProjectsInBlock', 'atMost', param('maxPerBlock')))] },
  messages: {
    pass: L('区块内探矿权{explorationRightsInBlock}个、勘查项目{explorationProjectsInBlock}个，符合一区块一探矿权。', '區塊內探礦權{explorationRightsInBlock}個、勘查項目{explorationProjectsInBlock}個，符合一區塊一探礦權。', '{explorationRightsInBlock} exploration right(s) and {explorationProjectsInBlock} project(s) in the block: one per block.'),
    fail: L(
      '一个区块内原则上只设置一个探矿权、对应一个勘查项目；本区块有探矿权{explorationRightsInBlock}个、勘查项目{explorationProjectsInBlock}个。',
      '一個區塊內原則上只設置一個探礦權、對應一個勘查項目；本區塊有探礦權{explorationRightsInBlock}個、勘查項目{explorationProjectsInBlock}個。',
      'A block should hold one exploration right and one exploration project; this one has {explorationRightsInBlock} and {explorationProjectsInBlock}.',
    ),
  },
});

export default rule;
