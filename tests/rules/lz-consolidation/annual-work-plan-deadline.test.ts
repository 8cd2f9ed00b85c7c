import { describeStatuses } from '../../helpers.js';

const ID = 'lz-consolidation/annual-work-plan-deadline';
const report = { reportType: 'county-annual', year: 2024 };

describeStatuses(ID, {
  pass: { ...report, annualWorkPlanIssuedOn: '2024-03-31' },
  fail: { ...report, annualWorkPlanIssuedOn: '2024-04-01' },
  notApplicable: { reportType: 'city-indicators', year: 2024, annualWorkPlanIssuedOn: '2024-05-01' },
  undetermined: { reportType: 'county-annual', annualWorkPlanIssuedOn: '2024-03-01' },
});
