import { describeStatuses } from '../../helpers.js';

const ID = 'pilot-land-saving-2023/07-site-selection-alternatives';
const project = { projectType: 'major-infrastructure', stage: 'site-selection' };
const alt = (id: string, cultivated: number, pbf: number, chosen = false) => ({
  id,
  cultivatedLandShare: cultivated,
  permanentBasicFarmlandShare: pbf,
  chosen,
});

describeStatuses(ID, {
  pass: { ...project, siteAlternatives: [alt('A', 0.3, 0.1, true), alt('B', 0.2, 0.05)] },
  fail: { ...project, siteAlternatives: [alt('A', 0.3, 0.1, true)] },
  notApplicable: { ...project, stage: 'construction', siteAlternatives: [] },
  undetermined: { ...project },
});
