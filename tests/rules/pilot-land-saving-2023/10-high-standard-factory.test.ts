import { describe, expect, it } from 'vitest';
import { evaluate, OptionError } from '../../../src/index.js';
import { check, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'pilot-land-saving-2023/10-high-standard-factory';
const factory = { projectType: 'industrial', inProvincialDevelopmentZone: true, hasIndustrialElevator: true };
const withRatio = (min: number) => ({ parameters: { [ID]: { minFloorAreaRatio: min } } });

describeStatuses(ID, {
  pass: { ...factory, floors: 4 },
  fail: { ...factory, floors: 3 },
  notApplicable: { ...factory, inProvincialDevelopmentZone: false, floors: 6 },
  undetermined: { ...factory },
});

describe(ID, () => {
  it.each([
    [3, 'fail'],
    [4, 'pass'],
    [5, 'pass'],
  ])('%i floors: %s', async (floors, status) => {
    expect(await statusOf(ID, { ...factory, floors })).toBe(status);
  });
  it('without a floor-area-ratio minimum the ratio is not checked, and the result says the source is blank', async () => {
    const result = await check(ID, { ...factory, floors: 4, floorAreaRatio: 0.5 });
    expect(result.status).toBe('pass');
    expect(result.conclusions.floorAreaRatioChecked).toBe(false);
    expect(String(result.conclusions.sourceIncomplete)).toMatch(/blank in the source/);
  });
  it.each([
    [1.99, 'fail'],
    [2, 'pass'],
    [2.01, 'pass'],
  ])('with a caller minimum of 2, a ratio of %s: %s', async (ratio, status) => {
    expect(await statusOf(ID, { ...factory, floors: 4, floorAreaRatio: ratio }, withRatio(2))).toBe(status);
  });
  it('with a caller minimum, the ratio is needed', async () => {
    const result = await check(ID, { ...factory, floors: 4 }, withRatio(2));
    expect(result.status).toBe('undetermined');
    expect(result.missingFacts).toEqual(['floorAreaRatio']);
  });
  it('rejects a parameter the rule does not take', async () => {
    await expect(evaluate({}, { parameters: { [ID]: { maxHeight: 3 } } })).rejects.toBeInstanceOf(OptionError);
    await expect(evaluate({}, { parameters: { [ID]: { minFloorAreaRatio: -1 } } })).rejects.toMatchObject({ option: 'parameters' });
  });
});
