import { describeStatuses } from '../../helpers.js';

const ID = 'pilot-land-saving-2023/24-collective-land-market-entry-negative-list';
const ok = {
  projectType: 'collective-land-market-entry',
  convertedFromAgriculturalLand: false,
  includesHomestead: false,
  plannedUse: 'industrial',
  villagePlanCompleted: true,
  ownershipAndUseRightsRegistered: true,
};

describeStatuses(ID, {
  pass: ok,
  fail: { ...ok, plannedUse: 'commercial-housing' },
  notApplicable: { ...ok, projectType: 'industrial' },
  undetermined: { projectType: 'collective-land-market-entry', convertedFromAgriculturalLand: false },
});
