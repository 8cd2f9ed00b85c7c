import { describe, expect, it } from 'vitest';
import { check, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'lz-consolidation/annual-self-evaluation-deadline';
const report = { reportType: 'county-annual', year: 2024 };

describeStatuses(ID, {
  pass: { ...report, selfEvaluationSubmittedOn: '2024-12-31' },
  fail: { ...report, selfEvaluationSubmittedOn: '2025-01-01' },
  notApplicable: { reportType: 'city-indicators', year: 2024 },
  undetermined: { reportType: 'county-annual', selfEvaluationSubmittedOn: '2024-12-01' },
});

describe(ID, () => {
  it.each([
    ['2024-12-30', 'pass'],
    ['2024-12-31', 'pass'],
    ['2025-01-01', 'fail'],
  ])('done on %s: %s', async (done, status) => {
    expect(await statusOf(ID, { ...report, selfEvaluationSubmittedOn: done })).toBe(status);
  });
  it.each([
    ['2024-12-31', 'pass'],
    ['2025-01-01', 'fail'],
  ])('not yet done, as of %s: %s', async (asOf, status) => {
    const result = await check(ID, report, { asOf });
    expect(result.status).toBe(status);
    expect(result.conclusions).toEqual({ deadline: '2024-12-31' });
  });
});

describe(`${ID}: in force`, () => {
  // Second reading: the plan is in force from 2020-12-31, so the 2020 report (due 2020-12-31) is judged by it.
  it.each([
    [2019, 'not-in-force'],
    [2020, 'pass'],
    [2021, 'pass'],
  ])('a %i report is judged by the document in force on 31 December of that year: %s', async (year, status) => {
    expect(await statusOf(ID, { reportType: 'county-annual', year, selfEvaluationSubmittedOn: `${year}-12-31` }, { asOf: '2026-01-01' })).toBe(status);
  });
});
