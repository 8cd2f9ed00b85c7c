import { type Condition, type Leaf, type Truth, clausesOf, compileKleene, factsOfLeaf, isFactRef, kleene, leavesOf } from './conditions.js';
import { type Exact, exact, isExact, toNumber } from './exact.js';
import { fill, type Locale } from './locale.js';
import { COMMON } from './messages.js';
import { ALL_OPERATORS, asExact } from './operators.js';
import { type UntypedEvaluateOptions, type EvaluationContext, resolveOptions } from './options.js';
import { type Derived, evaluateExpr, type Expr, idsOf, parameterValue } from './mechanisms.js';
import { type Consequence, consequenceOf, type FactView, type RuleDefinition, type RuleKind, type Status, type Strength } from './rule.js';
import { DateRangeError } from './dates.js';
import { deepFreeze } from './safe.js';
import { parameterWords, withParametersResolvedAll } from './parameters.js';
import { type AreaUnit, fromSquareMetres } from './units.js';
import { type FactIssue, type ReadFacts, readFacts } from '../facts/read.js';
import { DETERMINATIONS, FACT_KINDS, type FactName, isFactName } from '../facts/vocabulary.js';
import { DOCUMENTS, coversJurisdiction } from '../rules/documents.js';

export interface Reason {
  /** The words of the quote the condition encodes: the `name` of the condition or of its nearest named ancestor; absent when none. */
  readonly clause?: string;
  readonly fact: string;
  readonly operator: string;
  /** A list here may be shared by every report of the rule: it is frozen. */
  readonly expected: unknown;
  readonly actual: unknown;
  readonly holds: boolean;
  /** The unit expected and actual are shown in, for areas. */
  readonly unit?: AreaUnit;
  /** The fact is a person's recorded determination (an open list's answer), not a finding of the library. */
  readonly determination?: true;
}

/**
 * One rule's result. Readonly: the results no case can change (not applicable, and not in
 * force on the evaluation date) are one frozen object shared by every report; copy before changing.
 */
export interface RuleResult {
  readonly ruleId: string;
  readonly documentId: string;
  readonly kind: RuleKind;
  readonly strength: Strength;
  readonly status: Status;
  /** What the fail means (conventions §5); present exactly when the status is `fail`. */
  readonly consequence?: Consequence;
  readonly title: string;
  readonly message: string;
  readonly reasons: readonly Readonly<Reason>[];
  readonly missingFacts: readonly string[];
  readonly conclusions: Readonly<Record<string, unknown>>;
  /** Shared by every result of the rule: frozen. */
  readonly citation: Readonly<{ documentId: string; article: string; quote: string }>;
}

/** Results counted by status, and the fails counted again by what they mean. */
export type Summary = Readonly<Record<Status, number> & Record<Consequence, number>>;

/** A value: read it, copy it to change it (some of its results are shared, frozen objects). */
export interface Report {
  readonly asOf: string;
  readonly jurisdiction?: string;
  readonly results: readonly RuleResult[];
  readonly issues: readonly FactIssue[];
  readonly summary: Summary;
}

const AS_OF = '@asOf';

/** A rule that reached the point where its conditions must be evaluated. */
export interface Pending {
  readonly rule: RuleDefinition;
  readonly view: View;
  readonly tree: Condition;
  readonly leaves: readonly Leaf[];
  readonly selectorCount: number;
  /** The compiled path has already found that the rule concerns the case. */
  readonly selected: boolean;
}

/**
 * Where a rule keeps what it may read: one slot per id — its facts, `@asOf`, its caller
 * parameters, then its derived values — fixed when the rule is first used.
 */
interface Layout {
  readonly ids: readonly string[];
  readonly slotOf: ReadonlyMap<string, number>;
  /** The unit each area fact and derived area is shown in. */
  readonly units: ReadonlyMap<string, AreaUnit>;
}

export class View implements FactView {
  constructor(
    /** Values by slot; undefined where unknown. The compiled leaves read these directly. */
    readonly slots: unknown[],
    private readonly layout: Layout,
    readonly asOf: string,
    readonly calendar: EvaluationContext['calendar'],
  ) {}
  /** Derived dates that would fall outside 0001–9999, by name. */
  outOfRange: string[] | undefined;
  has(id: string): boolean {
    const slot = this.layout.slotOf.get(id);
    return slot !== undefined && this.slots[slot] !== undefined;
  }
  get(id: string): unknown {
    const slot = this.layout.slotOf.get(id);
    return slot === undefined ? undefined : this.slots[slot];
  }
  exact(id: string): Exact {
    const value = this.get(id);
    if (!isExact(value)) throw new TypeError(`${id} is not a known number`);
    return value;
  }
  text(id: string): string {
    const value = this.get(id);
    if (typeof value !== 'string') throw new TypeError(`${id} is not a known text`);
    return value;
  }
  unitOf(id: string): AreaUnit | undefined {
    return this.layout.units.get(id);
  }
  show(id: string, unit?: AreaUnit): number | undefined {
    const value = this.get(id);
    if (!isExact(value)) return undefined;
    const shownIn = unit ?? this.layout.units.get(id);
    return toNumber(shownIn ? fromSquareMetres(value, shownIn) : value);
  }
  /** All known values, for the engine's almanac. */
  entries(): [string, unknown][] {
    const known: [string, unknown][] = [];
    this.layout.ids.forEach((id, slot) => {
      if (this.slots[slot] !== undefined) known.push([id, this.slots[slot]]);
    });
    return known;
  }
}

