import { describeStatuses } from '../../helpers.js';

const ID = 'lz-14th-fyp/ecological-counties-no-new-mining';

describeStatuses(ID, {
  pass: { applicationType: 'new-mining-right', countyCode: '450222' },
  fail: { applicationType: 'new-mining-right', countyCode: '450226' },
  notApplicable: { applicationType: 'new-construction-land', countyCode: '450226' },
  undetermined: { applicationType: 'new-exploration-right' },
});
