import { byStatus, clause, defineRule, L, when } from '../define.js';

export const rule = defineRule({
  id: 'gx-rural-land-2023/13-rural-industry-commercial-no-surplus-quota',
  documentId: 'gx-rural-land-2023',
  kind: 'eligibility',
  strength: 'encouraged',
  title: L('农村产业融合项目商业服务用地可不购买节余指标', '農村產業融合項目商業服務用地可不購買節餘指標', 'Rural industry integration: commercial land need not buy surplus linkage quota'),
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
    pass: L(
      '经认定属于农村产业融合发展项目，商业服务用地可不购买增减挂钩节余指标。',
      '經認定屬於農村產業融合發展項目，商業服務用地可不購買增減掛鉤節餘指標。',
      'Certified as a rural industry integration project: the commercial service land need not buy surplus linkage quota.',
    ),
    fail: L(
      '未经设区市自然资源主管部门举证和认定为农村产业融合发展项目，商业服务用地仍须购买增减挂钩节余指标。',
      '未經設區市自然資源主管部門舉證和認定為農村產業融合發展項目，商業服務用地仍須購買增減掛鉤節餘指標。',
      'Without certification by the city bureau as a rural industry integration project, the commercial land must buy surplus linkage quota.',
    ),
  },
});

export default rule;
