import { clause, defineRule, openList, when } from '../define.js';
import translations from './locales/08-design-change-reasons.json' with { type: 'json' };

/** Reasons of the builder's own convenience are never of the weight of the four the text names (…等原因 is open). */
const NOT_MAJOR_REASONS = ['owner-preference', 'cost-saving'];

export const rule = defineRule(
  {
    id: 'pilot-land-saving-2023/08-design-change-reasons',
    documentId: 'pilot-land-saving-2023',
    kind: 'requirement',
    strength: 'in-principle',
    act: 'the change of the approved preliminary design',
    title: '初步设计批复后原则上不得变更',
    citation: {
      article: '二、(三)8.',
      quote: '项目初步设计一经批复原则上必须严格执行,文物保护、重大安全隐患、重大政策及规划调整和工程建设条件重大变化等原因确需变更设计除外,其它不得变更设计',
    },
    facts: ['preliminaryDesignChanged', 'designChangeReason', 'designChangeReasonDeemedComparable'],
    parameters: {},
    selects: { all: [clause('变更设计', when('preliminaryDesignChanged', 'equal', true))] },
    decision: {
      all: [
        clause(
          '文物保护、重大安全隐患、重大政策及规划调整和工程建设条件重大变化等原因确需变更设计除外',
          openList(
            'designChangeReason',
            ['cultural-relic-protection', 'major-safety-hazard', 'major-policy-or-plan-adjustment', 'major-change-in-construction-conditions'],
            NOT_MAJOR_REASONS,
            'designChangeReasonDeemedComparable',
          ),
        ),
      ],
    },
    messages: {
      pass: '设计变更属于文件允许的原因（{designChangeReason}）。',
      fail: '初步设计一经批复必须严格执行，仅文物保护、重大安全隐患、重大政策及规划调整、工程建设条件重大变化等原因可变更设计。',
    },
    readings: [
      {
        chosen:
          '“等原因” is open (conventions §3b): the four named reasons hold; the builder’s own preference or cost saving never does; any other reason holds only by a recorded determination that it is as weighty (designChangeReasonDeemedComparable), and without it the rule is undetermined.',
        alternative: 'Reading the list as closed to the four reasons (the first release), leaving others to the in-principle exception.',
      },
    ],
  },
  translations,
);

export default rule;
