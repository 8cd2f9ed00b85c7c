/**
 * The fast path's preparation of a rule: its JSON read once into a `RuleForm` — the slot
 * layout of its view, its leaves as plain closures over those slots (the very operators
 * json-rules-engine is given, applied directly; no eval, no new Function), its conditions
 * as three-valued closures — and the compiled leaf results `evaluateSync` uses instead of
 * the engine's. What a result means is decided in semantics.ts, for both evaluators.
 */
import { objectCache } from './cache.js';
import { type Condition, type Leaf, type Truth, clausesOf, compileKleene, factsOfLeaf, isFactRef, leavesOf } from './conditions.js';
import type { Domain } from './domain.js';
import { compileExpr } from './mechanisms.js';
import { parameterValue } from './parameters.js';
import { ALL_OPERATORS } from './operators.js';
import type { EvaluationContext } from './options.js';
import type { RuleDefinition } from './rule.js';
import { deepFreeze } from './safe.js';
import { type Pending, type RuleForm, display, expectedOf, readsOf, sourcesOf } from './semantics.js';
import { AS_OF, type Layout, type Lookup } from './view.js';
import type { AreaUnit } from './units.js';

/** What never changes for a rule: its form, and the leaves' compiled closures, built once. */
interface RulePlan extends RuleForm {
  /** The vocabulary the plan was read against (units, determinations). */
  readonly domain: Domain;
  /** Per leaf, over a view's slots: the leaf's result. */
  readonly compiledInSlots: readonly ((slots: readonly unknown[]) => boolean)[];
}

/** One plan per rule object, for as long as the rule lives. */
const plans = objectCache<RuleDefinition, RulePlan>();

/** Whether the facts a leaf needs are known: only `present` reads an absent fact. */
const knownOf = (leaf: Leaf): ((facts: Lookup) => boolean) => {
  const needed = leaf.operator === 'present' ? (isFactRef(leaf.value) ? [leaf.value.fact] : []) : factsOfLeaf(leaf);
  if (needed.length === 0) return () => true;
  if (needed.length === 1) {
    const only = needed[0]!;
    return (facts) => facts.has(only);
  }
  return (facts) => needed.every((id) => facts.has(id));
};

/** A leaf as a plain closure over the facts: the operator json-rules-engine is given, applied directly. */
const compileLeaf = (leaf: Leaf): ((facts: Lookup) => boolean) => {
  const operator = ALL_OPERATORS[leaf.operator];
  const subject = leaf.fact;
  if (isFactRef(leaf.value)) {
    const other = leaf.value.fact;
    return (facts) => operator(facts.get(subject), facts.get(other));
  }
  const value = leaf.value;
  return (facts) => operator(facts.get(subject), value);
};

const truthOf =
  (isKnown: (facts: Lookup) => boolean, test: (facts: Lookup) => boolean) =>
  (facts: Lookup): Truth =>
    isKnown(facts) ? test(facts) : 'unknown';

/** The same two closures over a view's slots: `subject` is the leaf fact's slot, `other` the compared fact's (-1 for a literal). */
const knownInSlotsOf = (leaf: Leaf, subject: number, other: number): ((slots: readonly unknown[]) => boolean) => {
  if (leaf.operator === 'present') return other === -1 ? () => true : (slots) => slots[other] !== undefined;
  return other === -1 ? (slots) => slots[subject] !== undefined : (slots) => slots[subject] !== undefined && slots[other] !== undefined;
};
const compileLeafInSlots = (leaf: Leaf, subject: number, other: number): ((slots: readonly unknown[]) => boolean) => {
  const operator = ALL_OPERATORS[leaf.operator];
  if (other !== -1) return (slots) => operator(slots[subject], slots[other]);
  const value = leaf.value;
  return (slots) => operator(slots[subject], value);
};

