import { describe, expect, it } from 'vitest';
import { areaBoundary, describeStatuses, statusOf } from '../../helpers.js';

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

// Hand-picked cases: 14-agricultural-land-original-use.cases.yaml.
describe(ID, () => {
  it.each(areaBoundary(200, 'm2', 'atMost'))('a pavilion on %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...ok, facilityType: 'pavilion', footprintM2: value })).toBe(holds ? 'pass' : 'fail');
  });
  it.each(areaBoundary(60, 'm2', 'atMost'))('an irrigation pump station on %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...ok, facilityType: 'irrigation-pump-station', footprintM2: value })).toBe(holds ? 'pass' : 'fail');
  });
});
