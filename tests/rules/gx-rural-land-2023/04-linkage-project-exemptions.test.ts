import { describe, expect, it } from 'vitest';
import { check, statusOf } from '../../helpers.js';

const ID = 'gx-rural-land-2023/04-linkage-project-exemptions';

// The rule has no fact beyond its selector, so it cannot fail or be undetermined by a missing fact.
describe(ID, () => {
  it('grants both fee exemptions and waives the separate conversion approval', async () => {
    const result = await check(ID, { viaIncreaseDecreaseLinkage: true });
    expect(result.status).toBe('pass');
    expect(result.conclusions).toEqual({
      separateConversionApprovalRequired: false,
      exemptFees: ['new-construction-land-paid-use-fee', 'farmland-reclamation-fee'],
    });
  });
  it('does not concern other projects', async () => {
    expect(await statusOf(ID, { viaIncreaseDecreaseLinkage: false })).toBe('not-applicable');
    expect(await statusOf(ID, {})).toBe('not-applicable');
  });
  it('is undetermined when the selector itself is invalid', async () => {
    const result = await check(ID, { viaIncreaseDecreaseLinkage: 'yes' });
    expect(result.status).toBe('undetermined');
    expect(result.missingFacts).toEqual(['viaIncreaseDecreaseLinkage']);
  });
  it.each([
    ['2023-12-03', 'not-in-force'],
    ['2023-12-04', 'pass'],
    ['2026-12-03', 'pass'],
    ['2026-12-04', 'not-in-force'],
  ])('on %s it is %s', async (asOf, status) => {
    expect(await statusOf(ID, { viaIncreaseDecreaseLinkage: true }, { asOf })).toBe(status);
  });
});
