import { describeStatuses } from '../../helpers.js';

const ID = 'gx-rural-land-2023/11-simple-shed-in-203-scope';

describeStatuses(ID, {
  pass: { projectType: 'facility-agriculture', structureType: 'simple-shed', within203Scope: true },
  fail: { projectType: 'facility-agriculture', structureType: 'simple-shed', within203Scope: false },
  notApplicable: { projectType: 'rural-housing', structureType: 'simple-shed', within203Scope: true },
  undetermined: { projectType: 'facility-agriculture', structureType: 'simple-shed' },
});
