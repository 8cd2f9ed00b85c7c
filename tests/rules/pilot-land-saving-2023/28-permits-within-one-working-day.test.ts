import { describeStatuses } from '../../helpers.js';

const ID = 'pilot-land-saving-2023/28-permits-within-one-working-day';
const project = { projectType: 'industrial', landWithDesignScheme: true };
// 2025-06-13 is a Friday.
const friday = '2025-06-13';

describeStatuses(ID, {
  pass: { ...project, landPricePaidOn: friday, permitsIssuedOn: '2025-06-16' },
  fail: { ...project, landPricePaidOn: friday, permitsIssuedOn: '2025-06-17' },
  notApplicable: { ...project, landWithDesignScheme: false, landPricePaidOn: friday, permitsIssuedOn: '2025-06-30' },
  undetermined: { ...project, permitsIssuedOn: '2025-06-16' },
});
