import { describe, expect, it } from 'vitest';
import { areaBoundary, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'gx-rural-land-2023/03-rural-housing-in-ecological-red-line';
const base = {
  projectType: 'rural-housing',
  inEcologicalRedLine: true,
  isOriginalResident: true,
  redLineUnitExistingConstructionLandM2: 2000,
  involvesNewConstructionLand: false,
};

describeStatuses(ID, {
  pass: { ...base, redLineUnitConstructionLandAfterM2: 2000 },
  fail: { ...base, redLineUnitConstructionLandAfterM2: 2000.01 },
  notApplicable: { ...base, inEcologicalRedLine: false, redLineUnitConstructionLandAfterM2: 2000 },
  undetermined: { ...base },
});

// Hand-picked cases: 03-rural-housing-in-ecological-red-line.cases.yaml.
describe(ID, () => {
  it.each(areaBoundary(2000, 'm2', 'atMost'))('construction land after of %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...base, redLineUnitConstructionLandAfterM2: value })).toBe(holds ? 'pass' : 'fail');
  });
});
