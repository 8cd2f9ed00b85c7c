/**
 * landuse-rules: five Chinese land-use policy documents as executable, cited rules.
 * The public surface is listed here and nowhere else.
 */
import { evaluateWith } from './core/engine.js';
import { evaluateSyncWith } from './core/evaluator.js';
import type { RuleDefinition } from './rules/definition.js';
import { validateRule } from './rules/validate-rule.js';
import type { UntypedEvaluateOptions } from './core/options.js';
import type { Report } from './core/report.js';
import { DOMAIN } from './evaluation/domain.js';
import type { EvaluateOptions } from './evaluation/options.js';
import type { UntypedFacts } from './facts/untyped.js';
import type { Facts } from './generated/types.js';
import { RULES } from './rules/index.js';

/** Evaluates the facts of one case as of a date; json-rules-engine decides every condition. Facts never make it throw; bad options do (OptionError). */
export function evaluate(facts: Facts, options?: EvaluateOptions): Promise<Report>;
/** Data of unknown shape, marked on purpose by `untypedFacts(data)`; its rule ids are checked when read. */
export function evaluate(facts: UntypedFacts, options?: UntypedEvaluateOptions): Promise<Report>;
export function evaluate(facts: Facts | UntypedFacts, options?: UntypedEvaluateOptions): Promise<Report> {
  return evaluateWith(facts, options, RULES, DOMAIN);
}

export { evaluateSync } from './sync.js';

/**
 * An evaluator over other rules than the catalogue's, e.g. a rule set read back with `loadRules`:
 * each rule is checked against the rule schema first (a problem throws, naming it).
 */
export const createEvaluator = (rules: readonly RuleDefinition[]): Evaluator => {
  const checked: readonly RuleDefinition[] = Object.freeze(rules.map((rule) => validateRule(rule)));
  return {
    evaluate: (facts, options) => evaluateWith(facts, options, checked, DOMAIN),
    evaluateSync: (facts, options) => evaluateSyncWith(facts, options, checked, DOMAIN),
  };
};

/**
 * `evaluate` and `evaluateSync` over a rule set of the caller's: the facts are typed as for
 * the catalogue (the vocabulary is the same), or marked by `untypedFacts`; the rule ids are
 * the set's own, so plain strings, checked when read.
 */
export interface Evaluator {
  evaluate(facts: Facts | UntypedFacts, options?: UntypedEvaluateOptions): Promise<Report>;
  evaluateSync(facts: Facts | UntypedFacts, options?: UntypedEvaluateOptions): Report;
}
export { exportRules, loadRules, RuleSetError, ruleSetJsonSchema, RULE_SET_FORMAT, type RuleSet } from './rules/rule-set.js';

export { listRules, type RuleInfo } from './rules/index.js';
export { DOCUMENTS, type DocumentId, type PolicyDocument } from './rules/documents.js';
export { OptionError, type UntypedEvaluateOptions } from './core/options.js';
export type { EvaluateOptions } from './evaluation/options.js';
export { untypedFacts, type UntypedFacts } from './facts/untyped.js';
export { normaliseFacts, ValueMapError, type NormaliseOptions, type ValueChange } from './facts/normalise.js';
export { VALUE_LABELS, type ValueLabels } from './facts/value-labels.js';
export type { Facts, RuleId } from './generated/types.js';
export type { Report, RuleResult, Reason, Summary, FactIssue } from './core/report.js';
export { type Status, type RuleKind, type Strength, type Parameter, type Consequence, CONSEQUENCES } from './core/rule.js';
export type { Locale, Localized } from './core/locale.js';
export { checkRuleJson } from './rules/validate-rule.js';
export { FACTS, FACT_NAMES, type FactName } from './facts/vocabulary.js';
export { factsJsonSchema, factsSchema } from './facts/json-schema.js';
export type { RuleDefinition } from './rules/definition.js';
export type { Expr, Mechanism, Derived, Conclusions, ParamRef, ItemTest } from './core/mechanisms.js';
export { compactReport, OUTCOMES, type CompactOptions, type CompactReport, type CompactResult, type Outcome } from './core/compact.js';
export {
  reportSchema,
  compactReportSchema,
  ruleResultSchema,
  compactRuleResultSchema,
  reasonSchema,
  citationSchema,
  factIssueSchema,
  summarySchema,
  reportJsonSchema,
} from './core/report-schema.js';
