import { describe, expect, it } from 'vitest';
import { check, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'lz-consolidation/surplus-supplementary-farmland-quota-trading';
const ok = { tradesSurplusSupplementaryFarmlandQuota: true, quotaTakenUpByRegionAndCity: true, ownOccupationCompensationNeedsMet: true, otherTransferConditionsMet: true };

describeStatuses(ID, {
  pass: { ...ok, tradingVenue: 'liuzhou-quota-platform' },
  fail: { ...ok, tradingVenue: 'private-agreement' },
  notApplicable: { ...ok, tradesSurplusSupplementaryFarmlandQuota: false, tradingVenue: 'private-agreement' },
  undetermined: { ...ok },
});

describe(ID, () => {
  it('the jurisdiction’s own needs come first', async () => {
    expect(await statusOf(ID, { ...ok, ownOccupationCompensationNeedsMet: false, tradingVenue: 'liuzhou-quota-platform' })).toBe('fail');
  });
  // Second reading: the 收储 precondition was not checked.
  it('only quota the region and the city have taken up first may be traded, and that is needed', async () => {
    expect(await statusOf(ID, { ...ok, quotaTakenUpByRegionAndCity: false, tradingVenue: 'liuzhou-quota-platform' })).toBe('fail');
    const { quotaTakenUpByRegionAndCity: _omitted, ...rest } = ok;
    const result = await check(ID, { ...rest, tradingVenue: 'liuzhou-quota-platform' });
    expect(result.status).toBe('undetermined');
    expect(result.missingFacts).toEqual(['quotaTakenUpByRegionAndCity']);
  });
  it('a fail means the option is not open, not a violation (可, conventions §4)', async () => {
    const result = await check(ID, { ...ok, tradingVenue: 'private-agreement' });
    expect(result.strength).toBe('encouraged');
    expect(result.consequence).toBe('not-eligible');
  });
});
