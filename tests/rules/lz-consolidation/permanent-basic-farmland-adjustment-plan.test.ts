import { describe, expect, it } from 'vitest';
import { describeStatuses, statusOf } from '../../helpers.js';

const ID = 'lz-consolidation/permanent-basic-farmland-adjustment-plan';
const project = { projectType: 'land-consolidation', permanentBasicFarmlandAdjustedM2: 5_000 };

describeStatuses(ID, {
  pass: { ...project, pbfAdjustmentPlanPrepared: true, pbfAdjustmentPlanApprovedByRegion: true },
  fail: { ...project, pbfAdjustmentPlanPrepared: true, pbfAdjustmentPlanApprovedByRegion: false },
  notApplicable: { projectType: 'land-consolidation', permanentBasicFarmlandAdjustedM2: 0, pbfAdjustmentPlanPrepared: false },
  undetermined: { ...project, pbfAdjustmentPlanPrepared: true },
});

describe(ID, () => {
  it.each([
    [0, 'not-applicable'],
    [0.01, 'fail'],
  ])('an adjustment of %s m² with no plan: %s', async (adjusted, status) => {
    expect(await statusOf(ID, { projectType: 'land-consolidation', permanentBasicFarmlandAdjustedM2: adjusted, pbfAdjustmentPlanPrepared: false, pbfAdjustmentPlanApprovedByRegion: false })).toBe(status);
  });
});
