import type { Localized } from '../core/locale.js';
import type { Parameter, RuleKind, Strength } from '../core/rule.js';
import type { RuleDefinition } from './definition.js';
import { RULE_DEFINITIONS } from './catalogue.js';
import { DOCUMENTS, coversJurisdiction } from './documents.js';

// Each rule is frozen by defineRule; the list is frozen here, so the catalogue cannot change under a later report.
export const RULES: readonly RuleDefinition[] = Object.freeze([...RULE_DEFINITIONS]);
export const RULE_BY_ID: ReadonlyMap<string, RuleDefinition> = new Map(RULES.map((rule) => [rule.id, rule]));

/** A copy made for each call: its titles and parameters are the catalogue's own, frozen. */
export interface RuleInfo {
  id: string;
  documentId: string;
  jurisdiction: string;
  inForce: { from: string; to?: string };
  kind: RuleKind;
  strength: Strength;
  title: Localized;
  citation: { documentId: string; article: string; quote: string };
  facts: string[];
  parameters: Record<string, Readonly<Parameter>>;
  attribute?: string;
}

export const ruleInfo = (rule: RuleDefinition): RuleInfo => {
  const document = DOCUMENTS[rule.documentId];
  return {
    id: rule.id,
    documentId: rule.documentId,
    jurisdiction: document.jurisdiction,
    inForce: { ...document.inForce },
    kind: rule.kind,
    strength: rule.strength,
    title: rule.title,
    citation: { documentId: rule.documentId, article: rule.citation.article, quote: rule.citation.quote },
    facts: [...rule.facts],
    parameters: { ...rule.parameters },
    ...(rule.attribute ? { attribute: rule.attribute } : {}),
  };
};

/**
 * The rules, optionally of one document or of the documents that bind a case under
 * `jurisdiction` (a Liuzhou code also lists Guangxi's rules).
 */
export function listRules(filter?: { documentId?: string; jurisdiction?: string; withLogic?: false }): RuleInfo[];
/** With `withLogic`, each rule also carries its whole definition (conditions, mechanisms, words): plain JSON, `loadRules` reads it back. */
export function listRules(filter: { documentId?: string; jurisdiction?: string; withLogic: true }): (RuleInfo & { definition: RuleDefinition })[];
export function listRules(filter: { documentId?: string; jurisdiction?: string; withLogic?: boolean } = {}): RuleInfo[] {
  return RULES.filter(
    (rule) =>
      (filter.documentId === undefined || rule.documentId === filter.documentId) &&
      (filter.jurisdiction === undefined || coversJurisdiction(DOCUMENTS[rule.documentId].jurisdiction, filter.jurisdiction)),
  ).map((rule) => (filter.withLogic ? { ...ruleInfo(rule), definition: rule } : ruleInfo(rule)));
}
