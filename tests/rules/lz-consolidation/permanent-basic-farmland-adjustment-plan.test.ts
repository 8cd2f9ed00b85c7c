import { describeStatuses } from '../../helpers.js';

const ID = 'lz-consolidation/permanent-basic-farmland-adjustment-plan';
const project = { projectType: 'land-consolidation', permanentBasicFarmlandAdjustedM2: 5_000 };

describeStatuses(ID, {
  pass: { ...project, pbfAdjustmentPlanPrepared: true, pbfAdjustmentPlanApprovedByRegion: true },
  fail: { ...project, pbfAdjustmentPlanPrepared: true, pbfAdjustmentPlanApprovedByRegion: false },
  notApplicable: { projectType: 'land-consolidation', permanentBasicFarmlandAdjustedM2: 0, pbfAdjustmentPlanPrepared: false },
  undetermined: { ...project, pbfAdjustmentPlanPrepared: true },
});
