/**
 * The reference semantics: what a rule's result is, whichever evaluator answered its
 * leaf conditions. In order: whether the rule concerns the case (jurisdiction, the
 * selectors), its decisive date and whether it is in force then, the decision in
 * three-valued logic (a missing fact is unknown, and matters only when it could change
 * the verdict), and the result built from it — status, message, reasons, missing facts,
 * conclusions — and the report's summary.
 *
 * How a rule is prepared for this (its leaves, slots and compiled closures: compiled.ts)
 * and which rules a case can concern at all (dispatch.ts) are the fast path's business;
 * this module reads a prepared rule only through `RuleForm` below, and a rule's facts through
 * its `View` (view.ts).
 */
import { objectCache, boundedPerObject } from './cache.js';
import { type Condition, type Leaf, type Truth, isFactRef, kleene } from './conditions.js';
import { DateRangeError, plusDays } from './dates.js';
import type { ReadFacts } from './domain.js';
import { exact, isExact, toNumber } from './exact.js';
import { coversJurisdiction } from './jurisdiction.js';
import { fill, type Locale } from './locale.js';
import { type CompiledExpr, evaluateExpr, type Expr, idsOf } from './mechanisms.js';
import { COMMON } from './messages.js';
import { asExact } from './operators.js';
import type { EvaluationContext } from './options.js';
import type { DocumentNotInForce, Reason, RuleResult, Summary } from './report.js';
import { type Layout, type Lookup, View } from './view.js';
import { consequenceOf, type Derived, type RuleDefinition, type Status } from './rule.js';
import { type AreaUnit, fromSquareMetres } from './units.js';

/**
 * A rule as prepared once (compiled.ts builds it): its leaves — the selectors' first, then
 * the decision's, depth-first, the order json-rules-engine reports them in — and, per leaf
 * and per condition, closures that give exactly what `kleene` over the rule's JSON gives.
 */
