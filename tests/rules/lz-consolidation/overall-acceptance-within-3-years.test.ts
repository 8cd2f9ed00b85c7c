import { describe, expect, it } from 'vitest';
import { check, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'lz-consolidation/overall-acceptance-within-3-years';
const project = { projectType: 'land-consolidation', projectApprovedOn: '2022-06-15' };

describeStatuses(ID, {
  pass: { ...project, overallAcceptedOn: '2025-06-15' },
  fail: { ...project, overallAcceptedOn: '2025-06-16' },
  notApplicable: { projectType: 'land-consolidation', overallAcceptedOn: '2025-06-16' },
  undetermined: { ...project, overallAcceptedOn: 'soon' },
});

describe(ID, () => {
  // 2022-06-15 + 3 years ends 2025-06-15 (Civil Code arts. 201–202).
  it.each([
    ['2025-06-14', 'pass'],
    ['2025-06-15', 'pass'],
    ['2025-06-16', 'fail'],
  ])('accepted on %s: %s', async (acceptedOn, status) => {
    expect(await statusOf(ID, { ...project, overallAcceptedOn: acceptedOn })).toBe(status);
  });
  it.each([
    ['2025-06-15', 'pass'],
    ['2025-06-16', 'fail'],
  ])('not yet accepted, as of %s: %s', async (asOf, status) => {
    expect(await statusOf(ID, project, { asOf })).toBe(status);
  });
  it('a deadline on a Sunday stays on the Sunday', async () => {
    // 2026-03-01 is a Sunday; no art. 203 shift for an administrative cycle.
    const result = await check(ID, { projectType: 'land-consolidation', projectApprovedOn: '2023-03-01' }, { asOf: '2026-03-02' });
    expect(result.conclusions).toEqual({ acceptanceDeadline: '2026-03-01' });
    expect(result.status).toBe('fail');
  });
  it('a project approved on 29 February is due on 28 February', async () => {
    expect((await check(ID, { projectType: 'land-consolidation', projectApprovedOn: '2024-02-29' })).conclusions).toEqual({ acceptanceDeadline: '2027-02-28' });
  });
  it('an invalid approval date is undetermined, not "not applicable"', async () => {
    expect(await statusOf(ID, { projectType: 'land-consolidation', projectApprovedOn: '2022-02-30' })).toBe('undetermined');
  });
});
