/**
 * The one Domain the library evaluates in: the five documents and the fact vocabulary,
 * handed to the core (which imports neither src/facts nor src/rules) by the entry points.
 */
import type { Domain } from '../core/domain.js';
import { readFacts } from '../facts/read.js';
import { DETERMINATIONS, FACT_KINDS, isFactName } from '../facts/vocabulary.js';
import { DOCUMENTS, DOCUMENT_IDS } from '../rules/documents.js';

export const DOMAIN: Domain = Object.freeze({
  documents: DOCUMENTS,
  documentIds: new Set<string>(DOCUMENT_IDS),
  readFacts,
  unitOf: (fact: string) => FACT_KINDS.get(fact)?.unit,
  isDetermination: (fact: string) => isFactName(fact) && DETERMINATIONS.has(fact),
});
