import * as z from 'zod/mini';
import { type Condition, conditionSchema, factsOfLeaf, isParamLeafValue, leavesOf, namesOf } from '../core/conditions.js';
import { exprSchema, idsOf, paramsOf } from '../core/mechanisms.js';
import { PARAMETER_UNITS } from '../core/rule.js';
import { deepFreeze, plainCopy, type Problem, withPrototypes } from '../core/safe.js';
import { AREA_UNITS } from '../core/units.js';
import { isFactName } from '../facts/vocabulary.js';
import type { RuleDefinition } from './definition.js';
import { DOCUMENT_IDS } from './documents.js';

/**
 * Rule definitions are read like facts: own enumerable data properties only (never a
 * getter or a prototype's), no cycle, no hole, nesting bounded — a condition tree
 * 10,000 deep is refused before zod recurses into it. Deep enough for any real rule.
 */
const RULE_BOUNDS = { maxArrayLength: 10_000, maxDepth: 64, maxStringLength: 100_000 } as const;

const PROBLEM_WORDS: Record<Problem, string> = {
  unreadable: 'could not be read (a Proxy whose trap throws, or a revoked Proxy)',
  accessor: 'is a getter, not a value',
  cycle: 'refers back to itself (a cycle)',
  sparse: 'is a hole in a sparse array',
  'too-deep': `is nested deeper than ${RULE_BOUNDS.maxDepth} levels`,
  'too-long': `is a string longer than ${RULE_BOUNDS.maxStringLength} characters`,
  'too-many-items': `has more than ${RULE_BOUNDS.maxArrayLength} items`,
};

const localized = z.strictObject({ 'zh-Hans': z.string(), 'zh-Hant': z.string(), en: z.string() });

/** A whole rule definition: the catalogue's rules and a form's rules are held to this one schema. */
export const ruleSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)),
  documentId: z.enum(DOCUMENT_IDS as [string, ...string[]]),
  kind: z.enum(['requirement', 'eligibility', 'procedure', 'target']),
  strength: z.enum(['binding', 'in-principle', 'encouraged', 'target']),
  title: localized,
  citation: z.strictObject({ article: z.string(), quote: z.string() }),
  selects: conditionSchema,
  decision: conditionSchema,
  notYetDue: z.optional(conditionSchema),
  notConcerned: z.optional(z.strictObject({ when: conditionSchema, message: localized })),
  inPrincipleFacts: z.optional(z.array(z.string())),
  facts: z.array(z.string()),
  parameters: z.record(
    z.string(),
    z.strictObject({ value: z.union([z.string(), z.number(), z.array(z.string())]), unit: z.optional(z.enum(PARAMETER_UNITS)), source: z.string() }),
  ),
  derive: z.optional(z.record(z.string().check(z.regex(/^[a-z][A-Za-z0-9]*$/)), z.strictObject({ value: exprSchema, unit: z.optional(z.enum(AREA_UNITS)) }))),
  conclusions: z.optional(z.record(z.string().check(z.regex(/^[a-z][A-Za-z0-9]*$/)), exprSchema)),
  callerParameters: z.optional(
    z.record(z.string().check(z.regex(/^[a-z][A-Za-z0-9]*$/)), z.strictObject({ description: z.string(), unit: z.optional(z.string()) })),
  ),
  act: z.optional(z.string()),
  decisiveDate: z.optional(
    z.union([
      z.enum(['asOf', 'report-year-end']),
      z.strictObject({ fact: z.string() }),
      z.strictObject({
        act: z.optional(z.string()),
        deadline: z.optional(z.string().check(z.regex(/^\$[a-z][A-Za-z0-9]*$/))),
        inReport: z.optional(z.literal('year-end')),
      }),
    ]),
  ),
  messages: z.strictObject({ pass: localized, fail: localized }),
  readings: z.optional(z.array(z.strictObject({ chosen: z.string(), alternative: z.string() }))),
  notes: z.optional(z.array(z.string())),
  attribute: z.optional(z.enum(['binding-target', 'expected-target', 'column-target'])),
});

/**
 * zod's issues as lines. A union that failed says only "Invalid input": the branch with the
 * fewest issues (the shape the input was closest to) is shown instead, with its full path.
 */
const zodProblems = (issues: readonly z.core.$ZodIssue[]): string[] => {
  const flatten = (issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]): { path: PropertyKey[]; message: string }[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best));
      return closest.flatMap((inner) => flatten(inner, path));
    }
    return [{ path, message: issue.message }];
  };
  return issues.flatMap((issue) => flatten(issue, [])).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
};

/** Rules already checked (the catalogue's, frozen): a form passing them again is not re-read. */
const checked = new WeakSet<object>();

