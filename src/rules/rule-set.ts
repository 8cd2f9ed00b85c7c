import * as z from 'zod';
import type { RuleDefinition } from './definition.js';
import { ruleSchema, validateRule } from './validate-rule.js';
import { RULES } from './index.js';

/** The name and version of the exported format: a reader refuses a format it does not know. */
export const RULE_SET_FORMAT = 'landuse-rules/rule-set@1';

/**
 * Rules as data: every rule of the catalogue (or those given) with its conditions, mechanisms,
 * parameters, words and citation — plain JSON, no function anywhere. Another runtime can
 * implement it; `loadRules` reads it back.
 */
export interface RuleSet {
  readonly format: typeof RULE_SET_FORMAT;
  readonly rules: readonly RuleDefinition[];
}

export const exportRules = (rules: readonly RuleDefinition[] = RULES): RuleSet => ({ format: RULE_SET_FORMAT, rules });

/** A rule set that could not be read: every problem, each with the rule's position and the field's path. */
export class RuleSetError extends Error {
  override readonly name = 'RuleSetError';
  constructor(readonly problems: readonly string[]) {
    super(`The rule set is invalid:\n  ${problems.join('\n  ')}`);
  }
}

/**
 * Reads a rule set (parsed JSON, or its text): each rule is checked against the one rule schema
 * (`validateRule`) and comes back deeply frozen. Throws a RuleSetError listing every problem.
 */
export const loadRules = (input: unknown): readonly RuleDefinition[] => {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input) as unknown;
    } catch (error) {
      throw new RuleSetError([`(root): not JSON: ${(error as Error).message}`]);
    }
  }
  const envelope = z.object({ format: z.literal(RULE_SET_FORMAT), rules: z.array(z.unknown()) }).safeParse(json);
  if (!envelope.success) throw new RuleSetError(envelope.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`));
  const problems: string[] = [];
  const rules: RuleDefinition[] = [];
  const ids = new Set<string>();
  envelope.data.rules.forEach((candidate, index) => {
    try {
      const rule = validateRule(candidate);
      if (ids.has(rule.id)) problems.push(`rules.${index}: the id ${rule.id} appears twice`);
      ids.add(rule.id);
      rules.push(rule);
    } catch (error) {
      problems.push(`rules.${index}: ${(error as Error).message.replace(/\n\s*/g, '; ')}`);
    }
  });
  if (problems.length) throw new RuleSetError(problems);
  return Object.freeze(rules);
};

/** The JSON Schema (draft 2020-12) of an exported rule set; published as schema/rule-set.schema.json. */
export const ruleSetJsonSchema = (): Record<string, unknown> => ({
  $id: 'https://landuse-rules.invalid/rule-set.schema.json',
  title: 'landuse-rules rule set',
  description:
    'Rules as data: conditions in json-rules-engine form, derived values and conclusions as named mechanisms (src/core/mechanisms.ts). The schema checks the shape; `loadRules` also checks every fact id against the vocabulary and every parameter reference.',
  ...z.toJSONSchema(z.object({ format: z.literal(RULE_SET_FORMAT), rules: z.array(ruleSchema) }), { target: 'draft-2020-12', io: 'input' }),
});
