import { describeStatuses } from '../../helpers.js';

const ID = 'lz-consolidation/county-project-count-target';
const county = { reportType: 'county-annual', townshipCount: 12 };

/** The 2025 milestone is judged from 2026-01-01 (second reading, conventions §3c). */
const DUE_2025 = { asOf: '2026-01-01' };

describeStatuses(ID, {
  pass: { ...county, year: 2025, consolidationProjectsImplemented: 10 },
  fail: { ...county, year: 2025, consolidationProjectsImplemented: 9 },
  notApplicable: { reportType: 'city-indicators', year: 2025, consolidationProjectsImplemented: 0 },
  undetermined: { reportType: 'county-annual', year: 2025, townshipCount: 6 },
  options: DUE_2025,
});
