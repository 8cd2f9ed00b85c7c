import { describeStatuses } from '../../helpers.js';

const ID = 'gx-rural-land-2023/15-no-unauthorised-collective-land-transfer';

describeStatuses(ID, {
  pass: { collectiveLandUseRightTransfer: 'sublease', transferApprovedByLaw: true, ownerConsent: true },
  fail: { collectiveLandUseRightTransfer: 'resale', transferApprovedByLaw: true, ownerConsent: false },
  notApplicable: { collectiveLandUseRightTransfer: 'inheritance', transferApprovedByLaw: false, ownerConsent: false },
  undetermined: { collectiveLandUseRightTransfer: 'resale', ownerConsent: true },
});
