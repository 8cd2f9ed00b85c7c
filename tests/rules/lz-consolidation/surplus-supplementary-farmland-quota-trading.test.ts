import { describeStatuses } from '../../helpers.js';

const ID = 'lz-consolidation/surplus-supplementary-farmland-quota-trading';
const ok = {
  tradesSurplusSupplementaryFarmlandQuota: true,
  quotaTakenUpByRegionAndCity: true,
  ownOccupationCompensationNeedsMet: true,
  otherTransferConditionsMet: true,
};

describeStatuses(ID, {
  pass: { ...ok, tradingVenue: 'liuzhou-quota-platform' },
  fail: { ...ok, tradingVenue: 'private-agreement' },
  notApplicable: { ...ok, tradesSurplusSupplementaryFarmlandQuota: false, tradingVenue: 'private-agreement' },
  undetermined: { ...ok },
});
