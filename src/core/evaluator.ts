/**
 * The two evaluators' shared course: options and facts read, stage one for every rule
 * (semantics.ts `prepare`), leaf results from json-rules-engine (engine.ts) or from the
 * compiled closures (compiled.ts), stage two (`finish`) and the report. The compiled
 * path also skips, through the per-date dispatch, the rules a case cannot concern.
 */
import { compiledLeafResults, planOf } from './compiled.js';
import { dispatchOf } from './dispatch.js';
import type { Domain, ReadFacts } from './domain.js';
import { type EvaluateOptions, type EvaluationContext, resolveOptions } from './options.js';
import { withParametersResolvedAll } from './parameters.js';
import type { DocumentNotInForce, Report, RuleResult } from './report.js';
import type { RuleDefinition } from './rule.js';
import { documentsNotInForceOf, type Pending, finish, isPending, prepare, summaryOf } from './semantics.js';
import { CaseFacts } from './view.js';

export interface Evaluation {
  readonly context: EvaluationContext;
  readonly read: ReadFacts;
  readonly staged: (RuleResult | Pending)[];
}

export const begin = (facts: unknown, options: unknown, catalogue: readonly RuleDefinition[], domain: Domain, early = false): Evaluation => {
  // Thresholds are read by name in rule JSON; the evaluators compare with their values.
  const context = resolveOptions(options, withParametersResolvedAll(catalogue), domain);
  const read = domain.readFacts(facts, context.locale, context.limits);
  const lookup = new CaseFacts(read.values, context.asOf);
  const rules = context.rules;
  if (!early || read.invalid.size > 0) return { context, read, staged: rules.map((rule) => prepare(rule, planOf, read, context, lookup, early)) };
  const dispatch = dispatchOf(context);
  // Holes are filled just below: every rule either has a template result or is evaluated.
  const staged = dispatch.template.slice() as (RuleResult | Pending)[];
  for (const index of dispatch.always) staged[index] = prepare(rules[index]!, planOf, read, context, lookup, true);
  for (const [fact, value] of read.values) {
    const opened = dispatch.gates.get(fact)?.get(value);
    if (opened) for (const index of opened) staged[index] = prepare(rules[index]!, planOf, read, context, lookup, true);
  }
  return { context, read, staged };
};

export const end = ({ context, read, staged }: Evaluation, leafResults: (pending: Pending) => boolean[]): Report => {
  const results = staged.map((s) => (isPending(s) ? finish(s, leafResults(s), read, context) : s));
  const { asOf, jurisdiction } = context;
  const summary = summaryOf(results);
  const documentsNotInForce = summary['not-in-force'] === 0 ? NONE : documentsNotInForceOf(results, context);
  return jurisdiction === undefined
    ? { asOf, results, issues: read.issues, summary, documentsNotInForce }
    : { asOf, jurisdiction, results, issues: read.issues, summary, documentsNotInForce };
};

const NONE: readonly DocumentNotInForce[] = Object.freeze([]);

/** `evaluateSync`: the report json-rules-engine's path gives, from the compiled closures. */
export const evaluateSyncWith = (facts: unknown, options: EvaluateOptions | undefined, catalogue: readonly RuleDefinition[], domain: Domain): Report =>
  end(begin(facts, options, catalogue, domain, true), compiledLeafResults);
