import * as z from 'zod/mini';
import { AREA_UNITS } from './units.js';
import { OPERATOR_NAMES, type Amount, type OperatorName } from './operators.js';

/**
 * Rule JSON, as json-rules-engine reads it, restricted to what this library
 * needs. Validated with zod before any rule reaches an engine: no `path` (its
 * jsonpath expressions can execute code), no `params`, no `priority` (priorities
 * make json-rules-engine skip conditions, and every condition must be reported),
 * no condition references, known operators only.
 */
export type FactRef = { readonly fact: string };
/** One of the rule's own parameters, by name: the threshold the source fixes, read where it is compared. */
export type ParamRef = { readonly param: string };
export type Scalar = string | number | boolean;
export type LeafValue = Scalar | readonly Scalar[] | FactRef | ParamRef | Amount;

/**
 * `name` is the clause of the rule's verbatim quote that a condition encodes (an exact
 * substring of `citation.quote`). json-rules-engine keeps it on a condition and passes it
 * through to its results; here it names the clause of every reason under it.
 */
export interface Named {
  readonly name?: string;
}
export interface Leaf extends Named {
  readonly fact: string;
  readonly operator: OperatorName;
  readonly value: LeafValue;
}
export type Condition =
  | Leaf
  | (Named & { readonly all: readonly Condition[] })
  | (Named & { readonly any: readonly Condition[] })
  | (Named & { readonly not: Condition });

/** Vocabulary facts by name; `$name` a value the rule derives; `@asOf` the evaluation date, `@name` a caller parameter. */
const FACT_ID = /^[@$]?[a-z][A-Za-z0-9]*$/;

/** A clause of the quote: non-empty, one line (it is shown in reasons and on the docs pages). */
const clauseName = z.optional(z.string().check(z.minLength(1), z.maxLength(2_000), z.regex(/^[^\n\r]*$/)));

const scalar = z.union([z.string(), z.number().check(z.refine(Number.isFinite)), z.boolean()]);
const leafSchema = z.strictObject({
  name: clauseName,
  fact: z.string().check(z.regex(FACT_ID)),
  operator: z.enum(OPERATOR_NAMES),
  value: z.union([
    scalar,
    z.array(scalar),
    z.strictObject({ fact: z.string().check(z.regex(FACT_ID)) }),
    z.strictObject({ param: z.string().check(z.regex(/^[a-z][A-Za-z0-9]*$/)) }),
    z.strictObject({ amount: z.string().check(z.regex(/^\d+(?:\.\d+)?$/)), unit: z.enum(AREA_UNITS) }),
  ]),
});

export const conditionSchema: z.ZodMiniType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ name: clauseName, all: z.array(conditionSchema).check(z.minLength(1)) }),
    z.strictObject({ name: clauseName, any: z.array(conditionSchema).check(z.minLength(1)) }),
    z.strictObject({ name: clauseName, not: conditionSchema }),
    leafSchema,
  ]),
) as z.ZodMiniType<Condition>;

export const isLeaf = (condition: Condition): condition is Leaf => 'operator' in condition;
export const isFactRef = (value: LeafValue): value is FactRef => typeof value === 'object' && value !== null && !Array.isArray(value) && 'fact' in value;
export const isParamLeafValue = (value: LeafValue): value is ParamRef =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'param' in value;

/** The leaves in depth-first order: the order both evaluators report them in. */
export const leavesOf = (condition: Condition): Leaf[] => {
  if (isLeaf(condition)) return [condition];
  if ('all' in condition) return condition.all.flatMap(leavesOf);
  if ('any' in condition) return condition.any.flatMap(leavesOf);
  return leavesOf(condition.not);
};

/**
 * Per leaf, in the same depth-first order, the clause it encodes: the `name` of the leaf
 * itself or of its nearest named ancestor; undefined where no condition above it is named.
 */
export const clausesOf = (condition: Condition, inherited?: string): (string | undefined)[] => {
  const clause = condition.name ?? inherited;
  if (isLeaf(condition)) return [clause];
  if ('all' in condition) return condition.all.flatMap((c) => clausesOf(c, clause));
  if ('any' in condition) return condition.any.flatMap((c) => clausesOf(c, clause));
  return clausesOf(condition.not, clause);
};