export interface RuleForm extends Layout {
  /** The conclusions in declaration order, each also as the compiled path's closure. */
  readonly conclusionFns: readonly { readonly key: string; readonly expr: Expr; readonly compiled: CompiledExpr }[];
  /** `{ all: [selects, decision] }`: the tree json-rules-engine is given. */
  readonly tree: Condition;
  readonly leaves: readonly Leaf[];
  readonly selectorCount: number;
  /** Vocabulary facts the selectors read. */
  readonly selectorFacts: readonly string[];
  /** The selectors in three-valued logic over the case's facts. */
  readonly selectsEarly: (facts: Lookup) => Truth;
  /** The not-yet-due condition over the rule's view; false when the rule has none. */
  readonly notYetDue: (facts: Lookup) => Truth;
  /** The not-concerned condition, likewise. */
  readonly notConcerned: (facts: Lookup) => Truth;
  /** Per leaf, over a view's slots: whether the facts it needs are known (only `present` reads an absent fact). */
  readonly knownInSlots: readonly ((slots: readonly unknown[]) => boolean)[];
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

/** A rule that reached the point where its conditions must be evaluated. */
export interface Pending {
  readonly rule: RuleDefinition;
  readonly form: RuleForm;
  readonly view: View;
  readonly tree: Condition;
  readonly leaves: readonly Leaf[];
  readonly selectorCount: number;
  /** The compiled path has already found that the rule concerns the case. */
  readonly selected: boolean;
  /**
   * The decisive date and where it came from, or the fact it needs: read once, from the view.
   * Outside the document's window the rule is reported not in force once it is found to concern
   * the case (a rule that does not concern the case is not applicable, in force or not).
   */
  readonly decisive: Decisive;
}

export const isPending = (staged: RuleResult | Pending): staged is Pending => 'tree' in staged;

/** Builds what a rule may read: valid facts, `@asOf`, its caller parameters, then its derived values in declaration order. */
const viewFor = (rule: RuleDefinition, layout: Layout, read: ReadFacts, context: EvaluationContext, compiled: boolean): View => {
  const slots: unknown[] = [];
  for (const id of rule.facts) slots.push(read.values.get(id));
  slots.push(context.asOf);
  const parameters = context.parameters.size ? context.parameters.get(rule.id) : undefined;
  for (const name of layout.parameterNames) {
    const value = parameters?.[name];
    slots.push(value === undefined ? undefined : exact(value));
  }
  for (let i = 0; i < layout.derived.length; i++) slots.push(undefined);
  const view = new View(slots, layout, context.asOf, context.calendar);
  for (const { slot, from, derived, name, compiled: compute } of layout.derived) {
    if (!from.every((source) => slots[source] !== undefined)) continue;
    try {
      // The compiled path calls the closure made once; the engine path interprets the expression.
      slots[slot] = compiled ? compute(view, layout.parameterOf) : evaluateExpr(derived.value, view, layout.parameterOf);
    } catch (error) {
      // A date computed past 9999-12-31 (or before 0001-01-01) stays unknown: the rule is undetermined, saying why.
      if (!(error instanceof DateRangeError)) throw error;
      (view.outOfRange ??= []).push(name);
    }
  }
  return view;
};

/** The ids a derived value reads: it is unknown while any of them is (`@calendar` is always known). */
export const readsOf = (derived: Derived): string[] => idsOf(derived.value).filter((id) => id !== '@calendar');

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

// — selection and the decisive date —

const dateInWindow = (date: string, window: { from: string; to?: string }): boolean => date >= window.from && (window.to === undefined || date <= window.to);

/**
 * Where a decisive date came from: the evaluation date, the caller's `actOn`, a fact (the act's
 * own date, `year` for a report, a derived deadline the act was due by), or the day after a
 * derived deadline the act was not done by.
 */
export type DecidedBy = 'asOf' | 'actOn' | { readonly fact: string } | { readonly dayAfter: string };

type DecisiveDay = { readonly date: string; readonly by: DecidedBy };
type Decisive = DecisiveDay | { readonly missing: string };

/**
 * The date that decides whether the rule is in force (conventions §2a) and where it came from,
 * or the fact it still needs. `actOn`, else the evaluation date, stands for an act the facts
 * do not date.
 */
const decisiveDateOf = (rule: RuleDefinition, facts: Lookup, context: EvaluationContext): Decisive => {
  const spec = rule.decisiveDate ?? 'asOf';
  const option: Decisive = context.actOn === undefined ? { date: context.asOf, by: 'asOf' } : { date: context.actOn, by: 'actOn' };
  if (spec === 'asOf') return option;
  const yearEnd = (): Decisive => {
    const year = facts.get('year');
    return isExact(year) ? { date: `${toNumber(year)}-12-31`, by: { fact: 'year' } } : { missing: 'year' };
  };
  if (spec === 'report-year-end') return yearEnd();
  if ('fact' in spec) {
    const date = facts.get(spec.fact);
    return typeof date === 'string' ? { date, by: { fact: spec.fact } } : { missing: spec.fact };
  }
  if (spec.inReport === 'year-end' && facts.has('reportType')) return yearEnd();
  const done = spec.act === undefined ? undefined : facts.get(spec.act);
  const deadline = spec.deadline === undefined ? undefined : facts.get(spec.deadline);
  if (typeof deadline !== 'string') return typeof done === 'string' ? { date: done, by: { fact: spec.act! } } : option;
  // A duty due by a deadline is governed by the law in force when it fell due (a period that
  // began before the document but ends inside its window is governed by it), and a breach by
  // the law in force the day it happened: the day after the deadline.
  const breached = typeof done === 'string' ? done > deadline : context.asOf > deadline;
  if (breached) return { date: plusDays(deadline, 1), by: { dayAfter: spec.deadline! } };
  return typeof done === 'string' ? { date: deadline, by: { fact: spec.deadline! } } : option;
};

/** With a jurisdiction given, a rule of another jurisdiction does not concern the case, even when asked for by id (conventions §3a). */
export const outsideJurisdiction = (rule: RuleDefinition, context: EvaluationContext): boolean =>
  context.jurisdiction !== undefined && !coversJurisdiction(context.domain.documents[rule.documentId]!.jurisdiction, context.jurisdiction);

export const outsideResult = (rule: RuleDefinition, context: EvaluationContext): RuleResult => {
  const { locale } = context;
  const document = context.domain.documents[rule.documentId]!;
  const words = { document: document.title[locale], scope: document.jurisdiction, jurisdiction: context.jurisdiction };
  return resultOf(rule, locale, 'not-applicable', fill(COMMON.outsideJurisdiction[locale], words));
};

const notInForce = (rule: RuleDefinition, { date: decisiveDate, by: decidedBy }: DecisiveDay, context: EvaluationContext): RuleResult => {
  const { locale } = context;
  const document = context.domain.documents[rule.documentId]!;
  const words = {
    date: decisiveDate,
    document: document.title[locale],
    from: document.inForce.from,
    to: 'to' in document.inForce ? document.inForce.to : COMMON.openEnd[locale],
    fact: typeof decidedBy !== 'object' ? decidedBy : 'fact' in decidedBy ? decidedBy.fact : decidedBy.dayAfter,
  };
  const message =
    decidedBy === 'asOf'
      ? COMMON.notInForce
      : decidedBy === 'actOn'
        ? COMMON.notInForceOnAct
        : 'dayAfter' in decidedBy
          ? COMMON.notInForceAfterDeadline
          : COMMON.notInForceOnFact;
  return resultOf(rule, locale, 'not-in-force', fill(message[locale], words), {
    conclusions: { decisiveDate, decidedBy: decidedByText(decidedBy), inForce: { ...document.inForce } },
  });
};

/** Where a decisive date came from, as data: 'asOf', 'actOn', a fact or `$deadline`, or 'after:$deadline' for the day after it. */
const decidedByText = (by: DecidedBy): string => (typeof by !== 'object' ? by : 'fact' in by ? by.fact : `after:${by.dayAfter}`);

/** A result shared by every report that gets it: frozen all the way down. */
export const frozen = (result: RuleResult): RuleResult => {
  const freeze = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
    for (const inner of Object.values(value)) freeze(inner);
    Object.freeze(value);
  };
  freeze(result);
  return result;
};

