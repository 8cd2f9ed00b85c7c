import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../src/index.js';
import { areaBoundary, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'lz-proposal-048/spatial-plan-rural-industry-share';
const plan: Facts = { planType: 'county-spatial-plan', constructionLandQuotaM2: 100_000 };

describeStatuses(ID, {
  pass: { ...plan, ruralIndustryConstructionLandQuotaM2: 10_000 },
  fail: { ...plan, ruralIndustryConstructionLandQuotaM2: 9_999.99 },
  notApplicable: { ...plan, planType: 'village-plan', ruralIndustryConstructionLandQuotaM2: 0 },
  undetermined: { planType: 'township-spatial-plan', constructionLandQuotaM2: 100_000 },
});

// Hand-picked cases: spatial-plan-rural-industry-share.cases.yaml.
describe(ID, () => {
  // 10% of 100 000 m² is 10 000 m² (15 亩, 1 公顷): 不少于 includes the bound.
  it.each(areaBoundary(10_000, 'm2', 'atLeast'))('a rural-industry quota of %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...plan, ruralIndustryConstructionLandQuotaM2: value })).toBe(holds ? 'pass' : 'fail');
  });
  // Evaluates every rule of a jurisdiction, which a case (one rule) cannot say.
  it('is a Liuzhou rule: not reported for a Guangxi-wide case, reported for Liuzhou', async () => {
    const { evaluate } = await import('../../../src/index.js');
    const guangxi = await evaluate(plan, { asOf: '2025-01-01', jurisdiction: '450000' });
    expect(guangxi.results.some((r) => r.ruleId === ID)).toBe(false);
    const liuzhou = await evaluate(plan, { asOf: '2025-01-01', jurisdiction: '450200' });
    expect(liuzhou.results.some((r) => r.ruleId === ID)).toBe(true);
  });
});
