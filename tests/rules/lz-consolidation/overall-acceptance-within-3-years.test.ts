import { describeStatuses } from '../../helpers.js';

const ID = 'lz-consolidation/overall-acceptance-within-3-years';
const project = { projectType: 'land-consolidation', projectApprovedOn: '2022-06-15' };

describeStatuses(ID, {
  pass: { ...project, overallAcceptedOn: '2025-06-15' },
  fail: { ...project, overallAcceptedOn: '2025-06-16' },
  notApplicable: { projectType: 'land-consolidation', overallAcceptedOn: '2025-06-16' },
  undetermined: { ...project, overallAcceptedOn: 'soon' },
});