type Selection = { readonly outcome: 'selected' } | { readonly outcome: 'result'; readonly result: RuleResult };
const SELECTED: Selection = { outcome: 'selected' };

/** Per rule, one result per locale (three). */
const notApplicableResults = boundedPerObject<RuleDefinition, Locale, { readonly outcome: 'result'; readonly result: RuleResult }>({ maxEntries: 8 });

/**
 * A plain "not applicable" depends only on the rule and the locale, and most rules
 * are not applicable to most cases: one deeply frozen result is shared by every report.
 */
export const notApplicable = (rule: RuleDefinition, locale: Locale): { readonly outcome: 'result'; readonly result: RuleResult } =>
  notApplicableResults.get(rule, locale) ??
  notApplicableResults.set(rule, locale, {
    outcome: 'result',
    result: frozen(resultOf(rule, locale, 'not-applicable', COMMON.notApplicable[locale])),
  } as const);

/**
 * Whether the rule concerns the case: undetermined when a selector fact is invalid,
 * not applicable when the selectors do not hold. Both evaluators decide it here, from
 * their own leaf results.
 */
const selectionOf = (rule: RuleDefinition, form: RuleForm, selected: () => Truth, read: ReadFacts, locale: Locale): Selection => {
  const invalidSelectors = read.invalid.size ? form.selectorFacts.filter((id) => read.invalid.has(id)) : [];
  if (invalidSelectors.length > 0) {
    return {
      outcome: 'result',
      result: resultOf(rule, locale, 'undetermined', fill(COMMON.undetermined[locale], { missing: invalidSelectors }), { missingFacts: invalidSelectors }),
    };
  }
  return selected() === true ? SELECTED : notApplicable(rule, locale);
};

