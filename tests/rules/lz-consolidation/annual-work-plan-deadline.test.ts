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
  // Second reading: the plan is in force from 2020-12-31; the 2020 report's deadline (2020-03-31) fell before it,
  // so the rule does not concern that year (it used to be not-in-force for 2020).
  it.each([
    [2019, 'not-in-force'],
    [2020, 'not-applicable'],
    [2021, 'fail'],
  ])('a %i report is judged by the document in force on 31 December: %s', async (year, status) => {
    expect(await statusOf(ID, { reportType: 'county-annual', year, annualWorkPlanIssuedOn: `${year}-05-01` })).toBe(status);
  });
  it('says why a 2020 report is not concerned, even without the act date', async () => {
    const result = await check(ID, { reportType: 'county-annual', year: 2020 }, { locale: 'en' });
    expect(result.status).toBe('not-applicable');
    expect(result.message).toBe('The deadline 2020-03-31 fell before the plan took effect (2020-12-31): the rule does not concern that year.');
  });
});
