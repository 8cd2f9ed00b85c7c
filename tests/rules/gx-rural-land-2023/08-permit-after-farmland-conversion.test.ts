import { describeStatuses } from '../../helpers.js';

const ID = 'gx-rural-land-2023/08-permit-after-farmland-conversion';
const base = { needsRuralPlanningPermit: true, occupiesAgriculturalLand: true };

describeStatuses(ID, {
  pass: { ...base, farmlandConversionApprovedOn: '2024-05-10', ruralPlanningPermitIssuedOn: '2024-05-11' },
  fail: { ...base, farmlandConversionApprovedOn: '2024-05-10', ruralPlanningPermitIssuedOn: '2024-05-09' },
  notApplicable: { ...base, occupiesAgriculturalLand: false, ruralPlanningPermitIssuedOn: '2024-05-09' },
  undetermined: { ...base, farmlandConversionApprovedOn: '2024-05-10', ruralPlanningPermitIssuedOn: '2024-13-01' },
});
