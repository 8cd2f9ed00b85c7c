import { describe, expect, it } from 'vitest';
import { areaBoundary, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'lz-consolidation/permanent-basic-farmland-increase';
const project = { projectType: 'land-consolidation', permanentBasicFarmlandAdjustedM2: 40_000, permanentBasicFarmlandBeforeM2: 1_000_000 };

describeStatuses(ID, {
  pass: { ...project, permanentBasicFarmlandAfterM2: 1_002_000 },
  fail: { ...project, permanentBasicFarmlandAfterM2: 1_001_999.99 },
  notApplicable: { ...project, permanentBasicFarmlandAdjustedM2: 0, permanentBasicFarmlandAfterM2: 900_000 },
  undetermined: { projectType: 'land-consolidation', permanentBasicFarmlandAdjustedM2: 40_000, permanentBasicFarmlandBeforeM2: 1 },
});

// Hand-picked cases: permanent-basic-farmland-increase.cases.yaml.
describe(ID, () => {
  // 5% of 40 000 m² adjusted = an increase of at least 2 000 m² (3 亩, 0.2 公顷).
  it.each(areaBoundary(1_002_000, 'm2', 'atLeast', ['m2']))('an area after of %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...project, permanentBasicFarmlandAfterM2: value })).toBe(holds ? 'pass' : 'fail');
  });
});
