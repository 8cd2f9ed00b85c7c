import { describe, expect, it } from 'vitest';
import { check, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'gx-rural-land-2023/08-permit-after-farmland-conversion';
const base = { needsRuralPlanningPermit: true, occupiesAgriculturalLand: true };

describeStatuses(ID, {
  pass: { ...base, farmlandConversionApprovedOn: '2024-05-10', ruralPlanningPermitIssuedOn: '2024-05-11' },
  fail: { ...base, farmlandConversionApprovedOn: '2024-05-10', ruralPlanningPermitIssuedOn: '2024-05-09' },
  notApplicable: { ...base, occupiesAgriculturalLand: false, ruralPlanningPermitIssuedOn: '2024-05-09' },
  undetermined: { ...base, farmlandConversionApprovedOn: '2024-05-10', ruralPlanningPermitIssuedOn: '2024-13-01' },
});

describe(ID, () => {
  it.each([
    ['2024-05-09', 'fail'],
    ['2024-05-10', 'pass'],
    ['2024-05-11', 'pass'],
  ])('a permit issued on %s after approval on 2024-05-10: %s', async (issued, status) => {
    expect(await statusOf(ID, { ...base, farmlandConversionApprovedOn: '2024-05-10', ruralPlanningPermitIssuedOn: issued })).toBe(status);
  });
  it('fails a permit issued while conversion is not approved', async () => {
    expect(await statusOf(ID, { ...base, ruralPlanningPermitIssuedOn: '2024-05-09' })).toBe('fail');
  });
  it('passes before any permit, saying whether one may now be issued', async () => {
    const pending = await check(ID, { ...base });
    expect(pending.status).toBe('pass');
    expect(pending.conclusions).toEqual({ permitMayBeIssued: false });
    const approved = await check(ID, { ...base, farmlandConversionApprovedOn: '2024-05-10' });
    expect(approved.conclusions).toEqual({ permitMayBeIssued: true });
  });
});
