import { describe, expect, it } from 'vitest';
import { describeStatuses, numberBoundary, statusOf } from '../../helpers.js';

const ID = 'gx-rural-land-2023/05-steep-slope-exclusion';

describeStatuses(ID, {
  pass: { projectType: 'land-consolidation', parcels: [{ id: 'A', slopeDegrees: 24.99 }] },
  fail: { projectType: 'farmland-consolidation', parcels: [{ id: 'A', slopeDegrees: 25 }] },
  notApplicable: { projectType: 'rural-housing', parcels: [{ id: 'A', slopeDegrees: 40 }] },
  undetermined: { projectType: 'land-consolidation' },
});

// Hand-picked cases: 05-steep-slope-exclusion.cases.yaml.
describe(ID, () => {
  // 以上 includes the number: a 25.0° parcel is steep.
  it.each(numberBoundary(25, 0.01, 'below'))('a parcel of %s degrees', async ({ value, holds }) => {
    expect(await statusOf(ID, { projectType: 'land-consolidation', parcels: [{ id: 'P', slopeDegrees: value }] })).toBe(holds ? 'pass' : 'fail');
  });
});