/** The problems of a rule definition from anywhere, and its plain, checked copy when there are none. */
const checkDefinition = (input: unknown): { problems: string[]; rule?: RuleDefinition } => {
  const copy = plainCopy(input, RULE_BOUNDS);
  if (!copy.ok) return { problems: [`${copy.path.map(String).join('.') || '(root)'} ${PROBLEM_WORDS[copy.problem]}`] };
  const parsed = ruleSchema.safeParse(copy.value);
  if (!parsed.success) return { problems: zodProblems(parsed.error.issues) };
  // The copy, not zod's output (zod would drop nothing here: strict objects), with ordinary prototypes again.
  const rule = withPrototypes(copy.value) as RuleDefinition;
  const problems: string[] = [];
  const derived = new Set(Object.keys(rule.derive ?? {}).map((name) => `$${name}`));
  const declared = new Set<string>(rule.facts);
  const callerParameters = new Set(Object.keys(rule.callerParameters ?? {}).map((name) => `@${name}`));
  const checkId = (id: string, where: string) => {
    if (id === '@asOf' || derived.has(id) || callerParameters.has(id)) return;
    if (!isFactName(id)) problems.push(`${where}: '${id}' is not a vocabulary fact`);
    else if (!declared.has(id)) problems.push(`${where}: '${id}' is not in the rule's facts`);
  };
  const conditions: Condition[] = [
    rule.selects,
    rule.decision,
    ...(rule.notYetDue ? [rule.notYetDue] : []),
    ...(rule.notConcerned ? [rule.notConcerned.when] : []),
  ];
  for (const leaf of conditions.flatMap(leavesOf)) for (const id of factsOfLeaf(leaf)) checkId(id, 'condition');
  // A clause name is words of the law: it must be found verbatim in the rule's own quote.
  for (const name of conditions.flatMap(namesOf)) {
    if (!rule.citation.quote.includes(name)) problems.push(`condition name '${name.slice(0, 80)}' is not in the citation's quote`);
  }
  const parameters = new Set(Object.keys(rule.parameters));
  const checkParams = (names: readonly string[], where: string) => {
    for (const name of names) if (!parameters.has(name)) problems.push(`${where}: parameter '${name}' is not declared`);
  };
  checkParams(
    conditions.flatMap(leavesOf).flatMap((leaf) => (isParamLeafValue(leaf.value) ? [leaf.value.param] : [])),
    'condition',
  );
  const derivedSoFar = new Set<string>();
  for (const [name, d] of Object.entries(rule.derive ?? {})) {
    for (const id of idsOf(d.value)) {
      // Derived values are computed in declaration order: each may read only those before it.
      if (id.startsWith('$') && !derivedSoFar.has(id)) problems.push(`derive.${name}: '${id}' is not derived before it`);
      else if (id !== '@calendar') checkId(id, `derive.${name}`);
    }
    checkParams(paramsOf(d.value), `derive.${name}`);
    derivedSoFar.add(`$${name}`);
  }
  for (const [name, expr] of Object.entries(rule.conclusions ?? {})) {
    for (const id of idsOf(expr)) if (id !== '@calendar' && id !== '@status') checkId(id, `conclusions.${name}`);
    checkParams(paramsOf(expr), `conclusions.${name}`);
  }
  for (const id of rule.facts) if (!isFactName(id)) problems.push(`facts: '${id}' is not a vocabulary fact`);
  for (const id of rule.inPrincipleFacts ?? []) if (!declared.has(id)) problems.push(`inPrincipleFacts: '${id}' is not in the rule's facts`);
  const decisive = rule.decisiveDate;
  if (typeof decisive === 'object') {
    const fact = 'fact' in decisive ? decisive.fact : decisive.act;
    if (fact !== undefined && !declared.has(fact)) problems.push(`decisiveDate: '${fact}' is not in the rule's facts`);
    if (!('fact' in decisive)) {
      if (fact === undefined && decisive.deadline === undefined) problems.push('decisiveDate: a duty names its act, its deadline or both');
      if (decisive.deadline !== undefined && !Object.hasOwn(rule.derive ?? {}, decisive.deadline.slice(1)))
        problems.push(`decisiveDate: the deadline '${decisive.deadline}' is not a derived value of the rule`);
      if (decisive.inReport !== undefined && !(declared.has('reportType') && declared.has('year')))
        problems.push(`decisiveDate: inReport needs 'reportType' and 'year' among the rule's facts`);
    }
  }
  return problems.length ? { problems } : { problems, rule };
};

/**
 * Checks a rule before it is used, and returns it as a deeply frozen plain copy: its
 * shape against the rule schema (conditions without `path`, `params`, `priority`,
 * known operators only), every fact id it names against the vocabulary, its declared
 * facts and its derived values. Throws an Error listing every problem.
 */
export const validateRule = (input: unknown): RuleDefinition => {
  if (input !== null && typeof input === 'object' && checked.has(input)) return input as RuleDefinition;
  const { problems, rule } = checkDefinition(input);
  if (!rule) {
    let id = '(unnamed)';
    try {
      const d = input !== null && typeof input === 'object' ? Object.getOwnPropertyDescriptor(input, 'id') : undefined;
      if (d && typeof d.value === 'string') id = d.value.slice(0, 200);
    } catch {
      // The id is only for the message.
    }
    throw new Error(`Rule ${id} is invalid:\n  ${problems.join('\n  ')}`);
  }
  deepFreeze(rule);
  checked.add(rule);
  return rule;
};

/** Validates rule JSON from outside (a condition tree); returns the problems, or none. Never throws. */
export const checkRuleJson = (json: unknown): { ok: true } | { ok: false; issues: string[] } => {
  const copy = plainCopy(json, RULE_BOUNDS);
  if (!copy.ok) return { ok: false, issues: [`${copy.path.map(String).join('.') || '(root)'}: ${PROBLEM_WORDS[copy.problem]}`] };
  const parsed = conditionSchema.safeParse(copy.value);
  return parsed.success ? { ok: true } : { ok: false, issues: zodProblems(parsed.error.issues) };
};
