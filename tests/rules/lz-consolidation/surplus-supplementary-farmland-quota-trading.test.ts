import { describe, expect, it } from 'vitest';
import { describeStatuses, statusOf } from '../../helpers.js';

const ID = 'lz-consolidation/surplus-supplementary-farmland-quota-trading';
const ok = { tradesSurplusSupplementaryFarmlandQuota: true, ownOccupationCompensationNeedsMet: true, otherTransferConditionsMet: true };

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
});
