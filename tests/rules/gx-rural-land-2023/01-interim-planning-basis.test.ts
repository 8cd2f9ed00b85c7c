import { describe, expect, it } from 'vitest';
import { describeStatuses, statusOf } from '../../helpers.js';

const ID = 'gx-rural-land-2023/01-interim-planning-basis';
const base = { projectType: 'rural-revitalization', spatialPlanApproved: false };

describeStatuses(ID, {
  pass: { ...base, inCountyPlanCoreLayer: true, inRegionalOneMap: true },
  fail: { ...base, inCountyPlanCoreLayer: true, inRegionalOneMap: false },
  notApplicable: { ...base, spatialPlanApproved: true, inCountyPlanCoreLayer: true, inRegionalOneMap: true },
  undetermined: { ...base, inCountyPlanCoreLayer: true },
});

describe(ID, () => {
  it('needs both inclusions: core layer alone does not qualify', async () => {
    expect(await statusOf(ID, { ...base, inCountyPlanCoreLayer: false, inRegionalOneMap: true })).toBe('fail');
  });
  it('does not concern a case whose project type is absent', async () => {
    expect(await statusOf(ID, { spatialPlanApproved: false, inCountyPlanCoreLayer: true, inRegionalOneMap: true })).toBe('not-applicable');
  });
});