/** Every clause name in the tree, depth-first (a condition's own before those below it). */
export const namesOf = (condition: Condition): string[] => {
  const own = condition.name === undefined ? [] : [condition.name];
  if (isLeaf(condition)) return own;
  if ('all' in condition) return [...own, ...condition.all.flatMap(namesOf)];
  if ('any' in condition) return [...own, ...condition.any.flatMap(namesOf)];
  return [...own, ...namesOf(condition.not)];
};

/** Fact ids a leaf reads: its subject and a fact its value refers to. */
export const factsOfLeaf = (leaf: Leaf): string[] => (isFactRef(leaf.value) ? [leaf.fact, leaf.value.fact] : [leaf.fact]);

/** Rewrites `$derived` ids so that two rules' derived values never share a name in one engine run. */
export const mapFactIds = (condition: Condition, rename: (id: string) => string): Condition => {
  // Clause names stay behind: json-rules-engine only answers the leaves (reasons take their clause from the
  // rule's own tree), and conditions without a name keep its condition objects one shape (a quarter faster).
  if (isLeaf(condition)) {
    const value = isFactRef(condition.value) ? { fact: rename(condition.value.fact) } : condition.value;
    return { fact: rename(condition.fact), operator: condition.operator, value };
  }
  if ('all' in condition) return { all: condition.all.map((c) => mapFactIds(c, rename)) };
  if ('any' in condition) return { any: condition.any.map((c) => mapFactIds(c, rename)) };
  return { not: mapFactIds(condition.not, rename) };
};

export type Truth = boolean | 'unknown';

/**
 * Kleene's three-valued logic: a missing fact leaves a leaf unknown, and unknown
 * spreads only where it could change the outcome. Also returns the unknown leaves
 * that matter (by depth-first index): none where known leaves already decide.
 */
export const kleene = (condition: Condition, leafTruth: (leaf: Leaf, index: number) => Truth): { truth: Truth; unknown: number[] } => {
  const unknown: number[] = [];
  const cursor = { next: 0 };
  const truth = walk(condition, leafTruth, cursor, unknown);
  return { truth, unknown: truth === 'unknown' ? unknown : [] };
};

/**
 * One pass, no allocation per node (this runs for every rule of every case). Unknown
 * leaves are collected as met; a branch that known leaves decide drops its own.
 */
const walk = (node: Condition, leafTruth: (leaf: Leaf, index: number) => Truth, cursor: { next: number }, unknown: number[]): Truth => {
  if ('operator' in node) {
    const index = cursor.next++;
    const truth = leafTruth(node, index);
    if (truth === 'unknown') unknown.push(index);
    return truth;
  }
  if ('not' in node) {
    const inner = walk(node.not, leafTruth, cursor, unknown);
    return inner === 'unknown' ? 'unknown' : !inner;
  }
  const isAll = 'all' in node;
  const parts = isAll ? node.all : node.any;
  const mark = unknown.length;
  let open = false;
  let decided = false;
  // Every part is walked, even after the outcome is known, so leaf indices stay aligned.
  for (const part of parts) {
    const truth = walk(part, leafTruth, cursor, unknown);
    if (truth === 'unknown') open = true;
    else if (truth !== isAll) decided = true;
  }
  if (decided) {
    unknown.length = mark;
    return !isAll;
  }
  return open ? 'unknown' : isAll;
};

/**
 * A condition tree as one closure in three-valued logic, for the compiled path's
 * selectors: `leaf(index)` gives each leaf's own closure by depth-first index.
 */
export const compileKleene = <T>(condition: Condition, leaf: (node: Leaf, index: number) => (input: T) => Truth): ((input: T) => Truth) => {
  let next = 0;
  const build = (node: Condition): ((input: T) => Truth) => {
    if ('operator' in node) return leaf(node, next++);
    if ('not' in node) {
      const inner = build(node.not);
      return (input) => {
        const truth = inner(input);
        return truth === 'unknown' ? 'unknown' : !truth;
      };
    }
    const isAll = 'all' in node;
    const parts = (isAll ? node.all : node.any).map(build);
    return (input) => {
      let open = false;
      for (const part of parts) {
        const truth = part(input);
        if (truth === 'unknown') open = true;
        else if (truth !== isAll) return !isAll;
      }
      return open ? 'unknown' : isAll;
    };
  };
  return build(condition);
};
