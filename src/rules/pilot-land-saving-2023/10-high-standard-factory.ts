import { clause, defineRule, param, when } from '../define.js';
import translations from './locales/10-high-standard-factory.json' with { type: 'json' };

const minFloors = { value: 4, unit: 'count', source: '4层及以上 (及以上 includes 4)' } as const;
const minFloorAreaRatio = { value: '', unit: 'ratio', source: '容积率不低于的 — the minimum is blank in the source' } as const;

export const rule = defineRule(
  {
    id: 'pilot-land-saving-2023/10-high-standard-factory',
    documentId: 'pilot-land-saving-2023',
    kind: 'eligibility',
    strength: 'encouraged',
    act: 'building the high-standard factory',
    title: '鼓励建设4层及以上配工业电梯的高标准厂房',
    citation: { article: '二、(四)10.', quote: '鼓励省级以上开发区建设使用4层及以上配工业电梯、容积率不低于的高标准厂房' },
    facts: ['projectType', 'inProvincialDevelopmentZone', 'floors', 'hasIndustrialElevator', 'floorAreaRatio'],
    parameters: { minFloors, minFloorAreaRatio },
    callerParameters: {
      minFloorAreaRatio: { description: 'The floor-area-ratio minimum that the source leaves blank (容积率不低于的); no default.', unit: 'ratio' },
    },
    selects: { all: [when('projectType', 'equal', 'industrial'), clause('省级以上开发区', when('inProvincialDevelopmentZone', 'equal', true))] },
    decision: {
      all: [
        clause('4层及以上', when('floors', 'atLeast', param('minFloors'))),
        clause('配工业电梯', when('hasIndustrialElevator', 'equal', true)),
        { name: '容积率不低于', any: [when('@minFloorAreaRatio', 'present', false), when('floorAreaRatio', 'atLeast', { fact: '@minFloorAreaRatio' })] },
      ],
    },
    conclusions: {
      floorAreaRatioChecked: { cases: [{ when: when('@minFloorAreaRatio', 'present', true), then: true }], otherwise: false },
      sourceIncomplete: {
        cases: [
          {
            when: when('@minFloorAreaRatio', 'present', false),
            then: 'The floor-area-ratio minimum is blank in the source (容积率不低于的); it was not checked.',
          },
        ],
      },
    },
    messages: {
      pass: '厂房{floors}层并配工业电梯，属鼓励建设的高标准厂房（原文容积率下限空缺，仅在调用方提供时核查）。',
      fail: '鼓励的高标准厂房须{minFloors}层及以上并配工业电梯（及调用方提供的容积率下限）；本项目不符合。',
    },
    notes: [
      'The source is incomplete: “容积率不低于的高标准厂房” has no number. The minimum is a caller parameter with no default: `parameters: { "pilot-land-saving-2023/10-high-standard-factory": { minFloorAreaRatio: 2 } }`. Without it the ratio is not checked and the result says so.',
    ],
  },
  translations,
);

export default rule;
