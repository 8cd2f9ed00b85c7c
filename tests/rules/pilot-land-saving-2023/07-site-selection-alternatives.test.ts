import { describe, expect, it } from 'vitest';
import { check, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'pilot-land-saving-2023/07-site-selection-alternatives';
const project = { projectType: 'major-infrastructure', stage: 'site-selection' };
const alt = (id: string, cultivated: number, pbf: number, chosen = false) => ({ id, cultivatedLandShare: cultivated, permanentBasicFarmlandShare: pbf, chosen });

describeStatuses(ID, {
  pass: { ...project, siteAlternatives: [alt('A', 0.3, 0.1, true), alt('B', 0.2, 0.05)] },
  fail: { ...project, siteAlternatives: [alt('A', 0.3, 0.1, true)] },
  notApplicable: { ...project, stage: 'construction', siteAlternatives: [] },
  undetermined: { ...project },
});

describe(ID, () => {
  it.each([
    [1, 'fail'],
    [2, 'pass'],
    [3, 'pass'],
  ])('%i alternatives: %s', async (n, status) => {
    const alternatives = Array.from({ length: n }, (_, i) => alt(`S${i}`, 0.1, 0.1));
    expect(await statusOf(ID, { ...project, siteAlternatives: alternatives })).toBe(status);
  });
  it('prefers the least permanent basic farmland, then the least cultivated land, and says whether it was chosen', async () => {
    const result = await check(ID, { ...project, siteAlternatives: [alt('A', 0.1, 0.2, true), alt('B', 0.4, 0.05), alt('C', 0.3, 0.05)] });
    expect(result.status).toBe('pass');
    expect(result.conclusions).toEqual({ preferredAlternativeId: 'C', chosenIsPreferred: false });
  });
});
