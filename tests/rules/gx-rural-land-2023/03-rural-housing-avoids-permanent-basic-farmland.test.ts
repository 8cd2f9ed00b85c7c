import { describe, expect, it } from 'vitest';
import { check, describeStatuses } from '../../helpers.js';

const ID = 'gx-rural-land-2023/03-rural-housing-avoids-permanent-basic-farmland';

describeStatuses(ID, {
  pass: { projectType: 'rural-housing', occupiesPermanentBasicFarmland: false },
  fail: { projectType: 'rural-housing', occupiesPermanentBasicFarmland: true },
  notApplicable: { projectType: 'public-facility', occupiesPermanentBasicFarmland: true },
  undetermined: { projectType: 'rural-housing' },
});

describe(ID, () => {
  it('says in English what was violated', async () => {
    const result = await check(ID, { projectType: 'rural-housing', occupiesPermanentBasicFarmland: true }, { locale: 'en' });
    expect(result.message).toMatch(/must avoid permanent basic farmland/);
  });
});
