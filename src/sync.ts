/** The synchronous evaluator and the catalogue, without json-rules-engine: what forms and workers load. */
import { evaluateSyncWith, type Report } from './core/evaluate.js';
import type { EvaluateOptions } from './core/options.js';
import { DOCUMENT_ID_SET, RULES } from './rules/index.js';

/** The same report as `evaluate`, synchronously: each rule's JSON compiled once into plain closures. */
export const evaluateSync = (facts: unknown, options?: EvaluateOptions): Report => evaluateSyncWith(facts, options, RULES, DOCUMENT_ID_SET);
