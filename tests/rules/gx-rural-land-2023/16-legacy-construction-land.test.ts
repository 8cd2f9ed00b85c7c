import { describeStatuses } from '../../helpers.js';

const ID = 'gx-rural-land-2023/16-legacy-construction-land';
const ok = {
  projectType: 'legacy-construction-land',
  secondSurveyLandClass: 'construction',
  thirdSurveyLandClass: 'construction',
  publicNoticeObjections: 0,
  conformsToPlannedUse: true,
};

describeStatuses(ID, {
  pass: { ...ok, constructionOccurredOn: '1998-06-01' },
  fail: { ...ok, constructionOccurredOn: '2010-01-01' },
  notApplicable: { ...ok, projectType: 'rural-housing', constructionOccurredOn: '1998-06-01' },
  undetermined: { ...ok },
});