const unitOfFact = (id: string): AreaUnit | undefined => FACT_KINDS.get(id)?.unit;

/** Builds what a rule may read: valid facts, `@asOf`, then its derived values in declaration order. */
const viewFor = (rule: RuleDefinition, plan: RulePlan, read: ReadFacts, context: EvaluationContext): View => {
  const slots: unknown[] = [];
  for (const id of rule.facts) slots.push(read.values.get(id));
  slots.push(context.asOf);
  const parameters = context.parameters.size ? context.parameters.get(rule.id) : undefined;
  for (const name of plan.parameterNames) {
    const value = parameters?.[name];
    slots.push(value === undefined ? undefined : exact(value));
  }
  for (let i = 0; i < plan.derived.length; i++) slots.push(undefined);
  const view = new View(slots, plan, context.asOf, context.calendar);
  for (const { slot, from, derived, name } of plan.derived) {
    if (!from.every((source) => slots[source] !== undefined)) continue;
    try {
      slots[slot] = evaluateExpr(derived.value, view, plan.parameterOf);
    } catch (error) {
      // A date computed past 9999-12-31 (or before 0001-01-01) stays unknown: the rule is undetermined, saying why.
      if (!(error instanceof DateRangeError)) throw error;
      (view.outOfRange ??= []).push(name);
    }
  }
  return view;
};

/** The ids a derived value reads: it is unknown while any of them is (`@calendar` is always known). */
const readsOf = (derived: Derived): string[] => idsOf(derived.value).filter((id) => id !== '@calendar');

/** Vocabulary facts behind an id: itself, or what a derived value is computed from. */
export const sourcesOf = (rule: RuleDefinition, id: string): string[] => {
  if (id.startsWith('@')) return [];
  if (id.startsWith('$')) {
    const derived = rule.derive?.[id.slice(1)];
    if (!derived) return [];
    // In the order the rule declares its facts, whatever order the formula reads them in.
    const sources = new Set(readsOf(derived).flatMap((source) => sourcesOf(rule, source)));
    return [...rule.facts.filter((fact) => sources.delete(fact)), ...sources];
  }
  return [id];
};

const dateInWindow = (date: string, window: { from: string; to?: string }): boolean => date >= window.from && (window.to === undefined || date <= window.to);

interface Lookup {
  has(id: string): boolean;
  get(id: string): unknown;
}

const decisiveDateOf = (rule: RuleDefinition, facts: Lookup, asOf: string): { date: string } | { missing: FactName } => {
  const spec = rule.decisiveDate ?? 'asOf';
  if (spec === 'asOf') return { date: asOf };
  const yearEnd = () => {
    const year = facts.get('year');
    return isExact(year) ? { date: `${toNumber(year)}-12-31` } : { missing: 'year' as const };
  };
  if (spec === 'report-year-end') return yearEnd();
  if (spec === 'report-year-end-if-report') return facts.has('reportType') ? yearEnd() : { date: asOf };
  const date = facts.get(spec.fact);
  return typeof date === 'string' ? { date } : { missing: spec.fact };
};

const summaryOf = (results: readonly RuleResult[]): Summary => {
  let pass = 0;
  let notApplicable = 0;
  let undetermined = 0;
  let notInForce = 0;
  let violation = 0;
  let notEligible = 0;
  let targetMissed = 0;
  // Plain counters: one status per result, counted without a keyed write per rule.
  for (const result of results) {
    switch (result.status) {
      case 'pass': pass += 1; break;
      case 'not-applicable': notApplicable += 1; break;
      case 'undetermined': undetermined += 1; break;
      case 'not-in-force': notInForce += 1; break;
      case 'fail':
        if (result.consequence === 'violation') violation += 1;
        else if (result.consequence === 'not-eligible') notEligible += 1;
        else targetMissed += 1;
        break;
    }
  }
  const fail = violation + notEligible + targetMissed;
  return { pass, fail, 'not-applicable': notApplicable, undetermined, 'not-in-force': notInForce, violation, 'not-eligible': notEligible, 'target-missed': targetMissed };
};

type Detail = Partial<Pick<RuleResult, 'reasons' | 'missingFacts' | 'conclusions' | 'strength'>>;

