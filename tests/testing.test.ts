import { describe, expect, it } from 'vitest';
import { assertRule, landuseMatchers, type LanduseMatchers } from '../src/testing.js';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Assertion<T> extends LanduseMatchers<T> {}
}
expect.extend(landuseMatchers);

const ID = 'gx-rural-land-2023/11-small-facility-agriculture-filing';
const farm = { projectType: 'facility-agriculture', floorAreaM2: 800 };
const asOf = { asOf: '2025-06-30' };

describe('landuse-rules/testing', () => {
  it('matches pass, fail and undetermined', () => {
    expect({ ...farm, siteAreaM2: 500 }).toPassRule(ID, asOf);
    expect({ ...farm, siteAreaM2: 501 }).toFailRule(ID, asOf);
    expect({ projectType: 'facility-agriculture' }).toBeUndeterminedFor(ID, asOf);
    expect({ ...farm, siteAreaM2: 501 }).not.toPassRule(ID, asOf);
  });
  it('a failed expectation shows the reasons and the citation', () => {
    expect(() => expect({ ...farm, siteAreaM2: 501 }).toPassRule(ID, asOf)).toThrow(
      /✗ siteAreaM2 atMost 500 \(actual 501 m2\)[\s\S]*cited: gx-rural-land-2023 \(十一\)/,
    );
  });
  it('assertRule is framework-free and returns the result', () => {
    expect(assertRule({ ...farm, siteAreaM2: 10 }, ID, 'pass', asOf).conclusions).toEqual({ simplifiedFiling: true, remoteSensingFilingPossible: true });
    expect(() => assertRule({ ...farm, siteAreaM2: 600 }, ID, 'pass', asOf)).toThrow(/expected .* to be pass, got fail/);
  });
});
