import { describe, expect, it } from 'vitest';
import { check, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'lz-consolidation/county-project-count-target';
const county = { reportType: 'county-annual', townshipCount: 12 };

/** The 2025 milestone is judged from 2026-01-01 (second reading, conventions §3c). */
const DUE_2025 = { asOf: '2026-01-01' };

describeStatuses(ID, {
  pass: { ...county, year: 2025, consolidationProjectsImplemented: 10 },
  fail: { ...county, year: 2025, consolidationProjectsImplemented: 9 },
  notApplicable: { reportType: 'city-indicators', year: 2025, consolidationProjectsImplemented: 0 },
  undetermined: { reportType: 'county-annual', year: 2025, townshipCount: 6 },
  options: DUE_2025,
});

describe(ID, () => {
  it.each([
    [2022, 2, 'fail'],
    [2022, 3, 'pass'],
    [2024, 3, 'pass'],
    [2025, 9, 'fail'],
    [2025, 10, 'pass'],
    [2025, 11, 'pass'],
  ])('in %i, %i projects: %s', async (year, implemented, status) => {
    expect(await statusOf(ID, { ...county, year, consolidationProjectsImplemented: implemented }, DUE_2025)).toBe(status);
  });
  // Second reading: mid-year reports used to fail a milestone that was not yet due.
  it.each([
    [2022, 2, '2022-12-31', 'not-applicable'],
    [2022, 2, '2023-01-01', 'fail'],
    [2021, 0, '2026-01-01', 'not-applicable'],
  ])('a %i report with %i projects, as of %s: %s', async (year, implemented, asOf, status) => {
    const result = await check(ID, { ...county, year, consolidationProjectsImplemented: implemented }, { asOf });
    expect(result.status).toBe(status);
    if (status === 'not-applicable') {
      expect(result.conclusions).toMatchObject({ target: 3, dueBy: '2022-12-31', onTrack: false });
      expect(result.message).toMatch(year < 2022 ? /interim report|中期报告/ : /not yet due|尚未到考核时点/);
    }
  });
  // Review: until the 10-project milestone is due, a 2025 report is still held to the 3 already due (it escaped it before).
  it.each([
    ['2025-06-30', 2, 'fail', 3],
    ['2025-06-30', 3, 'pass', 3],
    ['2025-12-31', 9, 'pass', 3],
    ['2026-01-01', 9, 'fail', 10],
    ['2026-01-01', 10, 'pass', 10],
  ])('a 2025 report as of %s with %i projects: %s against %i', async (asOf, implemented, status, target) => {
    const result = await check(ID, { ...county, year: 2025, consolidationProjectsImplemented: implemented }, { asOf });
    expect(result.status).toBe(status);
    expect(result.conclusions.target).toBe(target);
    if (target === 3) expect(result.conclusions).toMatchObject({ nextTarget: 10, nextDueBy: '2025-12-31' });
  });
  it('needs the report year: without it the rule is undetermined, never "does not concern"', async () => {
    const result = await check(ID, { ...county, consolidationProjectsImplemented: 3 });
    expect(result.status).toBe('undetermined');
    expect(result.missingFacts[0]).toBe('year');
  });
  it('a county with fewer townships than the target is held to its separate target', async () => {
    const result = await check(ID, { reportType: 'county-annual', year: 2025, townshipCount: 6, separateTarget: 4, consolidationProjectsImplemented: 4 }, DUE_2025);
    expect(result.status).toBe('pass');
    expect(result.conclusions).toEqual({ target: 4, targetBasis: 'separately-set', standardTarget: 10, dueBy: '2025-12-31' });
    expect(await statusOf(ID, { reportType: 'county-annual', year: 2025, townshipCount: 6, separateTarget: 4, consolidationProjectsImplemented: 3 }, DUE_2025)).toBe('fail');
  });
  it('a county with 10 townships is held to 10', async () => {
    expect(await statusOf(ID, { reportType: 'county-annual', year: 2025, townshipCount: 10, separateTarget: 2, consolidationProjectsImplemented: 5 }, DUE_2025)).toBe('fail');
  });
  it('a separately set target for lack of resources replaces the standard one, and is needed', async () => {
    const missing = await check(ID, { ...county, year: 2025, separateTargetSet: true, consolidationProjectsImplemented: 5 }, DUE_2025);
    expect(missing.status).toBe('undetermined');
    expect(missing.missingFacts).toEqual(['separateTarget']);
    expect(await statusOf(ID, { ...county, year: 2025, separateTargetSet: true, separateTarget: 5, consolidationProjectsImplemented: 5 }, DUE_2025)).toBe('pass');
  });
  it('a target fail says the target is missed, no more', async () => {
    const result = await check(ID, { ...county, year: 2025, consolidationProjectsImplemented: 2 }, { ...DUE_2025, locale: 'en' });
    expect(result.consequence).toBe('target-missed');
    expect(result.kind).toBe('target');
    expect(result.message).toBe('2 projects implemented, short of the target of 10.');
  });
});

describe(`${ID}: in force`, () => {
  // Second reading: the plan is in force from 2020-12-31, so a 2020 report is judged by it (it was not in force before);
  // that report is before the first milestone, so it is not yet due.
  it.each([
    [2019, 'not-in-force'],
    [2020, 'not-applicable'],
    [2022, 'pass'],
  ])('a %i report: %s', async (year, status) => {
    expect(await statusOf(ID, { ...county, year, consolidationProjectsImplemented: 3 })).toBe(status);
  });
});
