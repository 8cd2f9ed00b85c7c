/**
 * landuse-rules/testing — the library as a compliance oracle in a test suite.
 *
 * Framework-free: `assertRule(facts, ruleId, status, options)` throws an Error whose
 * message shows the result, its reasons and its citation. For vitest (or Jest):
 * `expect.extend(landuseMatchers)`, then `expect(facts).toPassRule(id, options)`,
 * `toFailRule`, `toBeUndeterminedFor`.
 */
import type { EvaluateOptions } from './evaluation/options.js';
import { untypedFacts } from './facts/untyped.js';
import type { RuleId } from './generated/types.js';
import type { RuleResult } from './core/report.js';
import type { Status } from './core/rule.js';
import { evaluateSync } from './sync.js';

const describeResult = (result: RuleResult): string =>
  [
    `${result.ruleId}: ${result.status} — ${result.message}`,
    ...result.reasons.map(
      (r) => `  ${r.holds ? '✓' : '✗'} ${r.fact} ${r.operator} ${JSON.stringify(r.expected)} (actual ${JSON.stringify(r.actual)}${r.unit ? ` ${r.unit}` : ''})`,
    ),
    ...(result.missingFacts.length ? [`  missing or invalid: ${result.missingFacts.join(', ')}`] : []),
    `  cited: ${result.citation.documentId} ${result.citation.article} “${result.citation.quote}”`,
  ].join('\n');

/** One rule's result for the facts (as `evaluateSync` reports it). The rule id is typed: a misspelled one does not compile. */
export const ruleResult = (facts: unknown, ruleId: RuleId, options: EvaluateOptions = {}): RuleResult => {
  // The facts are the subject of `expect`, of any shape: the untyped path, read and checked as always.
  const report = evaluateSync(untypedFacts(facts), { ...options, rules: [ruleId] });
  const result = report.results[0];
  if (!result) throw new Error(`rule ${ruleId} gave no result`);
  return result;
};

/** Throws unless the rule comes out with `status`; the message explains the actual outcome. */
export const assertRule = (facts: unknown, ruleId: RuleId, status: Status, options: EvaluateOptions = {}): RuleResult => {
  const result = ruleResult(facts, ruleId, options);
  if (result.status !== status) throw new Error(`expected ${ruleId} to be ${status}, got ${result.status}\n${describeResult(result)}`);
  return result;
};

type MatcherResult = { pass: boolean; message: () => string };
const matcher = (status: Status) =>
  function (this: { isNot?: boolean }, facts: unknown, ruleId: RuleId, options: EvaluateOptions = {}): MatcherResult {
    const result = ruleResult(facts, ruleId, options);
    // A rule not in force on the decisive date checked nothing: `.not.toPassRule` must not hold
    // vacuously on it (the negation fails, saying so), nor may any positive matcher.
    if (this.isNot && result.status === 'not-in-force')
      return {
        pass: true,
        message: () => `expected ${ruleId} not to be ${status}, but it was not checked at all: not-in-force\n${describeResult(result)}`,
      };
    return {
      pass: result.status === status,
      message: () => `expected ${ruleId} ${this.isNot ? 'not ' : ''}to be ${status}, got ${result.status}\n${describeResult(result)}`,
    };
  };

/** Matchers for `expect.extend`. */
export const landuseMatchers = {
  toPassRule: matcher('pass'),
  toFailRule: matcher('fail'),
  toBeUndeterminedFor: matcher('undetermined'),
};

/** Types for `expect(facts).toPassRule(…)`: add `declare module 'vitest' { interface Assertion<T> extends LanduseMatchers<T> {} }`. */
export interface LanduseMatchers<R = unknown> {
  toPassRule(ruleId: RuleId, options?: EvaluateOptions): R;
  toFailRule(ruleId: RuleId, options?: EvaluateOptions): R;
  toBeUndeterminedFor(ruleId: RuleId, options?: EvaluateOptions): R;
}
