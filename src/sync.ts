/** The synchronous evaluator and the catalogue, without json-rules-engine: what forms and workers load. */
import { evaluateSyncWith } from './core/evaluator.js';
import type { UntypedEvaluateOptions } from './core/options.js';
import type { Report } from './core/report.js';
import { DOMAIN } from './evaluation/domain.js';
import type { EvaluateOptions } from './evaluation/options.js';
import type { UntypedFacts } from './facts/untyped.js';
import type { Facts } from './generated/types.js';
import { RULES } from './rules/index.js';

/** The same report as `evaluate`, synchronously: each rule's JSON compiled once into plain closures. */
export function evaluateSync(facts: Facts, options?: EvaluateOptions): Report;
/** Data of unknown shape, marked on purpose by `untypedFacts(data)`; its rule ids are checked when read. */
export function evaluateSync(facts: UntypedFacts, options?: UntypedEvaluateOptions): Report;
export function evaluateSync(facts: Facts | UntypedFacts, options?: UntypedEvaluateOptions): Report {
  return evaluateSyncWith(facts, options, RULES, DOMAIN);
}
