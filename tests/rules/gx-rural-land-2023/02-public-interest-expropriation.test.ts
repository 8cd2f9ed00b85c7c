import { describe, expect, it } from 'vitest';
import { check, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'gx-rural-land-2023/02-public-interest-expropriation';
const all = { requiresCollectiveLandExpropriation: true, isPublicInterest: true, outsideUrbanDevelopmentBoundary: true, conformsToSpatialPlan: true };

describeStatuses(ID, {
  pass: all,
  fail: { ...all, outsideUrbanDevelopmentBoundary: false },
  notApplicable: { ...all, requiresCollectiveLandExpropriation: false },
  undetermined: { requiresCollectiveLandExpropriation: true, isPublicInterest: true },
});

describe(ID, () => {
  it('names art. 45 of the Land Administration Law as the basis', async () => {
    expect((await check(ID, all)).conclusions).toEqual({ legalBasis: 'Land Administration Law art. 45' });
  });
  it.each(['isPublicInterest', 'outsideUrbanDevelopmentBoundary', 'conformsToSpatialPlan'])('fails without %s', async (fact) => {
    expect(await statusOf(ID, { ...all, [fact]: false })).toBe('fail');
  });
});
