import { describe, expect, it } from 'vitest';
import { areaBoundary, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'lz-14th-fyp/farmland-occupation-compensation-balance';
const base = {
  occupiesCultivatedLand: true,
  occupiedCultivatedLandM2: 10_000,
  occupiedQualityGrade: 5,
  compensatedQualityGrade: 5,
  occupiedPaddyM2: 4_000,
  compensatedPaddyM2: 4_000,
};

describeStatuses(ID, {
  pass: { ...base, compensatedCultivatedLandM2: 10_000 },
  fail: { ...base, compensatedCultivatedLandM2: 9_999.99 },
  notApplicable: { ...base, occupiesCultivatedLand: false, compensatedCultivatedLandM2: 0 },
  undetermined: { ...base },
  options: { asOf: '2024-06-30' },
});

// Hand-picked cases: farmland-occupation-compensation-balance.cases.yaml.
describe(ID, () => {
  const asOf = '2024-06-30';
  it.each(areaBoundary(10_000, 'm2', 'atLeast'))('compensation of %s for 10 000 m² occupied', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...base, compensatedCultivatedLandM2: value }, { asOf })).toBe(holds ? 'pass' : 'fail');
  });
  it.each(areaBoundary(4_000, 'm2', 'atLeast'))('paddy compensation of %s for 4 000 m² of paddy', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...base, compensatedCultivatedLandM2: 10_000, compensatedPaddyM2: value }, { asOf })).toBe(holds ? 'pass' : 'fail');
  });
});
