import { describe, expect, it } from 'vitest';
import { describeStatuses, statusOf } from '../../helpers.js';

const ID = 'pilot-land-saving-2023/29-industrial-split-transfer';
const ok = {
  projectType: 'industrial-split-transfer',
  changesUseOrPlanningConditions: false,
  independentUseAndSafetyMet: true,
  buyerIsCertifiedChainPartner: true,
  contractForbidsSplit: false,
  includesOfficeOrLivingFacilities: false,
};

describeStatuses(ID, {
  pass: ok,
  fail: { ...ok, buyerIsCertifiedChainPartner: false },
  notApplicable: { ...ok, projectType: 'industrial' },
  undetermined: { ...ok, contractForbidsSplit: true },
});

describe(ID, () => {
  it('a contractual ban is lifted by approval and an amended contract', async () => {
    expect(await statusOf(ID, { ...ok, contractForbidsSplit: true, approvedAndContractAmended: true })).toBe('pass');
    expect(await statusOf(ID, { ...ok, contractForbidsSplit: true, approvedAndContractAmended: false })).toBe('fail');
  });
  it('office and living facilities may not be split off', async () => {
    expect(await statusOf(ID, { ...ok, includesOfficeOrLivingFacilities: true })).toBe('fail');
  });
});
