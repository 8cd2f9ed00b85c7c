import { describe, expect, it } from 'vitest';
import { describeStatuses, numberBoundary, statusOf } from '../../helpers.js';

const ID = 'lz-proposal-048/land-management-right-registration';
const transfer = { landManagementRightTransfer: true };

describeStatuses(ID, {
  pass: { ...transfer, transferTermYears: 5 },
  fail: { ...transfer, transferTermYears: 4.99 },
  notApplicable: { landManagementRightTransfer: false, transferTermYears: 10 },
  undetermined: { ...transfer },
});

// Hand-picked cases: land-management-right-registration.cases.yaml.
describe(ID, () => {
  // 以上 includes five years.
  it.each(numberBoundary(5, 0.01, 'atLeast'))('a term of %s years', async ({ value, holds }) => {
    expect(await statusOf(ID, { ...transfer, transferTermYears: value })).toBe(holds ? 'pass' : 'fail');
  });
});
