import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, untypedFacts } from '../src/index.js';
import { RULE_BY_ID } from '../src/rules/index.js';
import { anyFacts } from './arbitraries.js';
import { refusedFacts } from './helpers.js';

const RUNS = 10_000;
/**
 * Each property took 50–58 s on this 2-core machine at a load average of 9 (four jobs sharing
 * it); the limit keeps 3× headroom over that busy figure, so a busy machine never fails it.
 */
const TIME_LIMIT_MS = 180_000;
const asOf = fc.constantFrom('2021-06-30', '2023-12-04', '2025-06-30', '2025-12-31', '2026-12-03', '2027-01-01');

describe('properties', () => {
  it(
    `${RUNS} arbitrary JSON inputs: no throw, and no pass for a rule that reads an invalid fact`,
    async () => {
      await fc.assert(
        fc.asyncProperty(anyFacts, asOf, async (facts, date) => {
          const report = await evaluate(untypedFacts(facts), { asOf: date });
          const invalid = refusedFacts(report);
          for (const result of report.results) {
            const rule = RULE_BY_ID.get(result.ruleId)!;
            if (rule.facts.some((fact) => invalid.has(fact)) || invalid.has('')) {
              expect(result.status).not.toBe('pass');
            }
          }
          const { pass, fail, undetermined } = report.summary;
          expect(pass + fail + undetermined + report.summary['not-applicable'] + report.summary['not-in-force']).toBe(report.results.length);
          expect(report.summary.violation + report.summary['not-eligible'] + report.summary['target-missed']).toBe(fail);
        }),
        { numRuns: RUNS },
      );
    },
    TIME_LIMIT_MS,
  );
});
