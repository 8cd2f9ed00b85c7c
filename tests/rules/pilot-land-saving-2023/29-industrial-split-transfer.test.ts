import { describe, expect, it } from 'vitest';
import { check, describeStatuses, statusOf } from '../../helpers.js';

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

// Second reading (D10): a fail on the 原则上 clauses alone is reported with their strength.
describe(`${ID}: strength of the deciding clause`, () => {
  it('a fail on the 原则上 clauses alone is in-principle, with the exception note', async () => {
    for (const facts of [{ ...ok, includesOfficeOrLivingFacilities: true }, { ...ok, contractForbidsSplit: true, approvedAndContractAmended: false }]) {
      const result = await check(ID, facts, { locale: 'en' });
      expect(result.status).toBe('fail');
      expect(result.strength).toBe('in-principle');
      expect(result.consequence).toBe('violation');
      expect(result.message).toMatch(/in-principle/);
    }
  });
  it('a fail on the 原则上 clauses while an unconditional clause is unknown is binding: that clause could decide it', async () => {
    const { buyerIsCertifiedChainPartner: _omitted, ...rest } = ok;
    const result = await check(ID, { ...rest, includesOfficeOrLivingFacilities: true }, { locale: 'en' });
    expect(result.status).toBe('fail');
    expect(result.strength).toBe('binding');
  });
  it('a fail on an unconditional clause is binding, even beside a 原则上 one', async () => {
    for (const facts of [{ ...ok, buyerIsCertifiedChainPartner: false }, { ...ok, buyerIsCertifiedChainPartner: false, includesOfficeOrLivingFacilities: true }]) {
      const result = await check(ID, facts, { locale: 'en' });
      expect(result.strength).toBe('binding');
      expect(result.message).not.toMatch(/in-principle/);
    }
  });
});
