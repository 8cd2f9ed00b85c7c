import { describe, expect, it } from 'vitest';
import { describeStatuses, statusOf } from '../../helpers.js';

const ID = 'gx-rural-land-2023/15-no-unauthorised-collective-land-transfer';

describeStatuses(ID, {
  pass: { collectiveLandUseRightTransfer: 'sublease', transferApprovedByLaw: true, ownerConsent: true },
  fail: { collectiveLandUseRightTransfer: 'resale', transferApprovedByLaw: true, ownerConsent: false },
  notApplicable: { collectiveLandUseRightTransfer: 'inheritance', transferApprovedByLaw: false, ownerConsent: false },
  undetermined: { collectiveLandUseRightTransfer: 'resale', ownerConsent: true },
});

describe(ID, () => {
  it('approval without consent, or consent without approval, is unauthorised', async () => {
    expect(await statusOf(ID, { collectiveLandUseRightTransfer: 'resale', transferApprovedByLaw: false, ownerConsent: true })).toBe('fail');
    expect(await statusOf(ID, { collectiveLandUseRightTransfer: 'resale', transferApprovedByLaw: true, ownerConsent: false })).toBe('fail');
  });
});
