import { clause, defineRule, ref, shareOf, when } from '../define.js';
import translations from './locales/spatial-plan-rural-industry-share.json' with { type: 'json' };

const minShare = { value: '0.10', unit: 'share', source: '安排不少于10%的建设用地指标重点保障乡村产业发展用地' } as const;

export const rule = defineRule(
  {
    id: 'lz-proposal-048/spatial-plan-rural-industry-share',
    documentId: 'lz-proposal-048',
    kind: 'requirement',
    strength: 'binding',
    act: 'the approval of the county or township spatial plan',
    title: '县乡国土空间规划不少于10%建设用地指标保障乡村产业',
    citation: { article: '三、（二）二', quote: '在县、乡级国土空间规划编制中，…安排不少于10%的建设用地指标重点保障乡村产业发展用地' },
    facts: ['planType', 'constructionLandQuotaM2', 'ruralIndustryConstructionLandQuotaM2'],
    parameters: { minShare },
    selects: { all: [clause('县、乡级国土空间规划编制', when('planType', 'in', ['county-spatial-plan', 'township-spatial-plan']))] },
    derive: {
      minRuralIndustryQuotaM2: shareOf('constructionLandQuotaM2', 'minShare'),
    },
    decision: {
      all: [
        clause(
          '安排不少于10%的建设用地指标重点保障乡村产业发展用地',
          when('ruralIndustryConstructionLandQuotaM2', 'atLeast', { fact: '$minRuralIndustryQuotaM2' }),
        ),
      ],
    },
    conclusions: { minRuralIndustryQuotaM2: ref('$minRuralIndustryQuotaM2') },
    messages: {
      pass: '乡村产业建设用地指标{ruralIndustryConstructionLandQuotaM2}平方米，不少于建设用地指标的{minShare}（{minRuralIndustryQuotaM2}平方米）。',
      fail: '县、乡级国土空间规划应安排不少于{minShare}的建设用地指标保障乡村产业（至少{minRuralIndustryQuotaM2}平方米），本规划仅{ruralIndustryConstructionLandQuotaM2}平方米。',
    },
    notes: [
      'The source is an internal work plan of the Liuzhou bureau for handling a CPPCC proposal, not a normative document: the 10% is a planning task the bureau set itself. It is encoded as binding on the plans it covers, as the catalogue directs.',
    ],
  },
  translations,
);

export default rule;
