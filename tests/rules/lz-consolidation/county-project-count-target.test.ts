import { describe, expect, it } from 'vitest';
import { check, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'lz-consolidation/county-project-count-target';
const county = { reportType: 'county-annual', townshipCount: 12 };

describeStatuses(ID, {
  pass: { ...county, year: 2025, consolidationProjectsImplemented: 10 },
  fail: { ...county, year: 2025, consolidationProjectsImplemented: 9 },
  notApplicable: { ...county, year: 2021, consolidationProjectsImplemented: 0 },
  undetermined: { reportType: 'county-annual', year: 2025, townshipCount: 6 },
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
    expect(await statusOf(ID, { ...county, year, consolidationProjectsImplemented: implemented })).toBe(status);
  });
  it('a county with fewer townships than the target is held to its separate target', async () => {
    const result = await check(ID, { reportType: 'county-annual', year: 2025, townshipCount: 6, separateTarget: 4, consolidationProjectsImplemented: 4 });
    expect(result.status).toBe('pass');
    expect(result.conclusions).toEqual({ target: 4, targetBasis: 'separately-set', standardTarget: 10 });
    expect(await statusOf(ID, { reportType: 'county-annual', year: 2025, townshipCount: 6, separateTarget: 4, consolidationProjectsImplemented: 3 })).toBe('fail');
  });
  it('a county with 10 townships is held to 10', async () => {
    expect(await statusOf(ID, { reportType: 'county-annual', year: 2025, townshipCount: 10, separateTarget: 2, consolidationProjectsImplemented: 5 })).toBe('fail');
  });
  it('a separately set target for lack of resources replaces the standard one, and is needed', async () => {
    const missing = await check(ID, { ...county, year: 2025, separateTargetSet: true, consolidationProjectsImplemented: 5 });
    expect(missing.status).toBe('undetermined');
    expect(missing.missingFacts).toEqual(['separateTarget']);
    expect(await statusOf(ID, { ...county, year: 2025, separateTargetSet: true, separateTarget: 5, consolidationProjectsImplemented: 5 })).toBe('pass');
  });
  it('a target fail says the target is missed, no more', async () => {
    const result = await check(ID, { ...county, year: 2025, consolidationProjectsImplemented: 2 }, { locale: 'en' });
    expect(result.kind).toBe('target');
    expect(result.message).toBe('2 projects implemented, short of the target of 10.');
  });
});

describe(`${ID}: in force`, () => {
  it.each([
    [2020, 'not-in-force'],
    [2022, 'pass'],
  ])('a %i report: %s', async (year, status) => {
    expect(await statusOf(ID, { ...county, year, consolidationProjectsImplemented: 3 })).toBe(status);
  });
});
