import { clause, defineRule, param, when } from '../define.js';
import translations from './locales/one-exploration-right-per-block.json' with { type: 'json' };

const maxPerBlock = { value: 1, unit: 'count', source: '一个区块内只设置一个探矿权，一个勘查区块对应一个勘查项目' } as const;

export const rule = defineRule(
  {
    id: 'lz-14th-fyp/one-exploration-right-per-block',
    documentId: 'lz-14th-fyp',
    kind: 'requirement',
    strength: 'in-principle',
    act: 'the grant of an exploration right in the block (the block’s standing)',
    title: '一个区块原则上只设一个探矿权',
    citation: { article: '第七章第二节', quote: '原则上一个区块内只设置一个探矿权，一个勘查区块对应一个勘查项目' },
    facts: ['subjectType', 'explorationRightsInBlock', 'explorationProjectsInBlock'],
    parameters: { maxPerBlock },
    selects: { all: [when('subjectType', 'equal', 'exploration-block')] },
    decision: {
      all: [
        clause('一个区块内只设置一个探矿权', when('explorationRightsInBlock', 'atMost', param('maxPerBlock'))),
        clause('一个勘查区块对应一个勘查项目', when('explorationProjectsInBlock', 'atMost', param('maxPerBlock'))),
      ],
    },
    messages: {
      pass: '区块内探矿权{explorationRightsInBlock}个、勘查项目{explorationProjectsInBlock}个，符合一区块一探矿权。',
      fail: '一个区块内原则上只设置一个探矿权、对应一个勘查项目；本区块有探矿权{explorationRightsInBlock}个、勘查项目{explorationProjectsInBlock}个。',
    },
  },
  translations,
);

export default rule;