/**
 * Stage one: does the rule concern the case, and is it in force on its decisive date? A rule
 * that does not concern the case is not applicable whether or not its document is in force, so
 * a lapse is reported only where it matters. With `early` (the compiled path) the selectors
 * are decided here, before anything else is built; the engine path decides them in `finish`.
 */
export const prepare = (
  rule: RuleDefinition,
  formOf: (rule: RuleDefinition, context: EvaluationContext) => RuleForm,
  read: ReadFacts,
  context: EvaluationContext,
  lookup: Lookup,
  early: boolean,
): RuleResult | Pending => {
  if (outsideJurisdiction(rule, context)) return outsideResult(rule, context);
  const form = formOf(rule, context);
  if (early) {
    const selection = selectionOf(rule, form, () => form.selectsEarly(lookup), read, context.locale);
    if (selection.outcome === 'result') return selection.result;
  }
  const view = viewFor(rule, form, read, context, early);
  // The decisive date may read a derived deadline, so it is known once the view is built.
  const decisive = decisiveDateOf(rule, view, context);
  const lapsed = early ? outsideWindow(rule, decisive, context) : undefined;
  if (lapsed) return notInForce(rule, lapsed, context);
  return { rule, form, view, tree: form.tree, leaves: form.leaves, selectorCount: form.selectorCount, selected: early, decisive };
};

/** The decisive date, when it is known and falls outside the window of the rule's document. */
const outsideWindow = (rule: RuleDefinition, decisive: Decisive, context: EvaluationContext): DecisiveDay | undefined =>
  'date' in decisive && !dateInWindow(decisive.date, context.domain.documents[rule.documentId]!.inForce) ? decisive : undefined;

// — building the result —

/** Shared by every result of the rule, so frozen. */
const citations = objectCache<RuleDefinition, RuleResult['citation']>();
const citationOf = (rule: RuleDefinition): RuleResult['citation'] => {
  let citation = citations.get(rule);
  if (!citation) citations.set(rule, (citation = Object.freeze({ documentId: rule.documentId, article: rule.citation.article, quote: rule.citation.quote })));
  return citation;
};

type Detail = Partial<Pick<RuleResult, 'reasons' | 'missingFacts' | 'conclusions' | 'strength'>>;

/**
 * One result, keys in reading order: which rule, its status and message, then the detail.
 * Two literals rather than a spread of the consequence: a spread made V8 build every result
 * through its slow clone path, a fifth of evaluateSync's time (measured against ffce5d5).
 */
const resultOf = (rule: RuleDefinition, locale: Locale, status: Status, message: string, detail: Detail = {}): RuleResult =>
  status === 'fail'
    ? {
        ruleId: rule.id,
        status,
        consequence: consequenceOf(rule),
        message,
        title: rule.title[locale],
        documentId: rule.documentId,
        kind: rule.kind,
        strength: detail.strength ?? rule.strength,
        reasons: detail.reasons ?? [],
        missingFacts: detail.missingFacts ?? [],
        conclusions: detail.conclusions ?? {},
        citation: citationOf(rule),
      }
    : {
        ruleId: rule.id,
        status,
        message,
        title: rule.title[locale],
        documentId: rule.documentId,
        kind: rule.kind,
        strength: detail.strength ?? rule.strength,
        reasons: detail.reasons ?? [],
        missingFacts: detail.missingFacts ?? [],
        conclusions: detail.conclusions ?? {},
        citation: citationOf(rule),
      };

/** A conclusion as the caller gets it: numbers as numbers, an area read from a fact or derived value in that one's unit. */
const shownConclusion = (expr: Expr, value: unknown, view: View): unknown =>
  display(value, typeof expr === 'object' && !Array.isArray(expr) && 'fact' in expr ? view.unitOf(expr.fact) : undefined);

