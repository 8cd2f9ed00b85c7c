import { describeStatuses } from '../../helpers.js';

const ID = 'lz-consolidation/village-plan-single-revision';

describeStatuses(ID, {
  pass: { projectType: 'land-consolidation', villagePlanRevisionsForConsolidation: 1 },
  fail: { projectType: 'land-consolidation', villagePlanRevisionsForConsolidation: 2 },
  notApplicable: { projectType: 'rural-housing', villagePlanRevisionsForConsolidation: 5 },
  undetermined: { projectType: 'land-consolidation' },
});
