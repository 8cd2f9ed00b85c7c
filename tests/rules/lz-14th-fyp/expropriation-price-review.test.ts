import { describe, expect, it } from 'vitest';
import { check, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'lz-14th-fyp/expropriation-price-review';
const subject = { subjectType: 'expropriation-price' };

describeStatuses(ID, {
  pass: { ...subject, expropriationPriceLastPublishedOn: '2022-07-01' },
  fail: { ...subject, expropriationPriceLastPublishedOn: '2022-06-29' },
  notApplicable: { subjectType: 'exploration-block', expropriationPriceLastPublishedOn: '2010-01-01' },
  undetermined: { ...subject },
});

describe(ID, () => {
  // As of 2025-06-30: published 2022-06-30 + 3 years ends 2025-06-30.
  it.each([
    ['2022-06-29', 'fail'],
    ['2022-06-30', 'pass'],
    ['2022-07-01', 'pass'],
  ])('last published %s: %s', async (published, status) => {
    expect(await statusOf(ID, { ...subject, expropriationPriceLastPublishedOn: published })).toBe(status);
  });
  it('gives the next due day', async () => {
    expect((await check(ID, { ...subject, expropriationPriceLastPublishedOn: '2023-02-28' })).conclusions).toEqual({ nextPublicationDue: '2026-02-28' });
  });
  it('as part of the 2025 city report it is judged by the plan even in 2026', async () => {
    const facts = { reportType: 'city-indicators', year: 2025, expropriationPriceLastPublishedOn: '2024-01-10' };
    expect(await statusOf(ID, facts, { asOf: '2026-03-01' })).toBe('pass');
    expect(await statusOf(ID, subject, { asOf: '2026-03-01' })).toBe('not-in-force');
  });
});