const conclusionsOf = (form: RuleForm, view: View, status: Status, compiled: boolean): Record<string, unknown> => {
  const conclusions: Record<string, unknown> = {};
  if (form.conclusionFns.length === 0) return conclusions;
  const scope = { get: (id: string) => (id === '@status' ? status : view.get(id)), calendar: view.calendar };
  for (const { key, expr, compiled: compute } of form.conclusionFns) {
    let value: unknown;
    try {
      // The compiled path calls the closure made once; the engine path interprets the expression.
      value = compiled ? compute(scope, form.parameterOf) : evaluateExpr(expr, scope, form.parameterOf);
    } catch (error) {
      // A conclusion date past 9999-12-31 is left out, like any unknown one.
      if (error instanceof DateRangeError) continue;
      throw error;
    }
    if (value !== undefined) conclusions[key] = shownConclusion(expr, value, view);
  }
  return conclusions;
};

/**
 * A target not yet due (conventions §3c): not applicable, "not yet due", with the target,
 * the gap and `dueBy` still given, and whether the case is on track where that is known.
 */
const notYetDueResult = (rule: RuleDefinition, form: RuleForm, view: View, truth: Truth, locale: Locale, compiled: boolean): RuleResult => {
  const conclusions = conclusionsOf(form, view, 'not-applicable', compiled);
  if (truth !== 'unknown') conclusions.onTrack = truth;
  const dueBy = view.has('$dueBy') ? String(view.get('$dueBy')) : undefined;
  const year = view.has('year') ? toNumber(view.exact('year')) : undefined;
  const words = { dueBy, year, asOf: view.asOf, dueYear: dueBy?.slice(0, 4) };
  // A report for a year before the target's own is an interim one, however late it is read.
  const interim = year !== undefined && dueBy !== undefined && year < Number(dueBy.slice(0, 4));
  const track = truth === 'unknown' ? '' : ` ${COMMON[truth ? 'onTrack' : 'offTrack'][locale]}`;
  return resultOf(rule, locale, 'not-applicable', fill(COMMON[interim ? 'interimNotDue' : 'notYetDue'][locale], words) + track, { conclusions });
};

/** A value as a reason or message shows it: exact numbers as numbers, areas in their unit. */
export const display = (value: unknown, unit: AreaUnit | undefined): unknown => {
  if (isExact(value)) return toNumber(unit ? fromSquareMetres(value, unit) : value);
  if (Array.isArray(value)) return value.map((item) => display(item, undefined));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, display(inner, undefined)]));
  }
  return value;
};

/** A threshold written as an amount is shown as the number it stands for. */
export const expectedOf = (value: unknown): unknown => (typeof value === 'object' && value !== null && 'amount' in value ? asExact(value) : value);

const reasonOf = (form: RuleForm, index: number, view: View, holds: boolean): Reason => {
  const leaf = form.leaves[index]!;
  const unit = form.shownUnit[index];
  const clause = form.clause[index];
  // Built here, then handed out read-only.
  const reason: { -readonly [K in keyof Reason]: Reason[K] } = {
    fact: leaf.fact,
    operator: leaf.operator,
    expected: isFactRef(leaf.value) ? display(expectedOf(view.slots[form.valueSlot[index]!]), unit) : form.shownExpected[index],
    actual: display(view.slots[form.factSlot[index]!], unit),
    holds,
  };
  if (unit) reason.unit = unit;
  if (form.determination[index]) reason.determination = true;
  if (clause !== undefined) reason.clause = clause;
  return reason;
};

/** Where `{name}` is looked up after the conclusions: the fact, the derived value, the parameter. */
const wordIdsOf = (form: RuleForm, name: string): readonly string[] => {
  let ids = form.wordIds.get(name);
  if (!ids) form.wordIds.set(name, (ids = [name, `$${name}`, `@${name}`]));
  return ids;
};

/** A message placeholder's value: the conclusions first, then the rule's facts and derived values, each shown in its unit (parameters are written into the messages once per rule, see parameters.ts). */
const wordOf = (form: RuleForm, view: View, conclusions: Readonly<Record<string, unknown>>, name: string, locale: Locale): unknown => {
  if (Object.hasOwn(conclusions, name)) return inWords(display(conclusions[name], undefined), locale);
  for (const id of wordIdsOf(form, name)) if (view.has(id)) return inWords(display(view.get(id), view.unitOf(id)), locale);
  return undefined;
};

