import { describe, expect, it } from 'vitest';
import { check, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'gx-rural-land-2023/15-collective-commercial-land-market-entry';
const ok = { projectType: 'collective-land-market-entry', conformsToSpatialPlan: true, legallyRegistered: true };

describeStatuses(ID, {
  pass: { ...ok, collectiveLandUse: 'industrial' },
  fail: { ...ok, collectiveLandUse: 'residential' },
  notApplicable: { ...ok, projectType: 'industrial', collectiveLandUse: 'industrial' },
  undetermined: { ...ok },
});

describe(ID, () => {
  it('accepts commercial use and refuses unregistered land', async () => {
    expect(await statusOf(ID, { ...ok, collectiveLandUse: 'commercial' })).toBe('pass');
    expect(await statusOf(ID, { ...ok, legallyRegistered: false, collectiveLandUse: 'commercial' })).toBe('fail');
  });
});

// Second reading (D1): 「工業、商業等集體經營性建設用地」 is open; warehousing or tourism land used to fail.
describe(`${ID}: an open list`, () => {
  it('a named use holds, housing and homesteads never do, any other needs a recorded determination', async () => {
    expect(await statusOf(ID, { ...ok, collectiveLandUse: 'commercial' })).toBe('pass');
    for (const use of ['commercial-housing', 'homestead', 'residential']) {
      expect(await statusOf(ID, { ...ok, collectiveLandUse: use, deemedCollectiveOperatingLand: true })).toBe('fail');
    }
    const open = await check(ID, { ...ok, collectiveLandUse: 'warehousing' });
    expect(open.status).toBe('undetermined');
    expect(open.missingFacts).toEqual(['deemedCollectiveOperatingLand']);
    expect(await statusOf(ID, { ...ok, collectiveLandUse: 'tourism', deemedCollectiveOperatingLand: true })).toBe('pass');
    expect(await statusOf(ID, { ...ok, collectiveLandUse: 'tourism', deemedCollectiveOperatingLand: false })).toBe('fail');
  });
});
