import { describe, expect, it } from 'vitest';
import { evaluate, type Facts } from '../../../src/index.js';
import { areaBoundary, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'lz-proposal-048/village-point-supply-reserve';
const plan = { planType: 'village-plan', plannedNewConstructionLandM2: 6_000 };

describeStatuses(ID, {
  pass: { ...plan, pointSupplyReserveM2: 300 },
  fail: { ...plan, pointSupplyReserveM2: 300.01 },
  notApplicable: { ...plan, planType: 'township-spatial-plan', pointSupplyReserveM2: 5_000 },
  undetermined: { planType: 'village-plan', pointSupplyReserveM2: 10 },
});

// Hand-picked cases: village-point-supply-reserve.cases.yaml.
describe(ID, () => {
  // 5% of 6 000 m² is 300 m² = 0.45 亩 = 0.03 公顷.
  it.each(areaBoundary(300, 'm2', 'atMost'))('a point-supply reserve of %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...plan, pointSupplyReserveM2: value })).toBe(holds ? 'pass' : 'fail');
  });
  // Evaluates two rules of two documents together, which a case (one rule) cannot say.
  it('a Liuzhou village plan is held to both 5% caps, each on its own base', async () => {
    const village: Facts = {
      planType: 'village-plan',
      plannedVillageConstructionLandM2: 20_000, // Guangxi: 5% → 1 000 m²
      reserveQuotaM2: 800,
      plannedNewConstructionLandM2: 6_000, // Liuzhou: 5% → 300 m²
      pointSupplyReserveM2: 400,
    };
    const report = await evaluate(village, { asOf: '2025-06-30', jurisdiction: '450200' });
    const guangxi = report.results.find((r) => r.ruleId === 'gx-rural-land-2023/02-village-reserve-quota')!;
    const liuzhou = report.results.find((r) => r.ruleId === ID)!;
    expect([guangxi.status, liuzhou.status]).toEqual(['pass', 'fail']);
    expect(guangxi.conclusions.maxReserveQuotaM2).toBe(1_000);
    expect(liuzhou.conclusions.maxPointSupplyReserveM2).toBe(300);
  });
});
