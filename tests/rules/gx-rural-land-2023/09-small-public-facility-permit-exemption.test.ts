import { describe, expect, it } from 'vitest';
import { areaBoundary, check, describeStatuses, statusOf } from '../../helpers.js';

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

describe(ID, () => {
  it.each(areaBoundary(400, 'm2', 'atMost'))('a small telecom facility on %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...ok, facilityType: 'telecom', siteAreaM2: value })).toBe(holds ? 'pass' : 'fail');
  });
  it('lets an outdoor basketball court of any size qualify', async () => {
    expect(await statusOf(ID, { ...ok, facilityType: 'outdoor-basketball-court', siteAreaM2: 1200 })).toBe('pass');
    expect(await statusOf(ID, { ...ok, facilityType: 'outdoor-basketball-court' })).toBe('pass');
  });
  it('but a culture-sports facility of 401 m² does not', async () => {
    expect(await statusOf(ID, { ...ok, facilityType: 'culture-sports', siteAreaM2: 401 })).toBe('fail');
  });
  it('reads the 400 m² limit as group (c) only: a 600 m² sewage plant qualifies', async () => {
    const result = await check(ID, { ...ok, facilityType: 'sewage-treatment', siteAreaM2: 600 });
    expect(result.status).toBe('pass');
    expect(result.conclusions).toEqual({ facilityGroup: 'living-environment', planningPermitExempt: true });
  });
  it('a village road needs no area', async () => {
    expect(await statusOf(ID, { ...ok, facilityType: 'village-road' })).toBe('pass');
  });
  // Second reading: each group closes with 等; a type the text does not name used to fail outright.
  it('a facility type the lists do not name needs a recorded determination of its group', async () => {
    const open = await check(ID, { ...ok, facilityType: 'village-greening', siteAreaM2: 50 });
    expect(open.status).toBe('undetermined');
    expect(open.missingFacts).toEqual(['publicFacilityGroupDetermined']);
    expect(await statusOf(ID, { ...ok, facilityType: 'warehouse', siteAreaM2: 50, publicFacilityGroupDetermined: 'none' })).toBe('fail');
    const living = await check(ID, { ...ok, facilityType: 'village-greening', siteAreaM2: 5000, publicFacilityGroupDetermined: 'living-environment' });
    expect(living.status).toBe('pass');
    expect(living.conclusions.facilityGroup).toBe('living-environment');
  });
  it('a type determined to be a small scattered facility keeps the 400 m² limit, at the bound and one step either side', async () => {
    const facts = { ...ok, facilityType: 'village-library', publicFacilityGroupDetermined: 'small-scattered-public-facility' };
    expect(await statusOf(ID, { ...facts, siteAreaM2: 399.99 })).toBe('pass');
    expect(await statusOf(ID, { ...facts, siteAreaM2: 400 })).toBe('pass');
    expect(await statusOf(ID, { ...facts, siteAreaM2: 400.01 })).toBe('fail');
  });
  it('is not available before the city or county publishes its rules', async () => {
    const result = await check(ID, { ...ok, localImplementationRulesPublished: false, facilityType: 'village-road' }, { locale: 'en' });
    expect(result.status).toBe('fail');
    expect(result.message).toMatch(/nothing is violated/);
  });
});
