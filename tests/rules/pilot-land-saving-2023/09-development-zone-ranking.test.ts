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
  // Second reading: the bottom third is counted from the bottom as the top third is from the top
  // (zones + 1 − rank ≤ zones ÷ 3). It used to pin rank 7 of 10 as bottom third and failing.
  it.each([
    // zones, last top-third rank, first bottom-third rank
    [10, 3, 8],
    [11, 3, 9],
    [13, 4, 10],
    [14, 4, 11],
    [30, 10, 21],
  ])('%i zones: top third ends at rank %i, bottom third starts at rank %i; the two thirds are the same size', async (zones, lastTop, firstBottom) => {
    const tierOf = async (rank: number) => (await check(ID, { subjectType: 'development-zone', zonesRanked: zones, provincialRank: rank, previousProvincialRanks: [rank, rank] })).conclusions.tier;
    expect(await tierOf(lastTop)).toBe('top-third');
    expect(await tierOf(lastTop + 1)).toBe('middle');
    expect(await tierOf(firstBottom - 1)).toBe('middle');
    expect(await tierOf(firstBottom)).toBe('bottom-third');
    expect(await tierOf(zones)).toBe('bottom-third');
    expect(zones - firstBottom + 1).toBe(lastTop);
    const statusAt = (rank: number) => statusOf(ID, { subjectType: 'development-zone', zonesRanked: zones, provincialRank: rank, previousProvincialRanks: [rank, rank] });
    expect(await statusAt(firstBottom - 1)).toBe('pass');
    expect(await statusAt(firstBottom)).toBe('fail');
  });
  it('10 zones: rank 7 is 4th from the bottom, in the middle, and not sanctioned', async () => {
    const result = await check(ID, { subjectType: 'development-zone', zonesRanked: 10, provincialRank: 7, previousProvincialRanks: [7, 7] });
    expect(result.status).toBe('pass');
    expect(result.conclusions).toEqual({ tier: 'middle', consequences: 'none', rank: 7 });
  });
  it('a middle-ranked zone passes without its history', async () => {
    expect(await statusOf(ID, { ...zone, provincialRank: 15 })).toBe('pass');
  });
  it('needs exactly two previous ranks', async () => {
    expect(await statusOf(ID, { ...zone, provincialRank: 25, previousProvincialRanks: [25] })).toBe('undetermined');
  });
});
