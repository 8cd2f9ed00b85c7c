import { describe, expect, it } from 'vitest';
import { areaBoundary, check, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'gx-rural-land-2023/13-poverty-county-special-quota';

describeStatuses(ID, {
  pass: { countyIsPovertyLifted: true, specialQuotaUsedMu: 600 },
  fail: { countyIsPovertyLifted: true, specialQuotaUsedMu: 600.5 },
  notApplicable: { countyIsPovertyLifted: false, specialQuotaUsedMu: 900 },
  undetermined: { countyIsPovertyLifted: true },
});

describe(ID, () => {
  it.each(areaBoundary(600, 'mu', 'atMost'))('using %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { countyIsPovertyLifted: true, specialQuotaUsedMu: value })).toBe(holds ? 'pass' : 'fail');
  });
  it('reports the remainder in 亩 even when use is given in 公顷', async () => {
    const result = await check(ID, { countyIsPovertyLifted: true, specialQuotaUsedMu: { value: 20, unit: 'ha' } });
    expect(result.status).toBe('pass');
    expect(result.conclusions).toEqual({ remainingSpecialQuotaMu: 300 });
  });
  it('never reports a negative remainder', async () => {
    expect((await check(ID, { countyIsPovertyLifted: true, specialQuotaUsedMu: 700 })).conclusions).toEqual({ remainingSpecialQuotaMu: 0 });
  });
});
