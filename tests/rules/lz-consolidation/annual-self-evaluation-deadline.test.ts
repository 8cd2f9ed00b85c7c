import { describeStatuses } from '../../helpers.js';

const ID = 'lz-consolidation/annual-self-evaluation-deadline';
const report = { reportType: 'county-annual', year: 2024 };

describeStatuses(ID, {
  pass: { ...report, selfEvaluationSubmittedOn: '2024-12-31' },
  fail: { ...report, selfEvaluationSubmittedOn: '2025-01-01' },
  notApplicable: { reportType: 'city-indicators', year: 2024 },
  undetermined: { reportType: 'county-annual', selfEvaluationSubmittedOn: '2024-12-01' },
});
