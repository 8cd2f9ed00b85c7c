import { describe, expect, it } from 'vitest';
import { check, describeStatuses, numberBoundary, statusOf } from '../../helpers.js';

const ID = 'gx-rural-land-2023/05-steep-slope-exclusion';

describeStatuses(ID, {
  pass: { projectType: 'land-consolidation', parcels: [{ id: 'A', slopeDegrees: 24.99 }] },
  fail: { projectType: 'farmland-consolidation', parcels: [{ id: 'A', slopeDegrees: 25 }] },
  notApplicable: { projectType: 'rural-housing', parcels: [{ id: 'A', slopeDegrees: 40 }] },
  undetermined: { projectType: 'land-consolidation' },
});

describe(ID, () => {
  // 以上 includes the number: a 25.0° parcel is steep.
  it.each(numberBoundary(25, 0.01, 'below'))('a parcel of %s degrees', async ({ value, holds }) => {
    expect(await statusOf(ID, { projectType: 'land-consolidation', parcels: [{ id: 'P', slopeDegrees: value }] })).toBe(holds ? 'pass' : 'fail');
  });
  it('names every offending parcel and its slope', async () => {
    const result = await check(ID, {
      projectType: 'land-consolidation',
      parcels: [
        { id: 'A', slopeDegrees: 10 },
        { id: 'B', slopeDegrees: 25 },
        { id: 'C', slopeDegrees: 31.5 },
      ],
    });
    expect(result.status).toBe('fail');
    expect(result.conclusions.steepParcelIds).toEqual(['B', 'C']);
    expect(result.reasons[0]!.actual).toEqual([
      { id: 'B', slopeDegrees: 25 },
      { id: 'C', slopeDegrees: 31.5 },
    ]);
    expect(result.message).toContain('B, C');
  });
  it('passes an empty parcel list', async () => {
    expect(await statusOf(ID, { projectType: 'land-consolidation', parcels: [] })).toBe('pass');
  });
  it('rejects a slope over 90 degrees with the path of the bad field', async () => {
    const result = await check(ID, { projectType: 'land-consolidation', parcels: [{ id: 'A', slopeDegrees: 91 }] });
    expect(result.status).toBe('undetermined');
  });
});
