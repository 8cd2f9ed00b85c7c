import { describe, expect, it } from 'vitest';
import { areaBoundary, check, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'gx-rural-land-2023/11-small-facility-agriculture-filing';
const farm = { projectType: 'facility-agriculture' };

describeStatuses(ID, {
  pass: { ...farm, siteAreaM2: 500, floorAreaM2: 1000 },
  fail: { ...farm, siteAreaM2: 501, floorAreaM2: 800 },
  notApplicable: { projectType: 'rural-housing', siteAreaM2: 100, floorAreaM2: 100 },
  undetermined: { ...farm, siteAreaM2: 300 },
});

describe(ID, () => {
  it.each(areaBoundary(500, 'm2', 'atMost'))('a site of %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...farm, siteAreaM2: value, floorAreaM2: 1000 })).toBe(holds ? 'pass' : 'fail');
  });
  it.each(areaBoundary(1000, 'm2', 'atMost'))('a floor area of %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...farm, siteAreaM2: 500, floorAreaM2: value })).toBe(holds ? 'pass' : 'fail');
  });
  it('0.75 亩 is exactly 500 m² and passes; 0.0501 公顷 is 501 m² and fails', async () => {
    expect(await statusOf(ID, { ...farm, siteAreaM2: { value: 0.75, unit: 'mu' }, floorAreaM2: 10 })).toBe('pass');
    expect(await statusOf(ID, { ...farm, siteAreaM2: { value: 0.0501, unit: 'ha' }, floorAreaM2: 10 })).toBe('fail');
  });
  it('shows the site in m² in its reasons even when given in 亩', async () => {
    const result = await check(ID, { ...farm, siteAreaM2: { value: 0.75, unit: 'mu' }, floorAreaM2: 10 });
    expect(result.reasons[0]).toEqual({ fact: 'siteAreaM2', operator: 'atMost', expected: 500, actual: 500, holds: true, unit: 'm2' });
    expect(result.conclusions).toEqual({ simplifiedFiling: true, remoteSensingFilingPossible: true });
  });
  it('a too-large site fails even before the floor area is known', async () => {
    const result = await check(ID, { ...farm, siteAreaM2: 600 });
    expect(result.status).toBe('fail');
  });
  it('never coerces a numeric string', async () => {
    const result = await check(ID, { ...farm, siteAreaM2: '300', floorAreaM2: 100 });
    expect(result.status).toBe('undetermined');
    expect(result.missingFacts).toEqual(['siteAreaM2']);
  });
});

describe(`${ID}: messages`, () => {
  it('a site over 500 m² fails without the floor area, and the message says the floor area was not given', async () => {
    const result = await check(ID, { projectType: 'facility-agriculture', siteAreaM2: 501 }, { locale: 'en' });
    expect(result.status).toBe('fail');
    expect(result.message).toContain('(not given)');
    expect(result.message).not.toMatch(/\{\w+\}/);
  });
});
