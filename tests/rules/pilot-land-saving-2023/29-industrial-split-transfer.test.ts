import { describeStatuses } from '../../helpers.js';

const ID = 'pilot-land-saving-2023/29-industrial-split-transfer';
const ok = {
  projectType: 'industrial-split-transfer',
  changesUseOrPlanningConditions: false,
  independentUseAndSafetyMet: true,
  buyerIsCertifiedChainPartner: true,
  contractForbidsSplit: false,
  includesOfficeOrLivingFacilities: false,
};

describeStatuses(ID, {
  pass: ok,
  fail: { ...ok, buyerIsCertifiedChainPartner: false },
  notApplicable: { ...ok, projectType: 'industrial' },
  undetermined: { ...ok, contractForbidsSplit: true },
});
