import { describe, expect, it } from 'vitest';
import { areaBoundary, check, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'lz-consolidation/permanent-basic-farmland-increase';
const project = { projectType: 'land-consolidation', permanentBasicFarmlandAdjustedM2: 40_000, permanentBasicFarmlandBeforeM2: 1_000_000 };

describeStatuses(ID, {
  pass: { ...project, permanentBasicFarmlandAfterM2: 1_002_000 },
  fail: { ...project, permanentBasicFarmlandAfterM2: 1_001_999.99 },
  notApplicable: { ...project, permanentBasicFarmlandAdjustedM2: 0, permanentBasicFarmlandAfterM2: 900_000 },
  undetermined: { projectType: 'land-consolidation', permanentBasicFarmlandAdjustedM2: 40_000, permanentBasicFarmlandBeforeM2: 1 },
});

describe(ID, () => {
  // 5% of 40 000 m² adjusted = an increase of at least 2 000 m² (3 亩, 0.2 公顷).
  it.each(areaBoundary(1_002_000, 'm2', 'atLeast', ['m2']))('an area after of %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...project, permanentBasicFarmlandAfterM2: value })).toBe(holds ? 'pass' : 'fail');
  });
  it.each([
    [{ value: 3, unit: 'mu' }, 'pass'],
    [{ value: 0.2, unit: 'ha' }, 'pass'],
    [{ value: 2.9999, unit: 'mu' }, 'fail'],
    [{ value: 0.199999, unit: 'ha' }, 'fail'],
  ])('an increase of %o over 0 m²', async (after, status) => {
    expect(await statusOf(ID, { ...project, permanentBasicFarmlandBeforeM2: 0, permanentBasicFarmlandAfterM2: after })).toBe(status);
  });
  it('an adjustment of 0.01 m² already selects the rule', async () => {
    expect(await statusOf(ID, { ...project, permanentBasicFarmlandAdjustedM2: 0.01, permanentBasicFarmlandAfterM2: 1_000_000 })).toBe('fail');
  });
  it('a decrease is reported as a negative increase', async () => {
    const result = await check(ID, { ...project, permanentBasicFarmlandAfterM2: 990_000 });
    expect(result.conclusions).toEqual({ permanentBasicFarmlandIncreaseM2: -10_000, minPermanentBasicFarmlandIncreaseM2: 2_000 });
  });
});
