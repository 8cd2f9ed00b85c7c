import { describe, expect, it } from 'vitest';
import { describeStatuses, statusOf } from '../../helpers.js';

const ID = 'lz-consolidation/village-plan-single-revision';

describeStatuses(ID, {
  pass: { projectType: 'land-consolidation', villagePlanRevisionsForConsolidation: 1 },
  fail: { projectType: 'land-consolidation', villagePlanRevisionsForConsolidation: 2 },
  notApplicable: { projectType: 'rural-housing', villagePlanRevisionsForConsolidation: 5 },
  undetermined: { projectType: 'land-consolidation' },
});

describe(ID, () => {
  it.each([
    [0, 'pass'],
    [1, 'pass'],
    [2, 'fail'],
  ])('%i revisions: %s', async (revisions, status) => {
    expect(await statusOf(ID, { projectType: 'land-consolidation', villagePlanRevisionsForConsolidation: revisions })).toBe(status);
  });
  it('a fractional count is invalid', async () => {
    expect(await statusOf(ID, { projectType: 'land-consolidation', villagePlanRevisionsForConsolidation: 1.5 })).toBe('undetermined');
  });
});
