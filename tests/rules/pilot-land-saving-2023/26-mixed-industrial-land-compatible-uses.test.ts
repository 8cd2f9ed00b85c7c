import { describe, expect, it } from 'vitest';
import { areaBoundary, check, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'pilot-land-saving-2023/26-mixed-industrial-land-compatible-uses';
const project = { projectType: 'industrial', isNewProject: true, aboveGroundFloorAreaM2: 100_000, compatibleFacilitiesSplitTransferred: false };

describeStatuses(ID, {
  pass: { ...project, compatibleProductionServiceFloorAreaM2: 15_000, officeAndLivingFloorAreaM2: 15_000 },
  fail: { ...project, compatibleProductionServiceFloorAreaM2: 15_000.01, officeAndLivingFloorAreaM2: 0 },
  notApplicable: { ...project, isNewProject: false, compatibleProductionServiceFloorAreaM2: 90_000, officeAndLivingFloorAreaM2: 0 },
  undetermined: { ...project, compatibleProductionServiceFloorAreaM2: 100 },
});

describe(ID, () => {
  // 15% of 100 000 m² = 15 000 m² = 22.5 亩 = 1.5 公顷, for each group.
  it.each(areaBoundary(15_000, 'm2', 'atMost'))('compatible production services on %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...project, compatibleProductionServiceFloorAreaM2: value, officeAndLivingFloorAreaM2: 0 })).toBe(holds ? 'pass' : 'fail');
  });
  it.each(areaBoundary(15_000, 'm2', 'atMost'))('offices and living services on %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...project, compatibleProductionServiceFloorAreaM2: 0, officeAndLivingFloorAreaM2: value })).toBe(holds ? 'pass' : 'fail');
  });
  it('a split transfer of compatible facilities fails', async () => {
    expect(await statusOf(ID, { ...project, compatibleFacilitiesSplitTransferred: true, compatibleProductionServiceFloorAreaM2: 0, officeAndLivingFloorAreaM2: 0 })).toBe('fail');
  });
  it('gives both maxima', async () => {
    expect((await check(ID, { ...project, compatibleProductionServiceFloorAreaM2: 0, officeAndLivingFloorAreaM2: 0 })).conclusions).toEqual({
      maxCompatibleProductionServiceFloorAreaM2: 15_000,
      maxOfficeAndLivingFloorAreaM2: 15_000,
    });
  });
});

// Second reading (D5): 产业用地 covers warehousing and research land; they were not applicable before.
describe(`${ID}: 产业用地`, () => {
  it.each(['industrial', 'warehousing', 'research'])('a new %s project is held to the 15%% shares', async (projectType) => {
    expect(await statusOf(ID, { ...project, projectType, compatibleProductionServiceFloorAreaM2: 0, officeAndLivingFloorAreaM2: 20_000 })).toBe('fail');
    expect(await statusOf(ID, { ...project, projectType, compatibleProductionServiceFloorAreaM2: 0, officeAndLivingFloorAreaM2: 15_000 })).toBe('pass');
  });
  it('another project type is not concerned', async () => {
    expect(await statusOf(ID, { ...project, projectType: 'commercial', compatibleProductionServiceFloorAreaM2: 0, officeAndLivingFloorAreaM2: 20_000 })).toBe('not-applicable');
  });
});
