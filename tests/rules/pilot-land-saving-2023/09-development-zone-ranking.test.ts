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

// Hand-picked cases: 09-development-zone-ranking.cases.yaml.
describe(ID, () => {
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
    const tierOf = async (rank: number) =>
      (await check(ID, { subjectType: 'development-zone', zonesRanked: zones, provincialRank: rank, previousProvincialRanks: [rank, rank] })).conclusions.tier;
    expect(await tierOf(lastTop)).toBe('top-third');
    expect(await tierOf(lastTop + 1)).toBe('middle');
    expect(await tierOf(firstBottom - 1)).toBe('middle');
    expect(await tierOf(firstBottom)).toBe('bottom-third');
    expect(await tierOf(zones)).toBe('bottom-third');
    expect(zones - firstBottom + 1).toBe(lastTop);
    const statusAt = (rank: number) =>
      statusOf(ID, { subjectType: 'development-zone', zonesRanked: zones, provincialRank: rank, previousProvincialRanks: [rank, rank] });
    expect(await statusAt(firstBottom - 1)).toBe('pass');
    expect(await statusAt(firstBottom)).toBe('fail');
  });
});
