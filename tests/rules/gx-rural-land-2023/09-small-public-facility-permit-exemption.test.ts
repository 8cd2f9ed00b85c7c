import { describe, expect, it } from 'vitest';
import { areaBoundary, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'gx-rural-land-2023/09-small-public-facility-permit-exemption';
const ok = {
  projectType: 'public-facility',
  listedInRuralRevitalizationPlan: true,
  conformsToSpatialPlan: true,
  meetsTechnicalStandards: true,
  safeUseEnsured: true,
  localImplementationRulesPublished: true,
};

describeStatuses(ID, {
  pass: { ...ok, facilityType: 'power-supply', siteAreaM2: 400 },
  fail: { ...ok, facilityType: 'power-supply', siteAreaM2: 400.01 },
  notApplicable: { ...ok, projectType: 'facility-agriculture', facilityType: 'power-supply', siteAreaM2: 100 },
  undetermined: { ...ok, facilityType: 'telecom' },
});

// Hand-picked cases: 09-small-public-facility-permit-exemption.cases.yaml.
describe(ID, () => {
  it.each(areaBoundary(400, 'm2', 'atMost'))('a small telecom facility on %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...ok, facilityType: 'telecom', siteAreaM2: value })).toBe(holds ? 'pass' : 'fail');
  });
});
