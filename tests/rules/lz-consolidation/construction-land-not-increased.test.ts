import { describe, expect, it } from 'vitest';
import { areaBoundary, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'lz-consolidation/construction-land-not-increased';
const project = { projectType: 'land-consolidation', constructionLandBeforeM2: 30_000, encroachesEcologicalRedLine: false };

describeStatuses(ID, {
  pass: { ...project, constructionLandAfterM2: 30_000 },
  fail: { ...project, constructionLandAfterM2: 30_000.01 },
  notApplicable: { ...project, projectType: 'industrial', constructionLandAfterM2: 90_000 },
  undetermined: { ...project },
});

// Hand-picked cases: construction-land-not-increased.cases.yaml.
describe(ID, () => {
  it.each(areaBoundary(30_000, 'm2', 'atMost'))('construction land after of %s', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...project, constructionLandAfterM2: value })).toBe(holds ? 'pass' : 'fail');
  });
});
