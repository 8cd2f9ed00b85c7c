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
  it('a reason of convenience fails, admitting exceptions', async () => {
    expect((await check(ID, { preliminaryDesignChanged: true, designChangeReason: 'cost-saving' }, { locale: 'zh-Hant' })).message).toMatch(/原則上/);
  });
  // Second reading: 「…等原因」 is open; a reason the text does not name used to fail outright.
  it('a reason the text does not name needs a recorded determination', async () => {
    const open = await check(ID, { preliminaryDesignChanged: true, designChangeReason: 'geological-hazard-found' });
    expect(open.status).toBe('undetermined');
    expect(open.missingFacts).toEqual(['designChangeReasonDeemedComparable']);
    expect((await check(ID, { preliminaryDesignChanged: true, designChangeReason: 'geological-hazard-found', designChangeReasonDeemedComparable: true })).status).toBe('pass');
    expect((await check(ID, { preliminaryDesignChanged: true, designChangeReason: 'geological-hazard-found', designChangeReasonDeemedComparable: false })).status).toBe('fail');
    expect((await check(ID, { preliminaryDesignChanged: true, designChangeReason: 'owner-preference', designChangeReasonDeemedComparable: true })).status).toBe('fail');
  });
});
