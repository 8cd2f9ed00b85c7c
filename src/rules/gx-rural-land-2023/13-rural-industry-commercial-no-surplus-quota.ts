import { byStatus, clause, defineRule, when } from '../define.js';
import translations from './locales/13-rural-industry-commercial-no-surplus-quota.json' with { type: 'json' };

export const rule = defineRule(
  {
    id: 'gx-rural-land-2023/13-rural-industry-commercial-no-surplus-quota',
    documentId: 'gx-rural-land-2023',
    kind: 'eligibility',
    strength: 'encouraged',
    act: 'the supply of commercial service land for rural industry without buying surplus quota',
    title: '农村产业融合项目商业服务用地可不购买节余指标',
    citation: {
      article: '(十三)',
      quote: '設區市自然資源主管部門經舉證和認定屬于農村產業融合發展項目的,商業服務用地可不購買增減掛鉤節余指標。',
    },
    facts: ['landUse', 'certifiedRuralIndustryIntegrationProject'],
    parameters: {},
    selects: { all: [clause('商業服務用地', when('landUse', 'equal', 'commercial-service'))] },
    decision: { all: [clause('設區市自然資源主管部門經舉證和認定屬于農村產業融合發展項目', when('certifiedRuralIndustryIntegrationProject', 'equal', true))] },
    conclusions: { mustPurchaseSurplusQuota: byStatus({ pass: false, fail: true }) },
    messages: {
      pass: '经认定属于农村产业融合发展项目，商业服务用地可不购买增减挂钩节余指标。',
      fail: '未经设区市自然资源主管部门举证和认定为农村产业融合发展项目，商业服务用地仍须购买增减挂钩节余指标。',
    },
  },
  translations,
);

export default rule;
