import { describe, expect, it } from 'vitest';
import { compare, exact, fraction, add, sub, toNumber, type Exact } from '../src/core/exact.js';
import { plusDays } from '../src/core/dates.js';
import { fromSquareMetres, toSquareMetres, type AreaUnit } from '../src/core/units.js';
import { evaluate, evaluateSync, untypedFacts, type EvaluateOptions, type RuleResult, type Status, type UntypedEvaluateOptions } from '../src/index.js';
import { RULE_BY_ID } from '../src/rules/index.js';
import { DOCUMENTS } from '../src/rules/documents.js';

export const AS_OF = '2025-06-30';

/**
 * Evaluates one rule both ways — json-rules-engine and the compiled closures —
 * requires the two reports to be identical, and returns the rule's result.
 */
export const check = async (ruleId: string, facts: unknown, options: EvaluateOptions = {}): Promise<RuleResult> => {
  // Any rule, facts of any shape (the hostile and invalid ones too): the untyped path.
  const opts: UntypedEvaluateOptions = { asOf: AS_OF, ...options, rules: [ruleId] };
  const report = await evaluate(untypedFacts(facts), opts);
  expect(evaluateSync(untypedFacts(facts), opts)).toEqual(report);
  expect(report.results).toHaveLength(1);
  return report.results[0]!;
};

export const statusOf = async (ruleId: string, facts: unknown, options: EvaluateOptions = {}): Promise<Status> => (await check(ruleId, facts, options)).status;

type Comparison = 'atMost' | 'atLeast' | 'above' | 'below';
const STEP: Record<AreaUnit, string> = { m2: '0.01', mu: '0.0001', ha: '0.000001' };

const decimalOrThrow = (value: Exact, what: string): number => {
  const shown = toNumber(value);
  if (compare(exact(shown), value) !== 0) throw new Error(`${what} is not a finite decimal`);
  return shown;
};

const holds = (order: number, comparison: Comparison) =>
  comparison === 'atMost' ? order <= 0 : comparison === 'atLeast' ? order >= 0 : comparison === 'above' ? order > 0 : order < 0;

export interface BoundaryCase {
  name: string;
  value: number | { value: number; unit: AreaUnit };
  holds: boolean;
}

/**
 * The bound itself and one step either side, in every unit where the bound is an
 * exact decimal: 500 m² is 0.75 亩 and 0.05 公顷. A plain number is in the fact's own unit.
 */
export const areaBoundary = (bound: number, factUnit: AreaUnit, comparison: Comparison, units: readonly AreaUnit[] = ['m2', 'mu', 'ha']): BoundaryCase[] => {
  const boundM2 = toSquareMetres(exact(bound), factUnit);
  return units.flatMap((unit) => {
    const at = fromSquareMetres(boundM2, unit);
    const step = exact(STEP[unit]);
    return (
      [
        ['at the bound', at],
        ['one step below', sub(at, step)],
        ['one step above', add(at, step)],
      ] as const
    ).map(([where, inUnit]) => {
      const value = decimalOrThrow(inUnit, `${bound} ${factUnit} in ${unit}`);
      const order = compare(toSquareMetres(inUnit, unit), boundM2);
      return {
        name: `${value} ${unit} (${where})`,
        value: unit === factUnit ? value : { value, unit },
        holds: holds(order, comparison),
      };
    });
  });
};

/** The bound and one step either side for a plain number. */
export const numberBoundary = (bound: number | string, step: number | string, comparison: Comparison): BoundaryCase[] =>
  (
    [
      ['at the bound', exact(bound)],
      ['one step below', sub(exact(bound), exact(step))],
      ['one step above', add(exact(bound), exact(step))],
    ] as const
  )
    .filter(([, value]) => compare(value, fraction(0n, 1n)) >= 0)
    .map(([where, value]) => ({ name: `${toNumber(value)} (${where})`, value: toNumber(value), holds: holds(compare(value, exact(bound)), comparison) }));

export interface StatusExamples {
  pass: Record<string, unknown>;
  fail: Record<string, unknown>;
  notApplicable: Record<string, unknown>;
  undetermined: Record<string, unknown>;
  options?: EvaluateOptions;
}

/**
 * The tests every rule gets: one case per status, an invalid fact never passing,
 * and the in-force window at its first and last day and the days around them.
 */
export const describeStatuses = (ruleId: string, examples: StatusExamples): void => {
  const rule = RULE_BY_ID.get(ruleId);
  if (!rule) throw new Error(`unknown rule ${ruleId}`);
  const window = DOCUMENTS[rule.documentId].inForce;
  const options = examples.options ?? {};
  describe(`${ruleId}: statuses`, () => {
    it('passes on the passing example', async () => {
      const result = await check(ruleId, examples.pass, options);
      expect(result.status).toBe('pass');
      expect(result.missingFacts).toEqual([]);
      expect(result.reasons.length).toBeGreaterThan(0);
      expect(result.reasons.every((r) => typeof r.holds === 'boolean')).toBe(true);
    });
    it('fails on the failing example, with a reason that does not hold', async () => {
      const result = await check(ruleId, examples.fail, options);
      expect(result.status).toBe('fail');
      expect(result.reasons.some((r) => !r.holds)).toBe(true);
    });
    it('is not applicable to a case it does not concern', async () => {
      expect(await statusOf(ruleId, examples.notApplicable, options)).toBe('not-applicable');
    });
    it('is undetermined when a needed fact is missing, and names it', async () => {
      const result = await check(ruleId, examples.undetermined, options);
      expect(result.status).toBe('undetermined');
      expect(result.missingFacts.length).toBeGreaterThan(0);
    });
    it('is undetermined, never passing, when a fact it reads is invalid', async () => {
      for (const fact of rule.facts) {
        if (!(fact in examples.pass)) continue;
        const facts = { ...examples.pass, [fact]: { invalid: ['value'] } };
        const report = await evaluate(untypedFacts(facts), { asOf: AS_OF, ...options, rules: [ruleId] });
        expect(report.results[0]!.status, fact).toBe('undetermined');
        expect(report.issues.map((i) => i.path[0])).toContain(fact);
      }
    });
    if ((rule.decisiveDate ?? 'asOf') === 'asOf') {
      const days: [string, boolean][] = [
        [plusDays(window.from, -1), false],
        [window.from, true],
      ];
      if ('to' in window && window.to) days.push([window.to, true], [plusDays(window.to, 1), false]);
      it.each(days)('on %s the rule is in force: %s', async (asOf, inForce) => {
        const status = await statusOf(ruleId, examples.pass, { ...options, asOf });
        expect(status).toBe(inForce ? 'pass' : 'not-in-force');
      });
    }
  });
};

/** Issue codes that are news about valid facts, not refusals: an unknown value kept as another kind, a near-miss key, a value read as its code. */
export const NEWS_ISSUES: ReadonlySet<string> = new Set(['unknown-value', 'unknown-fact', 'value-read-as-code']);

/** The facts a report refused (its issues but the news), by name. */
export const refusedFacts = (report: { readonly issues: readonly { readonly path: readonly (string | number)[]; readonly code: string }[] }): Set<string> =>
  new Set(report.issues.filter((issue) => !NEWS_ISSUES.has(issue.code)).map((issue) => String(issue.path[0] ?? '')));
