import { describe, expect, it } from 'vitest';
import { check, describeStatuses } from '../../helpers.js';

const ID = 'gx-rural-land-2023/04-village-land-203-scope';

describeStatuses(ID, {
  pass: { within203Scope: true, occupiesAgriculturalLand: true, landUseApprovalObtained: true },
  fail: { within203Scope: true, occupiesAgriculturalLand: true, landUseApprovalObtained: false },
  notApplicable: { within203Scope: false, occupiesAgriculturalLand: true },
  undetermined: { within203Scope: true, occupiesAgriculturalLand: true },
});

describe(ID, () => {
  it('needs no approval when no agricultural land is occupied', async () => {
    const result = await check(ID, { within203Scope: true, occupiesAgriculturalLand: false });
    expect(result.status).toBe('pass');
    expect(result.missingFacts).toEqual([]);
    expect(result.conclusions).toEqual({ managedAsConstructionLand: true, landUseApprovalRequired: false });
  });
});
