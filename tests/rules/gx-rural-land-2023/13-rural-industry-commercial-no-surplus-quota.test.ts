import { describeStatuses } from '../../helpers.js';

const ID = 'gx-rural-land-2023/13-rural-industry-commercial-no-surplus-quota';

describeStatuses(ID, {
  pass: { landUse: 'commercial-service', certifiedRuralIndustryIntegrationProject: true },
  fail: { landUse: 'commercial-service', certifiedRuralIndustryIntegrationProject: false },
  notApplicable: { landUse: 'industrial', certifiedRuralIndustryIntegrationProject: true },
  undetermined: { landUse: 'commercial-service' },
});
