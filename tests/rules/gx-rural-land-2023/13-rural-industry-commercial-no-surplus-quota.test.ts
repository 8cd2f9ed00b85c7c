import { describe, expect, it } from 'vitest';
import { check, describeStatuses } from '../../helpers.js';

const ID = 'gx-rural-land-2023/13-rural-industry-commercial-no-surplus-quota';

describeStatuses(ID, {
  pass: { landUse: 'commercial-service', certifiedRuralIndustryIntegrationProject: true },
  fail: { landUse: 'commercial-service', certifiedRuralIndustryIntegrationProject: false },
  notApplicable: { landUse: 'industrial', certifiedRuralIndustryIntegrationProject: true },
  undetermined: { landUse: 'commercial-service' },
});

describe(ID, () => {
  it('tells whether the surplus quota must be bought', async () => {
    expect((await check(ID, { landUse: 'commercial-service', certifiedRuralIndustryIntegrationProject: true })).conclusions).toEqual({ mustPurchaseSurplusQuota: false });
    expect((await check(ID, { landUse: 'commercial-service', certifiedRuralIndustryIntegrationProject: false })).conclusions).toEqual({ mustPurchaseSurplusQuota: true });
  });
});
