import { describe, expect, it } from 'vitest';
import { check, describeStatuses } from '../../helpers.js';

const ID = 'pilot-land-saving-2023/08-design-change-reasons';

describeStatuses(ID, {
  pass: { preliminaryDesignChanged: true, designChangeReason: 'major-safety-hazard' },
  fail: { preliminaryDesignChanged: true, designChangeReason: 'owner-preference' },
  notApplicable: { preliminaryDesignChanged: false, designChangeReason: 'owner-preference' },
  undetermined: { preliminaryDesignChanged: true },
});

describe(ID, () => {
  it.each(['cultural-relic-protection', 'major-safety-hazard', 'major-policy-or-plan-adjustment', 'major-change-in-construction-conditions'])(
    '%s justifies a change',
    async (reason) => {
      expect((await check(ID, { preliminaryDesignChanged: true, designChangeReason: reason })).status).toBe('pass');
    },
  );
  it('another reason fails, admitting exceptions', async () => {
    expect((await check(ID, { preliminaryDesignChanged: true, designChangeReason: 'cost' }, { locale: 'zh-Hant' })).message).toMatch(/原則上/);
  });
});
