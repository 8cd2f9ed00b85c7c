import type { EvaluateOptions as CoreEvaluateOptions } from '../core/options.js';
import type { RuleId } from '../generated/types.js';
import type { DocumentId } from '../rules/documents.js';

/** The options of one evaluation, typed: `rules` autocompletes the catalogue's rule and document ids. */
export type EvaluateOptions = CoreEvaluateOptions<RuleId | DocumentId>;