/** One result, keys in reading order: which rule, its status and message, then the detail. */
const resultOf = (rule: RuleDefinition, locale: Locale, status: Status, message: string, detail: Detail = {}): RuleResult => ({
  ruleId: rule.id,
  status,
  ...(status === 'fail' ? { consequence: consequenceOf(rule) } : {}),
  message,
  title: rule.title[locale],
  documentId: rule.documentId,
  kind: rule.kind,
  strength: detail.strength ?? rule.strength,
  reasons: detail.reasons ?? [],
  missingFacts: detail.missingFacts ?? [],
  conclusions: detail.conclusions ?? {},
  citation: planOf(rule).citation,
});

/** A conclusion as the caller gets it: numbers as numbers, an area read from a fact or derived value in that one's unit. */
const shownConclusion = (expr: Expr, value: unknown, view: View): unknown =>
  display(value, typeof expr === 'object' && !Array.isArray(expr) && 'fact' in expr ? view.unitOf(expr.fact) : undefined);

const conclusionsOf = (rule: RuleDefinition, view: View, status: Status): Record<string, unknown> => {
  const conclusions: Record<string, unknown> = {};
  if (!rule.conclusions) return conclusions;
  const plan = planOf(rule);
  const scope = { get: (id: string) => (id === '@status' ? status : view.get(id)), calendar: view.calendar };
  for (const [key, expr] of Object.entries(rule.conclusions)) {
    let value: unknown;
    try {
      value = evaluateExpr(expr, scope, plan.parameterOf);
    } catch (error) {
      // A conclusion date past 9999-12-31 is left out, like any unknown one.
      if (error instanceof DateRangeError) continue;
      throw error;
    }
    if (value !== undefined) conclusions[key] = shownConclusion(expr, value, view);
  }
  return conclusions;
};

/** What never changes for a rule: its condition tree, leaves and their compiled closures, built once. */
interface RulePlan extends Layout {
  readonly tree: Condition;
  readonly leaves: readonly Leaf[];
  readonly selectorCount: number;
  /** Vocabulary facts the selectors read. */
  readonly selectorFacts: readonly string[];
  /** The selectors as one three-valued closure over the case's facts. */
  readonly selectsEarly: (facts: Lookup) => Truth;
  /** The rule's not-yet-due condition over a rule's view (derived values included); false when it has none. */
  readonly notYetDue: (facts: Lookup) => Truth;
  /** The rule's not-concerned condition, likewise. */
  readonly notConcerned: (facts: Lookup) => Truth;
  /** Shared by every result of the rule, so frozen. */
  readonly citation: RuleResult['citation'];
  readonly parameterNames: readonly string[];
  /** A rule parameter's value (`{ param }` in an expression), read once. */
  readonly parameterOf: (name: string) => unknown;
  /** A rule parameter as a message shows it (`{maxSiteArea}`). */
  readonly parameterWords: ReadonlyMap<string, string>;
  /** The derived values in declaration order, with their slot and the slots they are computed from. */
  readonly derived: readonly { readonly name: string; readonly slot: number; readonly from: readonly number[]; readonly derived: Derived }[];
  /** Per leaf, over a view's slots: the same known-ness, and the leaf's result. */
  readonly knownInSlots: readonly ((slots: readonly unknown[]) => boolean)[];
  readonly compiledInSlots: readonly ((slots: readonly unknown[]) => boolean)[];
  /** The decision in three-valued logic over the truth of every leaf (selectors first). */
  readonly decide: (truths: readonly Truth[]) => Truth;
  /** Per leaf: the slot of its fact, and of the fact it is compared with (-1 for a literal). */
  readonly factSlot: readonly number[];
  readonly valueSlot: readonly number[];
  /** Per leaf: the vocabulary facts behind it, for `missingFacts`. */
  readonly sources: readonly (readonly string[])[];
  /** Per leaf: its unit, and its literal threshold as shown in a reason (fact references are read per case). */
  readonly shownUnit: readonly (AreaUnit | undefined)[];
  readonly shownExpected: readonly unknown[];
  /** Per leaf: whether its fact is a recorded determination. */
  readonly determination: readonly boolean[];
  /** Per leaf: the clause of the quote it encodes (nearest named condition), for its reason. */
  readonly clause: readonly (string | undefined)[];
  /** Where a message placeholder `{name}` is looked up after the conclusions, in order. */
  readonly wordIds: Map<string, readonly string[]>;
}

const plans = new WeakMap<RuleDefinition, RulePlan>();

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

const truthOf = (isKnown: (facts: Lookup) => boolean, test: (facts: Lookup) => boolean) => (facts: Lookup): Truth => (isKnown(facts) ? test(facts) : 'unknown');

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
const layoutOf = (rule: RuleDefinition): Layout & { readonly parameterNames: readonly string[] } => {
  const parameterNames = Object.keys(rule.callerParameters ?? {});
  const ids = [...rule.facts, AS_OF, ...parameterNames.map((name) => `@${name}`), ...Object.keys(rule.derive ?? {}).map((name) => `$${name}`)];
  const slotOf = new Map<string, number>();
  ids.forEach((id, slot) => {
    if (!slotOf.has(id)) slotOf.set(id, slot);
  });
  const units = new Map<string, AreaUnit>();
  for (const id of rule.facts) {
    const unit = unitOfFact(id);
    if (unit) units.set(id, unit);
  }
  for (const [name, derived] of Object.entries(rule.derive ?? {})) if (derived.unit) units.set(`$${name}`, derived.unit);
  return { ids, slotOf, units, parameterNames };
};

