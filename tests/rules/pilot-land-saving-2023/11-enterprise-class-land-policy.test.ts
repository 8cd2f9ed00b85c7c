import { describeStatuses } from '../../helpers.js';

const ID = 'pilot-land-saving-2023/11-enterprise-class-land-policy';

describeStatuses(ID, {
  pass: { requestsNewProjectLand: true, enterpriseClass: 'A' },
  fail: { requestsNewProjectLand: true, enterpriseClass: 'D' },
  notApplicable: { requestsNewProjectLand: false, enterpriseClass: 'D' },
  undetermined: { requestsNewProjectLand: true },
});
