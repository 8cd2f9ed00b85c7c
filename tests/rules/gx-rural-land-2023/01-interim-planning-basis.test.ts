import { describeStatuses } from '../../helpers.js';

const ID = 'gx-rural-land-2023/01-interim-planning-basis';
const base = { projectType: 'rural-revitalization', spatialPlanApproved: false };

describeStatuses(ID, {
  pass: { ...base, inCountyPlanCoreLayer: true, inRegionalOneMap: true },
  fail: { ...base, inCountyPlanCoreLayer: true, inRegionalOneMap: false },
  notApplicable: { ...base, spatialPlanApproved: true, inCountyPlanCoreLayer: true, inRegionalOneMap: true },
  undetermined: { ...base, inCountyPlanCoreLayer: true },
});
