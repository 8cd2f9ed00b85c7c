import { clause, defineRule, param, ref, when } from '../define.js';
import translations from './locales/13-poverty-county-special-quota.json' with { type: 'json' };

const specialQuota = { value: 600, unit: 'mu', source: '國家每年單列下達的600畝用地計劃指標' } as const;

export const rule = defineRule(
  {
    id: 'gx-rural-land-2023/13-poverty-county-special-quota',
    documentId: 'gx-rural-land-2023',
    kind: 'requirement',
    strength: 'binding',
    act: 'the county’s use of one year’s 600-亩 special quota',
    title: '脱贫县每年单列600亩用地计划指标',
    citation: { article: '(十三)', quote: '指導脫貧縣用好用足國家每年單列下達的600畝用地計劃指標。' },
    facts: ['countyIsPovertyLifted', 'specialQuotaUsedMu'],
    parameters: { specialQuota },
    selects: { all: [clause('脫貧縣', when('countyIsPovertyLifted', 'equal', true))] },
    decision: { all: [clause('國家每年單列下達的600畝用地計劃指標', when('specialQuotaUsedMu', 'atMost', param('specialQuota')))] },
    conclusions: { remainingSpecialQuotaMu: { inUnit: { value: { remainder: [param('specialQuota'), ref('specialQuotaUsedMu')] }, unit: 'mu' } } },
    messages: {
      pass: '本年度已使用单列指标{specialQuotaUsedMu}亩，未超过{specialQuota}亩，尚余{remainingSpecialQuotaMu}亩。',
      fail: '国家单列下达的用地计划指标为每年{specialQuota}亩；本年度已使用{specialQuotaUsedMu}亩，超出单列指标。',
    },
    notes: ['“用好用足” also urges full use: a remainder is reported in the conclusions, not failed.'],
  },
  translations,
);

export default rule;