/**
 * A number as a message says it: to two decimals at most, and "about" when that rounds
 * (0.8 亩 is 533.333… m²: 约533.33, not 533.333333333333). The reasons and conclusions
 * keep the exact value; only the words round.
 */
const inWords = (value: unknown, locale: Locale): unknown => {
  if (typeof value !== 'number' || Number.isInteger(value) || !Number.isFinite(value)) return value;
  const rounded = Number(value.toFixed(2));
  return rounded === value ? value : `${COMMON.about[locale]}${rounded}`;
};

// — the decision —

/** Stage two: reads the leaf results (from json-rules-engine or the compiled closures) in three-valued logic. */
export const finish = (pending: Pending, leafResults: readonly boolean[], read: ReadFacts, context: EvaluationContext): RuleResult => {
  const { rule, form, view, leaves, selectorCount } = pending;
  const locale = context.locale;
  const truths: Truth[] = [];
  for (let i = 0; i < leaves.length; i++) truths.push(form.knownInSlots[i]!(view.slots) ? (leafResults[i] ?? false) : 'unknown');

  const invalidRead = read.invalid.size ? rule.facts.filter((id) => read.invalid.has(id)) : [];
  /** Facts behind the unknown leaves that matter, missing or invalid. */
  const missingAt = (indices: readonly number[], offset: number): string[] => {
    const ids = new Set<string>();
    for (const index of indices) for (const id of form.sources[index + offset]!) if (!view.has(id)) ids.add(id);
    return [...ids];
  };

  if (!pending.selected) {
    const selection = selectionOf(rule, form, () => kleene(rule.selects, (_leaf, index) => truths[index]!).truth, read, locale);
    if (selection.outcome === 'result') return selection.result;
  }
  const { decisive } = pending;
  const lapsed = outsideWindow(rule, decisive, context);
  if (lapsed) return notInForce(rule, lapsed, context);

  const truth = form.decide(truths);
  // A case is set aside, or a target judged only once due, only when the facts that say so are known.
  if (invalidRead.length === 0 && !('missing' in decisive)) {
    if (rule.notConcerned && form.notConcerned(view) === true)
      return resultOf(
        rule,
        locale,
        'not-applicable',
        fill(rule.notConcerned.message[locale], (name) => wordOf(form, view, {}, name, locale) ?? COMMON.notGiven[locale]),
      );
    if (form.notYetDue(view) === true) return notYetDueResult(rule, form, view, truth, locale, pending.selected);
  }
  // Which unknown leaves matter is worked out only when the decision is open.
  const missing = truth === 'unknown' ? missingAt(kleene(rule.decision, (_leaf, index) => truths[index + selectorCount]!).unknown, selectorCount) : [];
  if ('missing' in decisive && !missing.includes(decisive.missing)) missing.unshift(decisive.missing);
  const reasons: Reason[] = [];
  for (let i = selectorCount; i < leaves.length; i++) {
    const holds = truths[i]!;
    if (holds !== 'unknown') reasons.push(reasonOf(form, i, view, holds));
  }

  let status: Status;
  if (invalidRead.length > 0 || 'missing' in decisive) status = 'undetermined';
  else status = truth === 'unknown' ? 'undetermined' : truth ? 'pass' : 'fail';
  const missingFacts = invalidRead.length ? [...new Set([...invalidRead, ...missing])] : missing;
  const conclusions = conclusionsOf(form, view, status, pending.selected);
  // A fail decided by the 原则上 clauses alone has the strength of those clauses: every other condition is known and holds.
  const softened = rule.inPrincipleFacts;
  let strength = rule.strength;
  if (status === 'fail' && softened !== undefined) {
    let otherClausesHold = true;
    for (let i = selectorCount; i < leaves.length; i++) if (!softened.includes(leaves[i]!.fact) && truths[i] !== true) otherClausesHold = false;
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
    const questions = missingFacts.filter((id) => context.domain.isDetermination(id));
    if (questions.length) message += ` ${fill(COMMON.needsDetermination[locale], { facts: questions })}`;
  } else {
    // A fact the verdict did not need may be missing: the message says so instead of showing its placeholder.
    message = fill(
      rule.messages[status === 'pass' ? 'pass' : 'fail'][locale],
      (name) => wordOf(form, view, conclusions, name, locale) ?? COMMON.notGiven[locale],
    );
    if (status === 'fail' && strength === 'in-principle')
      message += ` ${COMMON[consequenceOf(rule) === 'not-eligible' ? 'inPrincipleNotEligible' : 'inPrinciple'][locale]}`;
    if (status === 'fail' && strength === 'encouraged') message += ` ${COMMON.encouraged[locale]}`;
  }
  // A decision taken under the law of another day than the evaluation date says which day, and
  // why; in words too, but for a report, whose message already speaks of its year.
  const decidedOther = (status === 'pass' || status === 'fail') && 'date' in decisive && decisive.by !== 'asOf' ? decisive : undefined;
  const byYear = decidedOther !== undefined && typeof decidedOther.by === 'object' && 'fact' in decidedOther.by && decidedOther.by.fact === 'year';
  if (decidedOther && !byYear) message += ` ${fill(COMMON.decidedOn[locale], { date: decidedOther.date, by: decidedByText(decidedOther.by) })}`;
  const result = resultOf(
    rule,
    locale,
    status,
    message,
    strength === rule.strength ? { reasons, missingFacts, conclusions } : { reasons, missingFacts, conclusions, strength },
  );
  return decidedOther ? { ...result, decidedOn: decidedOther.date, decidedBy: decidedByText(decidedOther.by) } : result;
};

