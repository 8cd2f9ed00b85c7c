import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateSync } from '../src/index.js';
import { RULE_BY_ID } from '../src/rules/index.js';
import { calls, hostileFacts, materialise, withoutInherited } from './arbitraries.js';
import { refusedFacts } from './helpers.js';

const RUNS = 10_000;
/** 10,000 runs took 49 s at a load average of 7–8 on this 2-core machine: the limit keeps over 3× headroom. */
const TIME_LIMIT_MS = 180_000;
const asOf = fc.constantFrom('2021-06-30', '2023-12-04', '2025-06-30', '2025-12-31', '2026-12-03', '2027-01-01', '0001-01-01', '9999-12-31');

/** Recipes that must leave their fact invalid, whatever the value. */
const ALWAYS_INVALID = new Set(['getter', 'throwing-getter', 'throwing-proxy', 'revoked', 'sparse']);

describe('properties', () => {
  it(
    `${RUNS} hostile fact sets (getters, Proxies, prototype chains, holes, cycles, look-alikes, extreme dates): the evaluators agree, nothing is called, nothing invalid passes`,
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileFacts, asOf, async (hostile, date) => {
          const options = { asOf: date };
          calls.count = 0;
          const report = await evaluate(materialise(hostile), options);
          expect(evaluateSync(materialise(hostile), options)).toEqual(report);
          // No getter and no Proxy get trap was ever called.
          expect(calls.count).toBe(0);
          // What is only on the prototype is not there at all.
          if (hostile.recipes.some((r) => r.how === 'inherited')) expect(evaluateSync(materialise(withoutInherited(hostile)), options)).toEqual(report);
          const invalid = refusedFacts(report);
          for (const { name, how } of hostile.recipes) if (ALWAYS_INVALID.has(how)) expect(invalid).toContain(name);
          for (const result of report.results) {
            if (RULE_BY_ID.get(result.ruleId)!.facts.some((fact) => invalid.has(fact))) expect(result.status).not.toBe('pass');
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIME_LIMIT_MS,
  );
});
