import { describe, expect, it } from 'vitest';
import { areaBoundary, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'lz-consolidation/new-cultivated-land-share';
const project = { projectType: 'land-consolidation', originalCultivatedLandM2: 200_000 };

describeStatuses(ID, {
  pass: { ...project, newCultivatedLandM2: 10_000 },
  fail: { ...project, newCultivatedLandM2: 9_999.99 },
  notApplicable: { ...project, projectType: 'farmland-consolidation', newCultivatedLandM2: 0 },
  undetermined: { projectType: 'land-consolidation', newCultivatedLandM2: 10_000 },
  options: { jurisdiction: '450200' },
});

// Hand-picked cases: new-cultivated-land-share.cases.yaml.
describe(ID, () => {
  // 5% of 200 000 m² = 10 000 m² = 15 亩 = 1 公顷.
  it.each(areaBoundary(10_000, 'm2', 'atLeast'))('new cultivated land of %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...project, newCultivatedLandM2: value })).toBe(holds ? 'pass' : 'fail');
  });
});
