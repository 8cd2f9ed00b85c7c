import { describe, expect, it } from 'vitest';
import { areaBoundary, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'gx-rural-land-2023/13-poverty-county-special-quota';

describeStatuses(ID, {
  pass: { countyIsPovertyLifted: true, specialQuotaUsedMu: 600 },
  fail: { countyIsPovertyLifted: true, specialQuotaUsedMu: 600.5 },
  notApplicable: { countyIsPovertyLifted: false, specialQuotaUsedMu: 900 },
  undetermined: { countyIsPovertyLifted: true },
});

// Hand-picked cases: 13-poverty-county-special-quota.cases.yaml.
describe(ID, () => {
  it.each(areaBoundary(600, 'mu', 'atMost'))('using %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { countyIsPovertyLifted: true, specialQuotaUsedMu: value })).toBe(holds ? 'pass' : 'fail');
  });
});
