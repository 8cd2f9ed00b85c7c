import { describe, expect, it } from 'vitest';
import { evaluate, OptionError } from '../../../src/index.js';
import { describeStatuses } from '../../helpers.js';

const ID = 'pilot-land-saving-2023/10-high-standard-factory';
const factory = { projectType: 'industrial', inProvincialDevelopmentZone: true, hasIndustrialElevator: true };

describeStatuses(ID, {
  pass: { ...factory, floors: 4 },
  fail: { ...factory, floors: 3 },
  notApplicable: { ...factory, inProvincialDevelopmentZone: false, floors: 6 },
  undetermined: { ...factory },
});

// Hand-picked cases: 10-high-standard-factory.cases.yaml.
describe(ID, () => {
  // An option error is beyond the case format.
  it('rejects a parameter the rule does not take', async () => {
    await expect(evaluate({}, { parameters: { [ID]: { maxHeight: 3 } } })).rejects.toBeInstanceOf(OptionError);
    await expect(evaluate({}, { parameters: { [ID]: { minFloorAreaRatio: -1 } } })).rejects.toMatchObject({ option: 'parameters' });
  });
});
