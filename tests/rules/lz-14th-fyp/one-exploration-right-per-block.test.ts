import { describeStatuses } from '../../helpers.js';

const ID = 'lz-14th-fyp/one-exploration-right-per-block';

describeStatuses(ID, {
  pass: { subjectType: 'exploration-block', explorationRightsInBlock: 1, explorationProjectsInBlock: 1 },
  fail: { subjectType: 'exploration-block', explorationRightsInBlock: 2, explorationProjectsInBlock: 1 },
  notApplicable: { subjectType: 'development-zone', explorationRightsInBlock: 2 },
  undetermined: { subjectType: 'exploration-block', explorationRightsInBlock: 1 },
});