/** A rule's slots: its facts, `@asOf`, its caller parameters, its derived values, in that order. */
const layoutOf = (rule: RuleDefinition, domain: Domain): Layout => {
  const parameterNames = Object.keys(rule.callerParameters ?? {});
  const ids = [...rule.facts, AS_OF, ...parameterNames.map((name) => `@${name}`), ...Object.keys(rule.derive ?? {}).map((name) => `$${name}`)];
  const slotOf = new Map<string, number>();
  ids.forEach((id, slot) => {
    if (!slotOf.has(id)) slotOf.set(id, slot);
  });
  const units = new Map<string, AreaUnit>();
  for (const id of rule.facts) {
    const unit = domain.unitOf(id);
    if (unit) units.set(id, unit);
  }
  for (const [name, derived] of Object.entries(rule.derive ?? {})) if (derived.unit) units.set(`$${name}`, derived.unit);
  // An id the rule does not declare reads as unknown (slot -1 holds nothing).
  const derived = Object.entries(rule.derive ?? {}).map(([name, d]) => ({
    name,
    slot: slotOf.get(`$${name}`) ?? -1,
    from: readsOf(d).map((id) => slotOf.get(id) ?? -1),
    derived: d,
    compiled: compileExpr(d.value),
  }));
  const parameterValues = new Map(Object.entries(rule.parameters).map(([name, parameter]) => [name, parameterValue(parameter)]));
  const parameterOf = (name: string): unknown => parameterValues.get(name);
  return { ids, slotOf, units, parameterNames, parameterOf, derived };
};

const planFor = (rule: RuleDefinition, domain: Domain): RulePlan => {
  const tree: Condition = { all: [rule.selects, rule.decision] };
  const leaves = leavesOf(tree);
  const selectorCount = leavesOf(rule.selects).length;
  const selectorFacts = [...new Set(leaves.slice(0, selectorCount).flatMap(factsOfLeaf))];
  const selectsEarly = compileKleene<Lookup>(rule.selects, (leaf) => truthOf(knownOf(leaf), compileLeaf(leaf)));
  const onView = (condition: Condition | undefined) =>
    condition ? compileKleene<Lookup>(condition, (leaf) => truthOf(knownOf(leaf), compileLeaf(leaf))) : () => false as const;
  const notYetDue = onView(rule.notYetDue);
  const notConcerned = onView(rule.notConcerned?.when);
  const layout = layoutOf(rule, domain);
  const { units } = layout;
  const slot = (id: string): number => layout.slotOf.get(id) ?? -1;
  const factSlot = leaves.map((leaf) => slot(leaf.fact));
  const valueSlot = leaves.map((leaf) => (isFactRef(leaf.value) ? slot(leaf.value.fact) : -1));
  const knownInSlots = leaves.map((leaf, index) => knownInSlotsOf(leaf, factSlot[index]!, valueSlot[index]!));
  const compiledInSlots = leaves.map((leaf, index) => compileLeafInSlots(leaf, factSlot[index]!, valueSlot[index]!));
  const sources = leaves.map((leaf) => [...new Set(factsOfLeaf(leaf).flatMap((id) => sourcesOf(rule, id)))]);
  const shownUnit = leaves.map((leaf) => units.get(leaf.fact));
  // Shared by every reason of every report: frozen, so no report can change another's.
  const shownExpected = deepFreeze(leaves.map((leaf, index) => (isFactRef(leaf.value) ? undefined : display(expectedOf(leaf.value), shownUnit[index]))));
  const determination = leaves.map((leaf) => domain.isDetermination(leaf.fact));
  const clause = clausesOf(tree);
  const decide = compileKleene<readonly Truth[]>(rule.decision, (_leaf, index) => (truths) => truths[index + selectorCount]!);
  // Listed out, not spread: the plan is read on every case and should stay a fast object.
  return {
    ids: layout.ids,
    slotOf: layout.slotOf,
    units,
    parameterNames: layout.parameterNames,
    parameterOf: layout.parameterOf,
    derived: layout.derived,
    conclusionFns: Object.entries(rule.conclusions ?? {}).map(([key, expr]) => ({ key, expr, compiled: compileExpr(expr) })),
    tree,
    leaves,
    selectorCount,
    selectorFacts,
    selectsEarly,
    notYetDue,
    notConcerned,
    knownInSlots,
    compiledInSlots,
    decide,
    factSlot,
    valueSlot,
    sources,
    shownUnit,
    shownExpected,
    determination,
    clause,
    wordIds: new Map(),
    domain,
  };
};

/** A rule's plan, built the first time the rule is evaluated against this domain. */
export const planOf = (rule: RuleDefinition, context: EvaluationContext): RulePlan => {
  let plan = plans.get(rule);
  if (!plan || plan.domain !== context.domain) plans.set(rule, (plan = planFor(rule, context.domain)));
  return plan;
};

/** Leaf results from the compiled closures: the same operators json-rules-engine is given. */
export const compiledLeafResults = (pending: Pending): boolean[] => (pending.form as RulePlan).compiledInSlots.map((leaf) => leaf(pending.view.slots));
