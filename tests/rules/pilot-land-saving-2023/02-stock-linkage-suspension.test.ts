import { describe, expect, it } from 'vitest';
import { evaluate, type Facts } from '../../../src/index.js';
import { describeStatuses } from '../../helpers.js';

const ID = 'pilot-land-saving-2023/02-stock-linkage-suspension';

describeStatuses(ID, {
  pass: { applicationType: 'new-construction-land', countyCompletedStockDisposalTask: true },
  fail: { applicationType: 'block-development-plan', countyCompletedStockDisposalTask: false },
  notApplicable: { applicationType: 'new-mining-right', countyCompletedStockDisposalTask: false },
  undetermined: { applicationType: 'new-construction-land' },
});

// Hand-picked cases: 02-stock-linkage-suspension.cases.yaml.
describe(ID, () => {
  // Evaluates every rule of two jurisdictions, which a case (one rule) cannot say.
  it('the pilot city stands alone: never reported for a Liuzhou case unless asked for by id', async () => {
    const facts: Facts = { applicationType: 'new-construction-land', countyCompletedStockDisposalTask: false };
    const liuzhou = await evaluate(facts, { asOf: '2025-01-01', jurisdiction: '450200' });
    expect(liuzhou.results.some((r) => r.documentId === 'pilot-land-saving-2023')).toBe(false);
    const pilot = await evaluate(facts, { asOf: '2025-01-01', jurisdiction: 'pilot-city' });
    expect(pilot.results.every((r) => r.documentId === 'pilot-land-saving-2023')).toBe(true);
    expect(pilot.results.find((r) => r.ruleId === ID)!.status).toBe('fail');
  });
});
