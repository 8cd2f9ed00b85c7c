import { describe, expect, it } from 'vitest';
import { areaBoundary, check, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'gx-rural-land-2023/14-agricultural-land-original-use';
const ok = {
  projectType: 'agricultural-service-facility',
  listedInRuralRevitalizationPlan: true,
  servesAgriForestryProduction: true,
  occupiesCultivatedLand: false,
  occupiesPermanentBasicFarmland: false,
};

describeStatuses(ID, {
  pass: { ...ok, facilityType: 'pavilion', footprintM2: 200 },
  fail: { ...ok, facilityType: 'pavilion', footprintM2: 200.01 },
  notApplicable: { ...ok, projectType: 'public-facility', facilityType: 'pavilion', footprintM2: 20 },
  undetermined: { ...ok, facilityType: 'pavilion' },
});

describe(ID, () => {
  it.each(areaBoundary(200, 'm2', 'atMost'))('a pavilion on %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...ok, facilityType: 'pavilion', footprintM2: value })).toBe(holds ? 'pass' : 'fail');
  });
  it.each(areaBoundary(60, 'm2', 'atMost'))('an irrigation pump station on %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...ok, facilityType: 'irrigation-pump-station', footprintM2: value })).toBe(holds ? 'pass' : 'fail');
  });
  it('a boardwalk has no area limit but must not harden the ground', async () => {
    expect(await statusOf(ID, { ...ok, facilityType: 'boardwalk', hardensGround: false, footprintM2: 5000 })).toBe('pass');
    expect(await statusOf(ID, { ...ok, facilityType: 'boardwalk', hardensGround: true })).toBe('fail');
    const unknown = await check(ID, { ...ok, facilityType: 'boardwalk' });
    expect(unknown.status).toBe('undetermined');
    expect(unknown.missingFacts).toEqual(['hardensGround']);
  });
  it('a 100 m² high-level water tank is over its own 60 m² limit', async () => {
    expect(await statusOf(ID, { ...ok, facilityType: 'high-level-water-tank', footprintM2: 100 })).toBe('fail');
  });
  it('any occupation of cultivated land rules it out', async () => {
    expect(await statusOf(ID, { ...ok, occupiesCultivatedLand: true, facilityType: 'pavilion', footprintM2: 10 })).toBe('fail');
    expect(await statusOf(ID, { ...ok, occupiesPermanentBasicFarmland: true, facilityType: 'pavilion', footprintM2: 10 })).toBe('fail');
  });
  // Second reading: groups (b) and (c) close with 等; a type they do not name used to fail outright.
  it('a facility type the lists do not name needs a recorded determination of its group', async () => {
    const open = await check(ID, { ...ok, facilityType: 'warehouse', footprintM2: 10, hardensGround: false });
    expect(open.status).toBe('undetermined');
    expect(open.missingFacts).toEqual(['serviceFacilityGroupDetermined']);
    expect(await statusOf(ID, { ...ok, facilityType: 'warehouse', footprintM2: 10, serviceFacilityGroupDetermined: 'none' })).toBe('fail');
  });
  it.each([
    ['single-structure', 200],
    ['small-water-works', 60],
  ] as const)('a type determined to be %s keeps its %i m² limit, at the bound and one step either side', async (group, bound) => {
    const facts = { ...ok, facilityType: 'fish-pond-aerator-house', serviceFacilityGroupDetermined: group };
    expect(await statusOf(ID, { ...facts, footprintM2: bound - 0.01 })).toBe('pass');
    expect(await statusOf(ID, { ...facts, footprintM2: bound })).toBe('pass');
    expect(await statusOf(ID, { ...facts, footprintM2: bound + 0.01 })).toBe('fail');
  });
  it('group (a) names its kinds without 等: a named single structure is not let in by a determination', async () => {
    expect(await statusOf(ID, { ...ok, facilityType: 'pavilion', footprintM2: 250, serviceFacilityGroupDetermined: 'single-structure' })).toBe('fail');
  });
});
