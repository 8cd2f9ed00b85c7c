import { describe, expect, it } from 'vitest';
import { check, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'pilot-land-saving-2023/28-permits-within-one-working-day';
const project = { projectType: 'industrial', landWithDesignScheme: true };
// 2025-06-13 is a Friday.
const friday = '2025-06-13';

describeStatuses(ID, {
  pass: { ...project, landPricePaidOn: friday, permitsIssuedOn: '2025-06-16' },
  fail: { ...project, landPricePaidOn: friday, permitsIssuedOn: '2025-06-17' },
  notApplicable: { ...project, landWithDesignScheme: false, landPricePaidOn: friday, permitsIssuedOn: '2025-06-30' },
  undetermined: { ...project, permitsIssuedOn: '2025-06-16' },
});

describe(ID, () => {
  it.each([
    ['2025-06-13', 'pass'], // same day
    ['2025-06-16', 'pass'], // Monday: the first working day after a Friday payment
    ['2025-06-17', 'fail'],
  ])('paid on Friday, permits on %s: %s', async (issued, status) => {
    expect(await statusOf(ID, { ...project, landPricePaidOn: friday, permitsIssuedOn: issued })).toBe(status);
  });
  it('a Tuesday payment is due on Wednesday', async () => {
    expect(await statusOf(ID, { ...project, landPricePaidOn: '2025-06-10', permitsIssuedOn: '2025-06-11' })).toBe('pass');
    expect(await statusOf(ID, { ...project, landPricePaidOn: '2025-06-10', permitsIssuedOn: '2025-06-12' })).toBe('fail');
  });
  it('the caller’s holidays move the day, and the result says which calendar was used', async () => {
    const result = await check(ID, { ...project, landPricePaidOn: friday, permitsIssuedOn: '2025-06-17' }, { holidays: ['2025-06-16'] });
    expect(result.status).toBe('pass');
    expect(result.conclusions).toEqual({ permitDeadline: '2025-06-17', calendar: 'Monday–Friday; rest days added: 2025-06-16' });
  });
  it('a weekend working day (调休) counts', async () => {
    const result = await check(ID, { ...project, landPricePaidOn: friday, permitsIssuedOn: '2025-06-16' }, { workdays: ['2025-06-14'] });
    expect(result.status).toBe('fail');
    expect(result.conclusions.permitDeadline).toBe('2025-06-14');
  });
  it.each([
    ['2025-06-16', 'pass'],
    ['2025-06-17', 'fail'],
  ])('permits not yet issued, as of %s: %s', async (asOf, status) => {
    expect(await statusOf(ID, { ...project, landPricePaidOn: friday }, { asOf })).toBe(status);
  });
});
