import { describe, expect, it } from 'vitest';
import { areaBoundary, describeStatuses, numberBoundary, statusOf } from '../../helpers.js';

const ID = 'pilot-land-saving-2023/25-industrial-phased-supply';
const big = { projectType: 'industrial', oneTimeSupplyAreaMu: 150 };
const oneTime = { ...big, supplyMode: 'one-time', fullStartConditionInTransferContract: true };

describeStatuses(ID, {
  pass: { ...oneTime, plannedStartedFloorAreaShareWithinOneYear: 0.8 },
  fail: { ...oneTime, plannedStartedFloorAreaShareWithinOneYear: 0.79 },
  notApplicable: { ...oneTime, oneTimeSupplyAreaMu: 100, plannedStartedFloorAreaShareWithinOneYear: 0.1 },
  undetermined: { ...big },
});

// Hand-picked cases: 25-industrial-phased-supply.cases.yaml.
describe(ID, () => {
  // 超过100亩: exactly 100 亩 (66 666.67 m², 6.6667 公顷) is not over.
  it.each(areaBoundary(100, 'mu', 'above', ['mu']))('a one-time supply of %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...oneTime, oneTimeSupplyAreaMu: value, plannedStartedFloorAreaShareWithinOneYear: 0.1 })).toBe(
      holds ? 'fail' : 'not-applicable',
    );
  });
  it.each(numberBoundary('0.8', '0.01', 'atLeast'))('a one-time supply starting %s within a year', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...oneTime, plannedStartedFloorAreaShareWithinOneYear: value })).toBe(holds ? 'pass' : 'fail');
  });
  it.each(numberBoundary(2, 0.01, 'atMost'))('a phased supply reserving %s years', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...big, supplyMode: 'phased', reservePeriodYears: value })).toBe(holds ? 'pass' : 'fail');
  });
});
