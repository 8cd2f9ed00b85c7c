import { describeStatuses } from '../../helpers.js';

const ID = 'gx-rural-land-2023/07-planning-permit-basis';
const request = { planningPermitRequested: true };

describeStatuses(ID, {
  pass: { ...request, hasApprovedDetailedOrVillagePlan: true },
  fail: { ...request, hasApprovedDetailedOrVillagePlan: false, projectType: 'rural-housing', countyGeneralRulesIssued: false },
  notApplicable: { planningPermitRequested: false, hasApprovedDetailedOrVillagePlan: false },
  undetermined: { ...request, hasApprovedDetailedOrVillagePlan: false, projectType: 'rural-housing' },
});