/** Each leaf of a rule's JSON as a plain closure: no eval, no new Function. */
const planOf = (rule: RuleDefinition): RulePlan => {
  let plan = plans.get(rule);
  if (!plan) {
    const tree: Condition = { all: [rule.selects, rule.decision] };
    const leaves = leavesOf(tree);
    const selectorCount = leavesOf(rule.selects).length;
    const selectorFacts = [...new Set(leaves.slice(0, selectorCount).flatMap(factsOfLeaf))];
    const selectsEarly = compileKleene<Lookup>(rule.selects, (leaf) => truthOf(knownOf(leaf), compileLeaf(leaf)));
    const onView = (condition: Condition | undefined) => (condition ? compileKleene<Lookup>(condition, (leaf) => truthOf(knownOf(leaf), compileLeaf(leaf))) : () => false as const);
    const notYetDue = onView(rule.notYetDue);
    const notConcerned = onView(rule.notConcerned?.when);
    const citation = Object.freeze({ documentId: rule.documentId, article: rule.citation.article, quote: rule.citation.quote });
    const layout = layoutOf(rule);
    const { units } = layout;
    // An id the rule does not declare reads as unknown (slot -1 holds nothing).
    const slot = (id: string): number => layout.slotOf.get(id) ?? -1;
    const derived = Object.entries(rule.derive ?? {}).map(([name, d]) => ({ name, slot: slot(`$${name}`), from: readsOf(d).map(slot), derived: d }));
    const parameterValues = new Map(Object.entries(rule.parameters).map(([name, parameter]) => [name, parameterValue(parameter)]));
    const parameterOf = (name: string): unknown => parameterValues.get(name);
    const wordsOfParameters = new Map(Object.entries(rule.parameters).map(([name, parameter]) => [name, parameterWords(parameter)]));
    const factSlot = leaves.map((leaf) => slot(leaf.fact));
    const valueSlot = leaves.map((leaf) => (isFactRef(leaf.value) ? slot(leaf.value.fact) : -1));
    const knownInSlots = leaves.map((leaf, index) => knownInSlotsOf(leaf, factSlot[index]!, valueSlot[index]!));
    const compiledInSlots = leaves.map((leaf, index) => compileLeafInSlots(leaf, factSlot[index]!, valueSlot[index]!));
    const sources = leaves.map((leaf) => [...new Set(factsOfLeaf(leaf).flatMap((id) => sourcesOf(rule, id)))]);
    const shownUnit = leaves.map((leaf) => units.get(leaf.fact));
    // Shared by every reason of every report: frozen, so no report can change another's.
    const shownExpected = deepFreeze(leaves.map((leaf, index) => (isFactRef(leaf.value) ? undefined : display(expectedOf(leaf.value), shownUnit[index]))));
    const determination = leaves.map((leaf) => isFactName(leaf.fact) && DETERMINATIONS.has(leaf.fact));
    const clause = clausesOf(tree);
    const decide = compileKleene<readonly Truth[]>(rule.decision, (_leaf, index) => (truths) => truths[index + selectorCount]!);
    // Listed out, not spread: the plan is read on every case and should stay a fast object.
    plan = {
      ids: layout.ids, slotOf: layout.slotOf, units, parameterNames: layout.parameterNames, parameterOf, parameterWords: wordsOfParameters, tree, leaves, selectorCount, selectorFacts, selectsEarly, notYetDue, notConcerned, citation, derived,
      knownInSlots, compiledInSlots, decide, factSlot, valueSlot, sources, shownUnit, shownExpected, determination, clause, wordIds: new Map(),
    };
    plans.set(rule, plan);
  }
  return plan;
};

type Selection = { readonly outcome: 'selected' } | { readonly outcome: 'result'; readonly result: RuleResult };

/** A result shared by every report that gets it: frozen all the way down. */
const frozen = (result: RuleResult): RuleResult => {
  const freeze = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
    for (const inner of Object.values(value)) freeze(inner);
    Object.freeze(value);
  };
  freeze(result);
  return result;
};

const notApplicableResults = new WeakMap<RuleDefinition, Map<Locale, { readonly outcome: 'result'; readonly result: RuleResult }>>();

/**
 * A plain "not applicable" depends only on the rule and the locale, and most rules
 * are not applicable to most cases: one deeply frozen result is shared by every report.
 */
const notApplicable = (rule: RuleDefinition, locale: Locale): { readonly outcome: 'result'; readonly result: RuleResult } => {
  let byLocale = notApplicableResults.get(rule);
  if (!byLocale) notApplicableResults.set(rule, (byLocale = new Map()));
  let selection = byLocale.get(locale);
  if (!selection) {
    selection = { outcome: 'result', result: frozen(resultOf(rule, locale, 'not-applicable', COMMON.notApplicable[locale])) } as const;
    byLocale.set(locale, selection);
  }
  return selection;
};
const SELECTED: Selection = { outcome: 'selected' };

