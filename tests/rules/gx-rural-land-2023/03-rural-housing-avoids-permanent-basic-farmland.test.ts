import { describeStatuses } from '../../helpers.js';

const ID = 'gx-rural-land-2023/03-rural-housing-avoids-permanent-basic-farmland';

describeStatuses(ID, {
  pass: { projectType: 'rural-housing', occupiesPermanentBasicFarmland: false },
  fail: { projectType: 'rural-housing', occupiesPermanentBasicFarmland: true },
  notApplicable: { projectType: 'public-facility', occupiesPermanentBasicFarmland: true },
  undetermined: { projectType: 'rural-housing' },
});
