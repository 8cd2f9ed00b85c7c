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
  it('a warehouse is not among the facilities', async () => {
    expect(await statusOf(ID, { ...ok, facilityType: 'warehouse', footprintM2: 10, hardensGround: false })).toBe('fail');
  });
});