/**
 * Whether the rule concerns the case: undetermined when a selector fact is invalid,
 * not applicable when the selectors do not hold. Both evaluators decide it here, from
 * their own leaf results.
 */
const selectionOf = (rule: RuleDefinition, plan: RulePlan, selected: () => Truth, read: ReadFacts, locale: Locale): Selection => {
  const invalidSelectors = read.invalid.size ? plan.selectorFacts.filter((id) => read.invalid.has(id as FactName)) : [];
  if (invalidSelectors.length > 0) {
    return { outcome: 'result', result: resultOf(rule, locale, 'undetermined', fill(COMMON.undetermined[locale], { missing: invalidSelectors }), { missingFacts: invalidSelectors }) };
  }
  return selected() === true ? SELECTED : notApplicable(rule, locale);
};

/**
 * A target not yet due (conventions §3c): not applicable, "not yet due", with the target,
 * the gap and `dueBy` still given, and whether the case is on track where that is known.
 */
const notYetDueResult = (rule: RuleDefinition, view: View, truth: Truth, locale: Locale): RuleResult => {
  const conclusions = conclusionsOf(rule, view, 'not-applicable');
  if (truth !== 'unknown') conclusions.onTrack = truth;
  const dueBy = view.has('$dueBy') ? String(view.get('$dueBy')) : undefined;
  const year = view.has('year') ? toNumber(view.exact('year')) : undefined;
  const words = { dueBy, year, asOf: view.asOf, dueYear: dueBy?.slice(0, 4) };
  // A report for a year before the target's own is an interim one, however late it is read.
  const interim = year !== undefined && dueBy !== undefined && year < Number(dueBy.slice(0, 4));
  const track = truth === 'unknown' ? '' : ` ${COMMON[truth ? 'onTrack' : 'offTrack'][locale]}`;
  return resultOf(rule, locale, 'not-applicable', fill(COMMON[interim ? 'interimNotDue' : 'notYetDue'][locale], words) + track, { conclusions });
};

const notInForce = (rule: RuleDefinition, decisiveDate: string, locale: Locale): RuleResult => {
  const document = DOCUMENTS[rule.documentId];
  const words = {
    date: decisiveDate,
    document: document.title[locale],
    from: document.inForce.from,
    to: 'to' in document.inForce ? document.inForce.to : COMMON.openEnd[locale],
  };
  return resultOf(rule, locale, 'not-in-force', fill(COMMON.notInForce[locale], words), {
    conclusions: { decisiveDate, inForce: { ...document.inForce } },
  });
};

/** With a jurisdiction given, a rule of another jurisdiction does not concern the case, even when asked for by id (conventions §3a). */
const outsideJurisdiction = (rule: RuleDefinition, jurisdiction: string | undefined): boolean =>
  jurisdiction !== undefined && !coversJurisdiction(DOCUMENTS[rule.documentId].jurisdiction, jurisdiction);

const outsideResult = (rule: RuleDefinition, jurisdiction: string, locale: Locale): RuleResult => {
  const document = DOCUMENTS[rule.documentId];
  const words = { document: document.title[locale], scope: document.jurisdiction, jurisdiction };
  return resultOf(rule, locale, 'not-applicable', fill(COMMON.outsideJurisdiction[locale], words));
};

/**
 * The first selector of a rule, when it is an equality on a fact with literal values:
 * a case without one of those values cannot concern the rule.
 */
const gateOf = (rule: RuleDefinition): { fact: FactName; values: readonly (string | boolean)[] } | undefined => {
  const firstOf = (condition: Condition): Condition | undefined => ('all' in condition ? condition.all[0] : condition);
  const first = firstOf(rule.selects);
  if (first === undefined || !('operator' in first) || !isFactName(first.fact)) return undefined;
  const literal = (value: unknown): value is string | boolean => typeof value === 'string' || typeof value === 'boolean';
  if (first.operator === 'equal' && literal(first.value)) return { fact: first.fact, values: [first.value] };
  if (first.operator === 'in' && Array.isArray(first.value) && first.value.every(literal)) return { fact: first.fact, values: first.value };
  return undefined;
};

/** Facts whose presence can move a rule's decisive date away from the evaluation date. */
const decisiveFactsOf = (rule: RuleDefinition): readonly FactName[] => {
  const spec = rule.decisiveDate ?? 'asOf';
  if (spec === 'asOf') return [];
  if (spec === 'report-year-end') return ['year'];
  if (spec === 'report-year-end-if-report') return ['reportType'];
  return [spec.fact];
};

/**
 * How the compiled path spends its time on a case with no invalid fact: rules not in
 * force on the evaluation date, and rules whose gate the case does not open, have a
 * result known before the case is read; only the others are evaluated.
 */
