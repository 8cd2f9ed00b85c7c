import { describe, expect, it } from 'vitest';
import { areaBoundary, check, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'gx-rural-land-2023/03-rural-housing-in-ecological-red-line';
const base = {
  projectType: 'rural-housing',
  inEcologicalRedLine: true,
  isOriginalResident: true,
  redLineUnitExistingConstructionLandM2: 2000,
  involvesNewConstructionLand: false,
};

describeStatuses(ID, {
  pass: { ...base, redLineUnitConstructionLandAfterM2: 2000 },
  fail: { ...base, redLineUnitConstructionLandAfterM2: 2000.01 },
  notApplicable: { ...base, inEcologicalRedLine: false, redLineUnitConstructionLandAfterM2: 2000 },
  undetermined: { ...base },
});

describe(ID, () => {
  it.each(areaBoundary(2000, 'm2', 'atMost'))('construction land after of %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...base, redLineUnitConstructionLandAfterM2: value })).toBe(holds ? 'pass' : 'fail');
  });
  it('routes a case without new construction land to the county determination', async () => {
    const result = await check(ID, { ...base, redLineUnitConstructionLandAfterM2: 1500 });
    expect(result.conclusions.approvalRoute).toBe('county-government-determination');
  });
  it('routes a case with new construction land to the regional joint review', async () => {
    const result = await check(ID, { ...base, involvesNewConstructionLand: true, redLineUnitConstructionLandAfterM2: 1500 });
    expect(result.conclusions.approvalRoute).toBe('regional-joint-review');
  });
  it('fails when the builder is not an original resident', async () => {
    expect(await statusOf(ID, { ...base, isOriginalResident: false, redLineUnitConstructionLandAfterM2: 10 })).toBe('fail');
  });
  // Second reading: the route fact only names the approval route; it used to leave the rule undetermined.
  it('passes without involvesNewConstructionLand, leaving the route open', async () => {
    const { involvesNewConstructionLand: _omitted, ...facts } = base;
    const result = await check(ID, { ...facts, redLineUnitConstructionLandAfterM2: 10 });
    expect(result.status).toBe('pass');
    expect(result.missingFacts).toEqual([]);
    expect(result.conclusions.approvalRoute).toBe('not-stated (involvesNewConstructionLand decides it)');
    expect(result.message).not.toMatch(/\{\w+\}/);
    expect(await statusOf(ID, { ...facts, redLineUnitConstructionLandAfterM2: 10, isOriginalResident: false })).toBe('fail');
  });
});
