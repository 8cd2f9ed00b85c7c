import { describe, expect, it } from 'vitest';
import { check, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'pilot-land-saving-2023/09-development-zone-ranking';
const zone = { subjectType: 'development-zone', zonesRanked: 30 };

describeStatuses(ID, {
  pass: { ...zone, provincialRank: 5, previousProvincialRanks: [9, 7] },
  fail: { ...zone, provincialRank: 25, previousProvincialRanks: [24, 25] },
  notApplicable: { ...zone, subjectType: 'exploration-block', provincialRank: 25, previousProvincialRanks: [24, 25] },
  undetermined: { ...zone, provincialRank: 25 },
});

describe(ID, () => {
  // 30 zones: top third ranks 1–10, bottom third ranks 21–30.
  it.each([
    [10, 'top-third'],
    [11, 'middle'],
    [20, 'middle'],
    [21, 'bottom-third'],
  ])('rank %i of 30 is %s', async (rank, tier) => {
    const result = await check(ID, { ...zone, provincialRank: rank, previousProvincialRanks: [rank, rank] });
    expect(result.conclusions.tier).toBe(tier);
  });
  it('the top third gets priority quota', async () => {
    expect((await check(ID, { ...zone, provincialRank: 10, previousProvincialRanks: [1, 1] })).conclusions).toEqual({ tier: 'top-third', consequences: 'priority-quota-and-expansion', rank: 10 });
  });
  it.each([
    [[25, 25], 'fail'], // 25 → 25 → 25: no move forward in either year
    [[24, 25], 'fail'], // 24 → 25 → 25: back, then still
    [[24, 26], 'pass'], // moved forward this year (26 → 25)
    [[26, 25], 'pass'], // moved forward last year (26 → 25)
  ])('rank 25 after %j: %s', async (previous, status) => {
    expect(await statusOf(ID, { ...zone, provincialRank: 25, previousProvincialRanks: previous })).toBe(status);
  });
  it('with thirds that are not whole numbers the bound is exact: 10 zones, rank 7 is bottom third, rank 6 is not', async () => {
    expect((await check(ID, { subjectType: 'development-zone', zonesRanked: 10, provincialRank: 7, previousProvincialRanks: [7, 7] })).status).toBe('fail');
    expect((await check(ID, { subjectType: 'development-zone', zonesRanked: 10, provincialRank: 6, previousProvincialRanks: [6, 6] })).status).toBe('pass');
  });
  it('a middle-ranked zone passes without its history', async () => {
    expect(await statusOf(ID, { ...zone, provincialRank: 15 })).toBe('pass');
  });
  it('needs exactly two previous ranks', async () => {
    expect(await statusOf(ID, { ...zone, provincialRank: 25, previousProvincialRanks: [25] })).toBe('undetermined');
  });
});
