import { describeStatuses } from '../../helpers.js';

const ID = 'gx-rural-land-2023/04-village-land-203-scope';

describeStatuses(ID, {
  pass: { within203Scope: true, occupiesAgriculturalLand: true, landUseApprovalObtained: true },
  fail: { within203Scope: true, occupiesAgriculturalLand: true, landUseApprovalObtained: false },
  notApplicable: { within203Scope: false, occupiesAgriculturalLand: true },
  undetermined: { within203Scope: true, occupiesAgriculturalLand: true },
});
