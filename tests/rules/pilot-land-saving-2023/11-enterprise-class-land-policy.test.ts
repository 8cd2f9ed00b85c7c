import { describe, expect, it } from 'vitest';
import { check, describeStatuses } from '../../helpers.js';

const ID = 'pilot-land-saving-2023/11-enterprise-class-land-policy';

describeStatuses(ID, {
  pass: { requestsNewProjectLand: true, enterpriseClass: 'A' },
  fail: { requestsNewProjectLand: true, enterpriseClass: 'D' },
  notApplicable: { requestsNewProjectLand: false, enterpriseClass: 'D' },
  undetermined: { requestsNewProjectLand: true },
});

describe(ID, () => {
  it.each([
    ['A', 'pass', 'priority'],
    ['B', 'pass', 'supported'],
    ['C', 'pass', 'supported'],
    ['D', 'fail', 'not-arranged'],
  ])('class %s: %s, %s', async (enterpriseClass, status, policy) => {
    const result = await check(ID, { requestsNewProjectLand: true, enterpriseClass });
    expect(result.status).toBe(status);
    expect(result.conclusions).toEqual({ landPolicy: policy });
  });
});
