import { describe, expect, it } from 'vitest';
import { areaBoundary, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'pilot-land-saving-2023/26-mixed-industrial-land-compatible-uses';
const project = { projectType: 'industrial', isNewProject: true, aboveGroundFloorAreaM2: 100_000, compatibleFacilitiesSplitTransferred: false };

describeStatuses(ID, {
  pass: { ...project, compatibleProductionServiceFloorAreaM2: 15_000, officeAndLivingFloorAreaM2: 15_000 },
  fail: { ...project, compatibleProductionServiceFloorAreaM2: 15_000.01, officeAndLivingFloorAreaM2: 0 },
  notApplicable: { ...project, isNewProject: false, compatibleProductionServiceFloorAreaM2: 90_000, officeAndLivingFloorAreaM2: 0 },
  undetermined: { ...project, compatibleProductionServiceFloorAreaM2: 100 },
});

// Hand-picked cases: 26-mixed-industrial-land-compatible-uses.cases.yaml.
describe(ID, () => {
  // 15% of 100 000 m² = 15 000 m² = 22.5 亩 = 1.5 公顷, for each group.
  it.each(areaBoundary(15_000, 'm2', 'atMost'))('compatible production services on %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...project, compatibleProductionServiceFloorAreaM2: value, officeAndLivingFloorAreaM2: 0 })).toBe(holds ? 'pass' : 'fail');
  });
  it.each(areaBoundary(15_000, 'm2', 'atMost'))('offices and living services on %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...project, compatibleProductionServiceFloorAreaM2: 0, officeAndLivingFloorAreaM2: value })).toBe(holds ? 'pass' : 'fail');
  });
});