interface Dispatch {
  /** Rules evaluated on every case. */
  readonly always: readonly number[];
  /** Gate fact → value → rules it opens (by index in the rule list). */
  readonly gates: ReadonlyMap<string, ReadonlyMap<unknown, readonly number[]>>;
  /** Fact → gated rules whose decisive date it may set: evaluated whenever it is given. */
  readonly dated: ReadonlyMap<string, readonly number[]>;
  /** The result of each rule no case of these facts can change; a hole for the others. */
  readonly template: readonly (RuleResult | undefined)[];
}

const dispatches = new WeakMap<readonly RuleDefinition[], Map<string, Dispatch>>();

/** Contexts are shared across calls with the same options, so most cases find theirs here. */
const dispatchByContext = new WeakMap<EvaluationContext, Dispatch>();

const dispatchOf = (context: EvaluationContext): Dispatch => {
  let dispatch = dispatchByContext.get(context);
  if (!dispatch) dispatchByContext.set(context, (dispatch = dispatchFor(context)));
  return dispatch;
};

const dispatchFor = (context: EvaluationContext): Dispatch => {
  const { rules, asOf, locale } = context;
  let byDate = dispatches.get(rules);
  if (!byDate) dispatches.set(rules, (byDate = new Map()));
  const { jurisdiction } = context;
  const key = `${asOf}\u0000${locale}\u0000${jurisdiction ?? ''}`;
  let dispatch = byDate.get(key);
  if (dispatch) return dispatch;
  const always: number[] = [];
  const gates = new Map<string, Map<unknown, number[]>>();
  const dated = new Map<string, number[]>();
  const template: (RuleResult | undefined)[] = [];
  rules.forEach((rule, index) => {
    if (outsideJurisdiction(rule, jurisdiction)) {
      template.push(frozen(outsideResult(rule, jurisdiction!, locale)));
      return;
    }
    const inForceOnAsOf = dateInWindow(asOf, DOCUMENTS[rule.documentId].inForce);
    const decisiveFacts = decisiveFactsOf(rule);
    if (decisiveFacts.length === 0 && !inForceOnAsOf) {
      template.push(frozen(notInForce(rule, asOf, locale)));
      return;
    }
    const gate = gateOf(rule);
    if (!gate) {
      template.push(undefined);
      always.push(index);
      return;
    }
    // Without its decisive facts a rule is judged on the evaluation date, or (a report year
    // or period start missing) not judged by date at all, which only 'report-year-end-if-report' avoids.
    const onAsOf = decisiveFacts.length === 0 || rule.decisiveDate === 'report-year-end-if-report';
    template.push(onAsOf && !inForceOnAsOf ? frozen(notInForce(rule, asOf, locale)) : notApplicable(rule, locale).result);
    for (const fact of decisiveFacts) {
      const rulesDated = dated.get(fact);
      if (rulesDated) rulesDated.push(index);
      else dated.set(fact, [index]);
    }
    let byValue = gates.get(gate.fact);
    if (!byValue) gates.set(gate.fact, (byValue = new Map()));
    for (const value of gate.values) {
      const opened = byValue.get(value);
      if (opened) opened.push(index);
      else byValue.set(value, [index]);
    }
  });
  // Bounded, like the contexts: one entry per evaluation date and locale in use.
  if (byDate.size > 64) byDate.clear();
  dispatch = { always, gates, dated, template };
  byDate.set(key, dispatch);
  return dispatch;
};

/**
 * Stage one: is the rule in force on its decisive date? With `early` (the compiled
 * path) the selectors are also decided here, before anything else is built.
 */
const prepare = (rule: RuleDefinition, read: ReadFacts, context: EvaluationContext, lookup: Lookup, early: boolean): RuleResult | Pending => {
  if (outsideJurisdiction(rule, context.jurisdiction)) return outsideResult(rule, context.jurisdiction!, context.locale);
  const asOf = context.asOf;
  const document = DOCUMENTS[rule.documentId];
  // Most rules are decided by the evaluation date: nothing needs building to know it.
  const decisiveDate =
    rule.decisiveDate === undefined || rule.decisiveDate === 'asOf' ? asOf : (decisiveDateOf(rule, lookup, asOf) as { date?: string }).date;
  if (decisiveDate !== undefined && !dateInWindow(decisiveDate, document.inForce)) return notInForce(rule, decisiveDate, context.locale);
  const plan = planOf(rule);
  if (early) {
    const selection = selectionOf(rule, plan, () => plan.selectsEarly(lookup), read, context.locale);
    if (selection.outcome === 'result') return selection.result;
    return pendingOf(rule, plan, viewFor(rule, plan, read, context), true);
  }
  return pendingOf(rule, plan, viewFor(rule, plan, read, context), false);
};

const pendingOf = (rule: RuleDefinition, plan: RulePlan, view: View, selected: boolean): Pending => ({
  rule,
  view,
  tree: plan.tree,
  leaves: plan.leaves,
  selectorCount: plan.selectorCount,
  selected,
});

