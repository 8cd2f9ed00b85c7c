import { conditionSchema, factsOfLeaf, leavesOf } from './conditions.js';
import type { RuleDefinition } from './rule.js';
import { isFactName } from '../facts/vocabulary.js';

/**
 * Checks a rule before it is used: its JSON against the zod schema (which rejects
 * `path`, `params`, `priority` and unknown operators), and every fact id it names
 * against the vocabulary, its declared facts and its derived values.
 */
export const validateRule = (rule: RuleDefinition): RuleDefinition => {
  const problems: string[] = [];
  const conditions = { selects: rule.selects, decision: rule.decision, notYetDue: rule.notYetDue, 'notConcerned.when': rule.notConcerned?.when };
  for (const [part, condition] of Object.entries(conditions)) {
    if (condition === undefined) continue;
    const parsed = conditionSchema.safeParse(condition);
    if (!parsed.success) problems.push(`${part}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  }
  const derived = new Set(Object.keys(rule.derive ?? {}).map((name) => `$${name}`));
  const declared = new Set<string>(rule.facts);
  const callerParameters = new Set(Object.keys(rule.callerParameters ?? {}).map((name) => `@${name}`));
  const checkId = (id: string, where: string) => {
    if (id === '@asOf' || derived.has(id) || callerParameters.has(id)) return;
    if (!isFactName(id)) problems.push(`${where}: '${id}' is not a vocabulary fact`);
    else if (!declared.has(id)) problems.push(`${where}: '${id}' is not in the rule's facts`);
  };
  if (problems.length === 0) {
    const leaves = Object.values(conditions).flatMap((condition) => (condition === undefined ? [] : leavesOf(condition)));
    for (const leaf of leaves) for (const id of factsOfLeaf(leaf)) checkId(id, 'condition');
  }
  const derivedSoFar = new Set<string>();
  for (const [name, d] of Object.entries(rule.derive ?? {})) {
    for (const id of d.from) {
      // Derived values are computed in declaration order: each may read only those before it.
      if (id.startsWith('$') && !derivedSoFar.has(id)) problems.push(`derive.${name}: '${id}' is not derived before it`);
      else checkId(id, `derive.${name}`);
    }
    derivedSoFar.add(`$${name}`);
  }
  for (const id of rule.facts) if (!isFactName(id)) problems.push(`facts: '${id}' is not a vocabulary fact`);
  for (const id of rule.inPrincipleFacts ?? []) if (!declared.has(id)) problems.push(`inPrincipleFacts: '${id}' is not in the rule's facts`);
  if (problems.length > 0) throw new Error(`Rule ${rule.id} is invalid:\n  ${problems.join('\n  ')}`);
  return rule;
};

/** Validates rule JSON from outside (a condition tree); returns the zod issues, or none. */
export const checkRuleJson = (json: unknown): { ok: true } | { ok: false; issues: string[] } => {
  const parsed = conditionSchema.safeParse(json);
  return parsed.success ? { ok: true } : { ok: false, issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
};
