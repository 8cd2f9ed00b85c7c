import { describe, expect, it } from 'vitest';
import { check, describeStatuses } from '../../helpers.js';

const ID = 'pilot-land-saving-2023/24-collective-land-market-entry-negative-list';
const ok = {
  projectType: 'collective-land-market-entry',
  convertedFromAgriculturalLand: false,
  includesHomestead: false,
  plannedUse: 'industrial',
  villagePlanCompleted: true,
  ownershipAndUseRightsRegistered: true,
};

describeStatuses(ID, {
  pass: ok,
  fail: { ...ok, plannedUse: 'commercial-housing' },
  notApplicable: { ...ok, projectType: 'industrial' },
  undetermined: { projectType: 'collective-land-market-entry', convertedFromAgriculturalLand: false },
});

describe(ID, () => {
  it('lists every violated item in its reasons', async () => {
    const result = await check(ID, { ...ok, convertedFromAgriculturalLand: true, includesHomestead: true, villagePlanCompleted: false });
    expect(result.status).toBe('fail');
    expect(result.reasons.filter((r) => !r.holds).map((r) => r.fact)).toEqual(['convertedFromAgriculturalLand', 'includesHomestead', 'villagePlanCompleted']);
  });
});
