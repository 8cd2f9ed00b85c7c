import { describe, expect, it } from 'vitest';
import { check, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'lz-consolidation/annual-work-plan-deadline';
const report = { reportType: 'county-annual', year: 2024 };

describeStatuses(ID, {
  pass: { ...report, annualWorkPlanIssuedOn: '2024-03-31' },
  fail: { ...report, annualWorkPlanIssuedOn: '2024-04-01' },
  notApplicable: { reportType: 'city-indicators', year: 2024, annualWorkPlanIssuedOn: '2024-05-01' },
  undetermined: { reportType: 'county-annual', annualWorkPlanIssuedOn: '2024-03-01' },
});

describe(ID, () => {
  it.each([
    ['2024-03-30', 'pass'],
    ['2024-03-31', 'pass'],
    ['2024-04-01', 'fail'],
  ])('issued on %s: %s', async (issued, status) => {
    expect(await statusOf(ID, { ...report, annualWorkPlanIssuedOn: issued })).toBe(status);
  });
  it.each([
    ['2024-03-31', 'pass'],
    ['2024-04-01', 'fail'],
  ])('not yet issued, as of %s: %s, with the deadline', async (asOf, status) => {
    const result = await check(ID, report, { asOf });
    expect(result.status).toBe(status);
    expect(result.conclusions).toEqual({ deadline: '2024-03-31' });
  });
  it.each([
    [2020, 'not-in-force'],
    [2021, 'fail'],
  ])('a %i report is judged by the document in force on 31 December: %s', async (year, status) => {
    expect(await statusOf(ID, { reportType: 'county-annual', year, annualWorkPlanIssuedOn: `${year}-05-01` })).toBe(status);
  });
});
