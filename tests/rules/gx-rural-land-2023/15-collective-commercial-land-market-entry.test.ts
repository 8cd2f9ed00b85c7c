import { describeStatuses } from '../../helpers.js';

const ID = 'gx-rural-land-2023/15-collective-commercial-land-market-entry';
const ok = { projectType: 'collective-land-market-entry', conformsToSpatialPlan: true, legallyRegistered: true };

describeStatuses(ID, {
  pass: { ...ok, collectiveLandUse: 'industrial' },
  fail: { ...ok, collectiveLandUse: 'residential' },
  notApplicable: { ...ok, projectType: 'industrial', collectiveLandUse: 'industrial' },
  undetermined: { ...ok },
});
