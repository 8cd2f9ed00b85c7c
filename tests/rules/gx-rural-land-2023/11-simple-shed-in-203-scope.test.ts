import { describe, expect, it } from 'vitest';
import { check, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'gx-rural-land-2023/11-simple-shed-in-203-scope';

describeStatuses(ID, {
  pass: { projectType: 'facility-agriculture', structureType: 'simple-shed', within203Scope: true },
  fail: { projectType: 'facility-agriculture', structureType: 'simple-shed', within203Scope: false },
  notApplicable: { projectType: 'rural-housing', structureType: 'simple-shed', within203Scope: true },
  undetermined: { projectType: 'facility-agriculture', structureType: 'simple-shed' },
});

describe(ID, () => {
  it('a greenhouse of another kind inside the 203 scope still needs the procedure', async () => {
    expect(await statusOf(ID, { projectType: 'facility-agriculture', structureType: 'glass-greenhouse', within203Scope: true })).toBe('fail');
  });
  it('concludes that no facility-agriculture land procedure is required', async () => {
    const result = await check(ID, { projectType: 'facility-agriculture', structureType: 'simple-shed', within203Scope: true });
    expect(result.conclusions).toEqual({ facilityAgriculturalLandProcedureRequired: false });
  });
});