const display = (value: unknown, unit: AreaUnit | undefined): unknown => {
  if (isExact(value)) return toNumber(unit ? fromSquareMetres(value, unit) : value);
  if (Array.isArray(value)) return value.map((item) => display(item, undefined));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, display(inner, undefined)]));
  }
  return value;
};

/** A threshold written as an amount is shown as the number it stands for. */
const expectedOf = (value: unknown): unknown => (typeof value === 'object' && value !== null && 'amount' in value ? asExact(value) : value);

const reasonOf = (plan: RulePlan, index: number, view: View, holds: boolean): Reason => {
  const leaf = plan.leaves[index]!;
  const unit = plan.shownUnit[index];
  const clause = plan.clause[index];
  // Built here, then handed out read-only.
  const reason: { -readonly [K in keyof Reason]: Reason[K] } = {
    fact: leaf.fact,
    operator: leaf.operator,
    expected: isFactRef(leaf.value) ? display(expectedOf(view.slots[plan.valueSlot[index]!]), unit) : plan.shownExpected[index],
    actual: display(view.slots[plan.factSlot[index]!], unit),
    holds,
  };
  if (unit) reason.unit = unit;
  if (plan.determination[index]) reason.determination = true;
  if (clause !== undefined) reason.clause = clause;
  return reason;
};

/** Where `{name}` is looked up after the conclusions: the fact, the derived value, the parameter. */
const wordIdsOf = (plan: RulePlan, name: string): readonly string[] => {
  let ids = plan.wordIds.get(name);
  if (!ids) plan.wordIds.set(name, (ids = [name, `$${name}`, `@${name}`]));
  return ids;
};

/** A message placeholder's value: the conclusions first, then the rule's facts and derived values, each shown in its unit, then its parameters as the source writes them. */
const wordOf = (plan: RulePlan, view: View, conclusions: Readonly<Record<string, unknown>>, name: string): unknown => {
  if (Object.hasOwn(conclusions, name)) return display(conclusions[name], undefined);
  for (const id of wordIdsOf(plan, name)) if (view.has(id)) return display(view.get(id), view.unitOf(id));
  return plan.parameterWords.get(name);
};

/** Stage two: reads the leaf results (from json-rules-engine or the compiled closures) in three-valued logic. */
const finish = (pending: Pending, leafResults: readonly boolean[], read: ReadFacts, context: EvaluationContext): RuleResult => {
  const { rule, view, leaves, selectorCount } = pending;
  const plan = planOf(rule);
  const locale = context.locale;
  const truths: Truth[] = [];
  for (let i = 0; i < leaves.length; i++) truths.push(plan.knownInSlots[i]!(view.slots) ? (leafResults[i] ?? false) : 'unknown');

  const invalidRead = read.invalid.size ? rule.facts.filter((id) => read.invalid.has(id)) : [];
  /** Facts behind the unknown leaves that matter, missing or invalid. */
  const missingAt = (indices: readonly number[], offset: number): string[] => {
    const ids = new Set<string>();
    for (const index of indices) for (const id of plan.sources[index + offset]!) if (!view.has(id)) ids.add(id);
    return [...ids];
  };

  if (!pending.selected) {
    const selection = selectionOf(rule, plan, () => kleene(rule.selects, (_leaf, index) => truths[index]!).truth, read, locale);
    if (selection.outcome === 'result') return selection.result;
  }

  const decisive = decisiveDateOf(rule, view, view.asOf);
  const truth = plan.decide(truths);
  // A case is set aside, or a target judged only once due, only when the facts that say so are known.
  if (invalidRead.length === 0 && !('missing' in decisive)) {
    if (rule.notConcerned && plan.notConcerned(view) === true) return resultOf(rule, locale, 'not-applicable', fill(rule.notConcerned.message[locale], (name) => wordOf(plan, view, {}, name) ?? COMMON.notGiven[locale]));
    if (plan.notYetDue(view) === true) return notYetDueResult(rule, view, truth, locale);
  }
  // Which unknown leaves matter is worked out only when the decision is open.
  const missing = truth === 'unknown' ? missingAt(kleene(rule.decision, (_leaf, index) => truths[index + selectorCount]!).unknown, selectorCount) : [];
  if ('missing' in decisive && !missing.includes(decisive.missing)) missing.unshift(decisive.missing);
  const reasons: Reason[] = [];
  for (let i = selectorCount; i < leaves.length; i++) {
    const holds = truths[i]!;
    if (holds !== 'unknown') reasons.push(reasonOf(plan, i, view, holds));
  }

  let status: Status;
  if (invalidRead.length > 0 || 'missing' in decisive) status = 'undetermined';
  else status = truth === 'unknown' ? 'undetermined' : truth ? 'pass' : 'fail';
  const missingFacts = invalidRead.length ? [...new Set([...invalidRead, ...missing])] : missing;
  const conclusions = conclusionsOf(rule, view, status);
  // A fail decided by the 原则上 clauses alone has the strength of those clauses: every other condition is known and holds.
  const softened = rule.inPrincipleFacts;
  let strength = rule.strength;
  if (status === 'fail' && softened !== undefined) {
    let otherClausesHold = true;
    for (let i = selectorCount; i < leaves.length; i++) if (!softened.includes(leaves[i]!.fact as FactName) && truths[i] !== true) otherClausesHold = false;
    if (otherClausesHold) strength = 'in-principle';
  }
  let message: string;
  if (status === 'undetermined' && view.outOfRange && !invalidRead.length) {
    // The facts are valid, but a date computed from them leaves 0001–9999.
    const from = [...new Set(view.outOfRange.flatMap((name) => sourcesOf(rule, `$${name}`)))];
    for (const id of from) if (!missingFacts.includes(id)) missingFacts.push(id);
    message = fill(COMMON.dateOutOfRange[locale], { facts: from });
  } else if (status === 'undetermined') {
    message = fill(COMMON.undetermined[locale], { missing: missingFacts });
    const questions = missingFacts.filter((id) => isFactName(id) && DETERMINATIONS.has(id));
    if (questions.length) message += ` ${fill(COMMON.needsDetermination[locale], { facts: questions })}`;
  }
  else {
    // A fact the verdict did not need may be missing: the message says so instead of showing its placeholder.
    message = fill(rule.messages[status === 'pass' ? 'pass' : 'fail'][locale], (name) => wordOf(plan, view, conclusions, name) ?? COMMON.notGiven[locale]);
    if (status === 'fail' && strength === 'in-principle') message += ` ${COMMON.inPrinciple[locale]}`;
    if (status === 'fail' && strength === 'encouraged') message += ` ${COMMON.encouraged[locale]}`;
  }
  return resultOf(rule, locale, status, message, strength === rule.strength ? { reasons, missingFacts, conclusions } : { reasons, missingFacts, conclusions, strength });
};

