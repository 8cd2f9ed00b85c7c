import type { RuleDefinition as CoreRuleDefinition } from '../core/rule.js';
import type { FactName } from '../facts/vocabulary.js';
import type { DocumentId } from './documents.js';

/** A rule of this catalogue: its facts are vocabulary facts, its document one of the five. */
export type RuleDefinition = CoreRuleDefinition<FactName, DocumentId>;
