import { describe, expect, it } from 'vitest';
import { check, describeStatuses, numberBoundary, statusOf } from '../../helpers.js';

const ID = 'lz-proposal-048/land-management-right-registration';
const transfer = { landManagementRightTransfer: true };

describeStatuses(ID, {
  pass: { ...transfer, transferTermYears: 5 },
  fail: { ...transfer, transferTermYears: 4.99 },
  notApplicable: { landManagementRightTransfer: false, transferTermYears: 10 },
  undetermined: { ...transfer },
});

describe(ID, () => {
  // 以上 includes five years.
  it.each(numberBoundary(5, 0.01, 'atLeast'))('a term of %s years', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...transfer, transferTermYears: value })).toBe(holds ? 'pass' : 'fail');
  });
  it.each([
    ['2021-03-01', '2026-02-27', 'fail'],
    ['2021-03-01', '2026-02-28', 'pass'],
    ['2021-03-01', '2026-03-01', 'pass'],
    ['2024-03-01', '2029-02-27', 'fail'],
    ['2024-03-01', '2029-02-28', 'pass'],
    ['2024-02-29', '2029-02-27', 'fail'],
    ['2024-02-29', '2029-02-28', 'pass'],
  ])('a term from %s to %s (both included): %s', async (startsOn, endsOn, status) => {
    expect(await statusOf(ID, { ...transfer, transferStartsOn: startsOn, transferEndsOn: endsOn })).toBe(status);
  });
  it('says when a five-year term would end', async () => {
    const result = await check(ID, { ...transfer, transferStartsOn: '2021-03-01', transferEndsOn: '2030-12-31' });
    expect(result.conclusions).toEqual({ fiveYearTermEndsOn: '2026-02-28', registrationEncouraged: true });
  });
  it('the end date without the start is not enough', async () => {
    const result = await check(ID, { ...transfer, transferEndsOn: '2030-12-31' });
    expect(result.status).toBe('undetermined');
  });
  it('a failing term says nothing is violated', async () => {
    expect((await check(ID, { ...transfer, transferTermYears: 3 }, { locale: 'en' })).message).toMatch(/nothing is violated/);
  });
});
