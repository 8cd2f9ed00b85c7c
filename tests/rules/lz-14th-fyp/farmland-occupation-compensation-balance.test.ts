import { describe, expect, it } from 'vitest';
import { areaBoundary, check, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'lz-14th-fyp/farmland-occupation-compensation-balance';
const base = { occupiesCultivatedLand: true, occupiedCultivatedLandM2: 10_000, occupiedQualityGrade: 5, compensatedQualityGrade: 5, occupiedPaddyM2: 4_000, compensatedPaddyM2: 4_000 };

describeStatuses(ID, {
  pass: { ...base, compensatedCultivatedLandM2: 10_000 },
  fail: { ...base, compensatedCultivatedLandM2: 9_999.99 },
  notApplicable: { ...base, occupiesCultivatedLand: false, compensatedCultivatedLandM2: 0 },
  undetermined: { ...base },
  options: { asOf: '2024-06-30' },
});

describe(ID, () => {
  const asOf = '2024-06-30';
  it.each(areaBoundary(10_000, 'm2', 'atLeast'))('compensation of %s for 10 000 m² occupied', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...base, compensatedCultivatedLandM2: value }, { asOf })).toBe(holds ? 'pass' : 'fail');
  });
  it.each([
    [4, 'pass'],
    [5, 'pass'],
    [6, 'fail'],
  ])('compensating grade %i for grade 5: %s', async (grade, status) => {
    expect(await statusOf(ID, { ...base, compensatedCultivatedLandM2: 10_000, compensatedQualityGrade: grade }, { asOf })).toBe(status);
  });
  it.each(areaBoundary(4_000, 'm2', 'atLeast'))('paddy compensation of %s for 4 000 m² of paddy', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...base, compensatedCultivatedLandM2: 10_000, compensatedPaddyM2: value }, { asOf })).toBe(holds ? 'pass' : 'fail');
  });
  it('names which of the three fails', async () => {
    const result = await check(ID, { ...base, compensatedCultivatedLandM2: 12_000, compensatedQualityGrade: 7, compensatedPaddyM2: 1_000 }, { asOf });
    expect(result.reasons.filter((r) => !r.holds).map((r) => r.fact)).toEqual(['compensatedQualityGrade', 'compensatedPaddyM2']);
  });
});
