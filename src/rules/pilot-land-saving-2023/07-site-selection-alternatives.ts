import { clause, defineRule, param, ref, when } from '../define.js';
import translations from './locales/07-site-selection-alternatives.json' with { type: 'json' };

const minAlternatives = { value: 2, unit: 'count', source: '提供至少2个以上的选址选线方案' } as const;

export const rule = defineRule(
  {
    id: 'pilot-land-saving-2023/07-site-selection-alternatives',
    documentId: 'pilot-land-saving-2023',
    kind: 'requirement',
    strength: 'binding',
    act: 'submitting the site-selection alternatives at land pre-examination',
    title: '重大基础设施提供至少2个选址选线方案',
    citation: {
      article: '二、(三)7.',
      quote: '提供至少2个以上的选址选线方案,同等条件下,优先选用占用耕地特别是永久基本农田比例较低的方案。',
    },
    facts: ['projectType', 'stage', 'siteAlternatives'],
    parameters: { minAlternatives },
    selects: { all: [when('projectType', 'equal', 'major-infrastructure'), clause('选址选线方案', when('stage', 'equal', 'site-selection'))] },
    derive: {
      alternativeCount: { value: { count: ref('siteAlternatives') } },
      // Lowest share of permanent basic farmland first, then of cultivated land (同等条件下，优先…比例较低的方案).
      preferredAlternativeId: {
        value: { field: { of: { lowest: { list: ref('siteAlternatives'), by: ['permanentBasicFarmlandShare', 'cultivatedLandShare'] } }, name: 'id' } },
      },
      chosenAlternativeId: {
        value: { field: { of: { find: { list: ref('siteAlternatives'), where: { field: 'chosen', operator: 'equal', value: true } } }, name: 'id' } },
      },
    },
    decision: { all: [clause('提供至少2个以上的选址选线方案', when('$alternativeCount', 'atLeast', param('minAlternatives')))] },
    conclusions: {
      preferredAlternativeId: ref('$preferredAlternativeId'),
      chosenIsPreferred: { cases: [{ when: when('$chosenAlternativeId', 'equal', { fact: '$preferredAlternativeId' }), then: true }], otherwise: false },
    },
    messages: {
      pass: '已提供{alternativeCount}个选址选线方案；同等条件下宜选用占用永久基本农田、耕地比例最低的方案（{preferredAlternativeId}）。',
      fail: '选址选线阶段须提供至少{minAlternatives}个方案，本项目仅提供{alternativeCount}个。',
    },
    readings: [
      { chosen: '“至少2个以上” is read as at least two.', alternative: 'Read literally, “以上” after “至少2个” adds nothing: the same bound.' },
      {
        chosen: 'The preference for the alternative occupying less farmland is advisory (同等条件下): it is reported in the conclusions, not failed.',
        alternative:
          'Failing a project that did not choose the preferred alternative; not adopted, since “other things equal” cannot be checked from these facts.',
      },
    ],
  },
  translations,
);

export default rule;
