import { describe, expect, it } from 'vitest';
import { describeStatuses, statusOf } from '../../helpers.js';

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
