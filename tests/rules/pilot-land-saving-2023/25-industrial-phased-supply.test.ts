import { describe, expect, it } from 'vitest';
import { areaBoundary, check, describeStatuses, numberBoundary, statusOf } from '../../helpers.js';

const ID = 'pilot-land-saving-2023/25-industrial-phased-supply';
const big = { projectType: 'industrial', oneTimeSupplyAreaMu: 150 };
const oneTime = { ...big, supplyMode: 'one-time', fullStartConditionInTransferContract: true };

describeStatuses(ID, {
  pass: { ...oneTime, plannedStartedFloorAreaShareWithinOneYear: 0.8 },
  fail: { ...oneTime, plannedStartedFloorAreaShareWithinOneYear: 0.79 },
  notApplicable: { ...oneTime, oneTimeSupplyAreaMu: 100, plannedStartedFloorAreaShareWithinOneYear: 0.1 },
  undetermined: { ...big },
});

describe(ID, () => {
  // 超过100亩: exactly 100 亩 (66 666.67 m², 6.6667 公顷) is not over.
  it.each(areaBoundary(100, 'mu', 'above', ['mu']))('a one-time supply of %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...oneTime, oneTimeSupplyAreaMu: value, plannedStartedFloorAreaShareWithinOneYear: 0.1 })).toBe(holds ? 'fail' : 'not-applicable');
  });
  it.each([
    [{ value: 66_666.66, unit: 'm2' }, 'not-applicable'],
    [{ value: 66_666.67, unit: 'm2' }, 'fail'],
    [{ value: 10, unit: 'ha' }, 'fail'],
    [{ value: 6, unit: 'ha' }, 'not-applicable'],
  ])('a supply of %o', async (area, status) => {
    expect(await statusOf(ID, { ...oneTime, oneTimeSupplyAreaMu: area, plannedStartedFloorAreaShareWithinOneYear: 0.1 })).toBe(status);
  });
  it.each(numberBoundary('0.8', '0.01', 'atLeast'))('a one-time supply starting %s within a year', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...oneTime, plannedStartedFloorAreaShareWithinOneYear: value })).toBe(holds ? 'pass' : 'fail');
  });
  it('a one-time supply without the condition in the contract fails', async () => {
    expect(await statusOf(ID, { ...oneTime, fullStartConditionInTransferContract: false, plannedStartedFloorAreaShareWithinOneYear: 1 })).toBe('fail');
  });
  it.each(numberBoundary(2, 0.01, 'atMost'))('a phased supply reserving %s years', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...big, supplyMode: 'phased', reservePeriodYears: value })).toBe(holds ? 'pass' : 'fail');
  });
});

// Second reading (D7): the major-project exception was not encoded.
describe(`${ID}: major projects`, () => {
  it('a major project whose land need was fixed at the admission meeting is not held to phased supply', async () => {
    const facts = { ...oneTime, plannedStartedFloorAreaShareWithinOneYear: 0.5, isMajorProject: true };
    const excepted = await check(ID, { ...facts, landAreaFixedAtAdmissionMeeting: true }, { locale: 'en' });
    expect(excepted.status).toBe('pass');
    expect(excepted.conclusions).toEqual({ supplyBasis: 'major-project-admission-meeting' });
    expect(excepted.message).toContain('major-project-admission-meeting');
    expect(await statusOf(ID, { ...facts, landAreaFixedAtAdmissionMeeting: false })).toBe('fail');
    // A major project that does not say whether its land was fixed at the meeting cannot be decided.
    const open = await check(ID, facts);
    expect(open.status).toBe('undetermined');
    expect(open.missingFacts).toEqual(['landAreaFixedAtAdmissionMeeting']);
    // Not recorded as major, the exception is not claimed.
    const { isMajorProject: _omitted, ...ordinary } = facts;
    expect(await statusOf(ID, ordinary)).toBe('fail');
    expect(await statusOf(ID, { ...facts, isMajorProject: false, landAreaFixedAtAdmissionMeeting: true })).toBe('fail');
  });
});
