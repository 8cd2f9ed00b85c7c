import { describeStatuses } from '../../helpers.js';

const ID = 'pilot-land-saving-2023/08-design-change-reasons';

describeStatuses(ID, {
  pass: { preliminaryDesignChanged: true, designChangeReason: 'major-safety-hazard' },
  fail: { preliminaryDesignChanged: true, designChangeReason: 'owner-preference' },
  notApplicable: { preliminaryDesignChanged: false, designChangeReason: 'owner-preference' },
  undetermined: { preliminaryDesignChanged: true },
});
