import { describe, expect, it } from 'vitest';
import { areaBoundary, check, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'gx-rural-land-2023/02-village-reserve-quota';
const plan = { planType: 'village-plan', plannedVillageConstructionLandM2: 10_000 };

describeStatuses(ID, {
  pass: { ...plan, reserveQuotaM2: 500, reserveQuotaModes: ['point-indication'] },
  fail: { ...plan, reserveQuotaM2: 500.01 },
  notApplicable: { planType: 'county-spatial-plan', plannedVillageConstructionLandM2: 10_000, reserveQuotaM2: 900 },
  undetermined: { planType: 'township-spatial-plan', reserveQuotaM2: 100 },
});

describe(ID, () => {
  // 5% of 10 000 m² is 500 m²: the bound, one step either side, in m², 亩 and 公顷.
  it.each(areaBoundary(500, 'm2', 'atMost'))('a reserve of %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...plan, reserveQuotaM2: value })).toBe(holds ? 'pass' : 'fail');
  });

  it('is exact where floating point is not: 15 m² is exactly 5% of 300 m²', async () => {
    const result = await check(ID, { planType: 'village-plan', plannedVillageConstructionLandM2: 300, reserveQuotaM2: 15 });
    expect(result.status).toBe('pass');
    expect(result.conclusions).toEqual({ maxReserveQuotaM2: 15, remainingReserveQuotaM2: 0 });
  });

  it('takes the base in another unit: 15 亩 of planned land allows 500 m²', async () => {
    const result = await check(ID, { planType: 'village-plan', plannedVillageConstructionLandM2: { value: 15, unit: 'mu' }, reserveQuotaM2: 500 });
    expect(result.status).toBe('pass');
    expect(result.conclusions.maxReserveQuotaM2).toBe(500);
  });

  it('passes a zero reserve and reports the whole quota as remaining', async () => {
    const result = await check(ID, { ...plan, reserveQuotaM2: 0 });
    expect(result.status).toBe('pass');
    expect(result.conclusions).toEqual({ maxReserveQuotaM2: 500, remainingReserveQuotaM2: 500 });
  });

  // Second reading: 「以…等方式」 is an open list; a mode the text does not name used to fail outright.
  it('a mode of plan control the text does not name needs a recorded determination', async () => {
    const modes = { ...plan, reserveQuotaM2: 100, reserveQuotaModes: ['use-blank', 'zoning-by-guess'] };
    const open = await check(ID, modes);
    expect(open.status).toBe('undetermined');
    expect(open.missingFacts).toEqual(['reserveQuotaModesDeemedPlanControl']);
    expect(await statusOf(ID, { ...modes, reserveQuotaModesDeemedPlanControl: true })).toBe('pass');
    expect(await statusOf(ID, { ...modes, reserveQuotaModesDeemedPlanControl: false })).toBe('fail');
    // Named modes need no determination, whatever it says.
    expect(await statusOf(ID, { ...plan, reserveQuotaM2: 100, reserveQuotaModes: ['use-blank'], reserveQuotaModesDeemedPlanControl: false })).toBe('pass');
  });
  // Second reading: an empty list of control modes used to pass (allIn on nothing is true).
  it('a reserve above 0 with an empty list of control modes fails; a reserve of 0 needs none', async () => {
    expect(await statusOf(ID, { ...plan, reserveQuotaM2: 100, reserveQuotaModes: [] })).toBe('fail');
    expect(await statusOf(ID, { ...plan, reserveQuotaM2: 0.01, reserveQuotaModes: [] })).toBe('fail');
    expect(await statusOf(ID, { ...plan, reserveQuotaM2: 0, reserveQuotaModes: [] })).toBe('pass');
  });

  it('explains the comparison after applying the 5% to the base', async () => {
    const result = await check(ID, { ...plan, reserveQuotaM2: 600 });
    expect(result.reasons[0]).toEqual({ fact: 'reserveQuotaM2', operator: 'atMost', expected: 500, actual: 600, holds: false, unit: 'm2' });
    expect(result.conclusions.remainingReserveQuotaM2).toBe(0);
  });

  it('applies to township plans too', async () => {
    expect(await statusOf(ID, { ...plan, planType: 'township-spatial-plan', reserveQuotaM2: 501 })).toBe('fail');
  });
});