/** Per document, the rules of it that concern the case but were not in force on their decisive dates, in the rules' order. */
export const documentsNotInForceOf = (results: readonly RuleResult[], context: EvaluationContext): DocumentNotInForce[] => {
  const byDocument = new Map<string, { dates: Set<string>; ruleIds: string[] }>();
  for (const result of results) {
    if (result.status !== 'not-in-force') continue;
    let entry = byDocument.get(result.documentId);
    if (!entry) byDocument.set(result.documentId, (entry = { dates: new Set(), ruleIds: [] }));
    entry.dates.add(String(result.conclusions.decisiveDate));
    entry.ruleIds.push(result.ruleId);
  }
  const { locale } = context;
  return [...byDocument].map(([documentId, { dates, ruleIds }]) => {
    const document = context.domain.documents[documentId]!;
    const sorted = [...dates].sort();
    const words = {
      document: document.title[locale],
      id: documentId,
      from: document.inForce.from,
      to: 'to' in document.inForce ? document.inForce.to : COMMON.openEnd[locale],
      dates: sorted,
      count: ruleIds.length,
    };
    return {
      documentId,
      title: document.title[locale],
      inForce: { ...document.inForce },
      dates: sorted,
      ruleIds,
      message: fill(COMMON.documentNotInForce[locale], words),
    };
  });
};

/** The report's counts: every status, and the fails again by consequence. */
export const summaryOf = (results: readonly RuleResult[]): Summary => {
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
      case 'pass':
        pass += 1;
        break;
      case 'not-applicable':
        notApplicable += 1;
        break;
      case 'undetermined':
        undetermined += 1;
        break;
      case 'not-in-force':
        notInForce += 1;
        break;
      case 'fail':
        if (result.consequence === 'violation') violation += 1;
        else if (result.consequence === 'not-eligible') notEligible += 1;
        else targetMissed += 1;
        break;
    }
  }
  const fail = violation + notEligible + targetMissed;
  return {
    pass,
    fail,
    'not-applicable': notApplicable,
    undetermined,
    'not-in-force': notInForce,
    violation,
    'not-eligible': notEligible,
    'target-missed': targetMissed,
  };
};