/** Leaf results from the compiled closures: the same operators json-rules-engine is given. */
const compiledLeafResults = (pending: Pending): boolean[] => planOf(pending.rule).compiledInSlots.map((leaf) => leaf(pending.view.slots));

export interface Evaluation {
  readonly context: EvaluationContext;
  readonly read: ReadFacts;
  readonly staged: (RuleResult | Pending)[];
}

export const begin = (
  facts: unknown,
  options: unknown,
  catalogue: readonly RuleDefinition[],
  documentIds: ReadonlySet<string>,
  early = false,
): Evaluation => {
  // Thresholds are read by name in rule JSON; the evaluators compare with their values.
  const context = resolveOptions(options, withParametersResolvedAll(catalogue), documentIds);
  const read = readFacts(facts, context.locale, context.limits);
  const lookup = new CaseFacts(read.values, context.asOf);
  const rules = context.rules;
  if (!early || read.invalid.size > 0) return { context, read, staged: rules.map((rule) => prepare(rule, read, context, lookup, early)) };
  const dispatch = dispatchOf(context);
  // Holes are filled just below: every rule either has a template result or is evaluated.
  const staged = dispatch.template.slice() as (RuleResult | Pending)[];
  for (const index of dispatch.always) staged[index] = prepare(rules[index]!, read, context, lookup, true);
  for (const [fact, value] of read.values) {
    const opened = dispatch.gates.get(fact)?.get(value);
    if (opened) for (const index of opened) staged[index] = prepare(rules[index]!, read, context, lookup, true);
    const dated = dispatch.dated.get(fact);
    if (dated) for (const index of dated) staged[index] = prepare(rules[index]!, read, context, lookup, true);
  }
  return { context, read, staged };
};

/** The case's valid facts and `@asOf`, as the selectors read them before any rule's view exists. */
class CaseFacts implements Lookup {
  constructor(
    private readonly values: ReadonlyMap<string, unknown>,
    private readonly asOf: string,
  ) {}
  has(id: string): boolean {
    return id === AS_OF || this.values.has(id);
  }
  get(id: string): unknown {
    return id === AS_OF ? this.asOf : this.values.get(id);
  }
}

export const isPending = (staged: RuleResult | Pending): staged is Pending => 'tree' in staged;

export const end = ({ context, read, staged }: Evaluation, leafResults: (pending: Pending) => boolean[]): Report => {
  const results = staged.map((s) => (isPending(s) ? finish(s, leafResults(s), read, context) : s));
  const { asOf, jurisdiction } = context;
  return jurisdiction === undefined
    ? { asOf, results, issues: read.issues, summary: summaryOf(results) }
    : { asOf, jurisdiction, results, issues: read.issues, summary: summaryOf(results) };
};

export const evaluateSyncWith = (
  facts: unknown,
  options: UntypedEvaluateOptions | undefined,
  catalogue: readonly RuleDefinition[],
  documentIds: ReadonlySet<string>,
): Report => end(begin(facts, options, catalogue, documentIds, true), compiledLeafResults);

