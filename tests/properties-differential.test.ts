import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateSync } from '../src/index.js';
import { validFacts } from './arbitraries.js';

const RUNS = 10_000;
/**
 * Each property took 50–58 s on this 2-core machine at a load average of 9 (four jobs sharing
 * it); the limit keeps 3× headroom over that busy figure, so a busy machine never fails it.
 */
const TIME_LIMIT_MS = 180_000;
const asOf = fc.constantFrom('2021-06-30', '2023-12-04', '2025-06-30', '2025-12-31', '2026-12-03', '2027-01-01');
/** The act's day (conventions §2a), absent or on each side of every document's first and last day. */
const actOn = fc.option(
  fc.constantFrom('2020-12-30', '2020-12-31', '2023-02-28', '2023-03-01', '2023-12-03', '2023-12-04', '2025-12-31', '2026-01-01', '2026-12-03', '2026-12-04'),
  { nil: undefined, freq: 2 },
);

describe('properties', () => {
  it(
    `${RUNS} random fact sets: json-rules-engine and the compiled closures give identical reports`,
    async () => {
      const seen = { pass: 0, fail: 0, 'not-applicable': 0, undetermined: 0, 'not-in-force': 0 };
      await fc.assert(
        fc.asyncProperty(validFacts, asOf, actOn, fc.constantFrom<'zh-Hans' | 'en'>('zh-Hans', 'en'), async (facts, date, act, locale) => {
          const options = act === undefined ? { asOf: date, locale } : { asOf: date, actOn: act, locale };
          const report = await evaluate(facts, options);
          expect(evaluateSync(facts, options)).toEqual(report);
          for (const status of Object.keys(seen) as (keyof typeof seen)[]) seen[status] += report.summary[status];
          // A message never shows a raw placeholder, whatever facts are missing.
          for (const result of report.results) expect(result.message).not.toMatch(/\{[A-Za-z$@]\w*\}/);
        }),
        { numRuns: RUNS },
      );
      // The cases reach decisions, not only "not applicable".
      expect(seen.pass).toBeGreaterThan(RUNS / 10);
      expect(seen.fail).toBeGreaterThan(RUNS / 10);
      expect(seen.undetermined).toBeGreaterThan(RUNS / 10);
      // And lapses: rules that concern a case whose act fell outside their document's window.
      expect(seen['not-in-force']).toBeGreaterThan(RUNS / 100);
    },
    TIME_LIMIT_MS,
  );
});
