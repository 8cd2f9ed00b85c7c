import { describe, expect, it } from 'vitest';
import { areaBoundary, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'gx-rural-land-2023/02-village-reserve-quota';
const plan = { planType: 'village-plan', plannedVillageConstructionLandM2: 10_000 };

describeStatuses(ID, {
  pass: { ...plan, reserveQuotaM2: 500, reserveQuotaModes: ['point-indication'] },
  fail: { ...plan, reserveQuotaM2: 500.01 },
  notApplicable: { planType: 'county-spatial-plan', plannedVillageConstructionLandM2: 10_000, reserveQuotaM2: 900 },
  undetermined: { planType: 'township-spatial-plan', reserveQuotaM2: 100 },
});

// Hand-picked cases: 02-village-reserve-quota.cases.yaml.
describe(ID, () => {
  // 5% of 10 000 m² is 500 m²: the bound, one step either side, in m², 亩 and 公顷.
  it.each(areaBoundary(500, 'm2', 'atMost'))('a reserve of %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...plan, reserveQuotaM2: value })).toBe(holds ? 'pass' : 'fail');
  });
});
