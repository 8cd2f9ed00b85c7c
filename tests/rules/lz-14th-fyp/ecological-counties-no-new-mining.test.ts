import { describe, expect, it } from 'vitest';
import { check, describeStatuses } from '../../helpers.js';

const ID = 'lz-14th-fyp/ecological-counties-no-new-mining';

describeStatuses(ID, {
  pass: { applicationType: 'new-mining-right', countyCode: '450222' },
  fail: { applicationType: 'new-mining-right', countyCode: '450226' },
  notApplicable: { applicationType: 'new-construction-land', countyCode: '450226' },
  undetermined: { applicationType: 'new-exploration-right' },
});

describe(ID, () => {
  it('Rongshui too, and the fail is advisory', async () => {
    const result = await check(ID, { applicationType: 'new-exploration-right', countyCode: '450225' }, { locale: 'en' });
    expect(result.status).toBe('fail');
    expect(result.message).toMatch(/nothing is violated/);
  });
  it('a county code must be six digits', async () => {
    expect((await check(ID, { applicationType: 'new-exploration-right', countyCode: 'Sanjiang' })).status).toBe('undetermined');
  });
});
