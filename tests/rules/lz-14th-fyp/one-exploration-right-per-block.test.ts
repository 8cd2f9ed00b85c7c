import { describe, expect, it } from 'vitest';
import { describeStatuses, statusOf } from '../../helpers.js';

const ID = 'lz-14th-fyp/one-exploration-right-per-block';

describeStatuses(ID, {
  pass: { subjectType: 'exploration-block', explorationRightsInBlock: 1, explorationProjectsInBlock: 1 },
  fail: { subjectType: 'exploration-block', explorationRightsInBlock: 2, explorationProjectsInBlock: 1 },
  notApplicable: { subjectType: 'development-zone', explorationRightsInBlock: 2 },
  undetermined: { subjectType: 'exploration-block', explorationRightsInBlock: 1 },
});

describe(ID, () => {
  it.each([
    [0, 1, 'pass'],
    [1, 2, 'fail'],
  ])('%i rights and %i projects: %s', async (rights, projects, status) => {
    expect(await statusOf(ID, { subjectType: 'exploration-block', explorationRightsInBlock: rights, explorationProjectsInBlock: projects })).toBe(status);
  });
});
