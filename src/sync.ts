/** The synchronous evaluator and the catalogue, without json-rules-engine: what forms and workers load. */
import { evaluateSyncWith } from './core/evaluator.js';
import type { EvaluateOptions } from './core/options.js';
import type { Report } from './core/report.js';
import { DOMAIN } from './evaluation/domain.js';
import { RULES } from './rules/index.js';

/** The same report as `evaluate`, synchronously: each rule's JSON compiled once into plain closures. */
export const evaluateSync = (facts: unknown, options?: EvaluateOptions): Report => evaluateSyncWith(facts, options, RULES, DOMAIN);
