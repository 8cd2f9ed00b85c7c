import { describe, expect, it } from 'vitest';
import { areaBoundary, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'gx-rural-land-2023/11-small-facility-agriculture-filing';
const farm = { projectType: 'facility-agriculture' };

describeStatuses(ID, {
  pass: { ...farm, siteAreaM2: 500, floorAreaM2: 1000 },
  fail: { ...farm, siteAreaM2: 501, floorAreaM2: 800 },
  notApplicable: { projectType: 'rural-housing', siteAreaM2: 100, floorAreaM2: 100 },
  undetermined: { ...farm, siteAreaM2: 300 },
});

// Hand-picked cases: 11-small-facility-agriculture-filing.cases.yaml.
describe(ID, () => {
  it.each(areaBoundary(500, 'm2', 'atMost'))('a site of %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...farm, siteAreaM2: value, floorAreaM2: 1000 })).toBe(holds ? 'pass' : 'fail');
  });
  it.each(areaBoundary(1000, 'm2', 'atMost'))('a floor area of %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...farm, siteAreaM2: 500, floorAreaM2: value })).toBe(holds ? 'pass' : 'fail');
  });
});
