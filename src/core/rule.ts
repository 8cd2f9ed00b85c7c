import type { Condition } from './conditions.js';
import type { Conclusions, Derived } from './mechanisms.js';
import type { Exact } from './exact.js';
import type { Localized } from './locale.js';
import type { AreaUnit } from './units.js';

export type RuleKind = 'requirement' | 'eligibility' | 'procedure' | 'target';
export type Strength = 'binding' | 'in-principle' | 'encouraged' | 'target';
export type Status = 'pass' | 'fail' | 'not-applicable' | 'undetermined' | 'not-in-force';
/** What a fail means for the caller (conventions §5). */
export type Consequence = 'violation' | 'not-eligible' | 'target-missed';
export const CONSEQUENCES: readonly Consequence[] = ['violation', 'not-eligible', 'target-missed'];

/**
 * A fail follows from kind and strength: a target missed; an option not open (eligibility,
 * or anything the text only encourages or permits); otherwise a violation (binding, or
 * in principle with no recorded exception).
 */
export const consequenceOf = (rule: { readonly kind: RuleKind; readonly strength: Strength }): Consequence => {
  if (rule.kind === 'target' || rule.strength === 'target') return 'target-missed';
  if (rule.kind === 'eligibility' || rule.strength === 'encouraged') return 'not-eligible';
  return 'violation';
};

/**
 * What a parameter's value is counted in: an area unit, a share of 1, whole years, degrees of
 * slope, working days, a count, a date, a month and day of the year ('03-31'), a ratio, GB/T 2260
 * county codes, or whatever unit the fact it is compared with has (the indicator table's targets).
 */
export const PARAMETER_UNITS = [
  'm2',
  'mu',
  'ha',
  'share',
  'years',
  'degrees',
  'working-days',
  'count',
  'date',
  'month-day',
  'ratio',
  'GB/T 2260',
  'as the fact',
] as const;
export type ParameterUnit = (typeof PARAMETER_UNITS)[number];

/** A threshold or period of the text, kept apart from the logic with its own source words. */
export interface Parameter {
  /** A list only for a set of codes the text names one by one (GB/T 2260 counties). */
  readonly value: string | number | readonly string[];
  readonly unit?: ParameterUnit;
  /** The words of the source that fix it. */
  readonly source: string;
}

/** Read access to the facts a rule may use: vocabulary facts, `$derived` values and `@asOf`. */
export interface FactView {
  has(id: string): boolean;
  get(id: string): unknown;
  exact(id: string): Exact;
  text(id: string): string;
  /** An exact value shown as a number in `unit` (areas) or as is. */
  show(id: string, unit?: AreaUnit): number | undefined;
  readonly asOf: string;
  readonly calendar: { readonly holidays: ReadonlySet<string>; readonly workdays: ReadonlySet<string>; readonly description: string };
}

export type { Derived, Conclusions } from './mechanisms.js';

/**
 * Which date decides whether the rule is in force (conventions §2a): the act's day given as
 * `actOn`, else the evaluation date; 31 December of a report's `year`; the start of a granted
 * period (`fact`, needed); or a duty: the act the rule judges, dated by a fact of its own
 * (`act`), is decided on its date when done (on time), on the day after `deadline` (a derived
 * `$date`) when it was done late or not at all by then, and on the act's day given as an option
 * while it is still pending. A duty without an act fact (a republication the facts record only
 * as a new date) is an omission from the day after its deadline. `inReport: 'year-end'` decides
 * a case that is a report (`reportType` given) on 31 December of its year instead.
 */
export type DecisiveDate<Fact extends string = string> = 'asOf' | 'report-year-end' | { readonly fact: Fact } | DutyDecisiveDate<Fact>;

/** A duty's decisive date (see DecisiveDate): an act, a deadline, or both. */
export type DutyDecisiveDate<Fact extends string = string> =
  | { readonly act: Fact; readonly deadline?: `$${string}`; readonly inReport?: 'year-end' }
  | { readonly act?: undefined; readonly deadline: `$${string}`; readonly inReport?: 'year-end' };

/** A value the source leaves blank, which a caller may supply through the `parameters` option. */
export interface CallerParameter {
  readonly description: string;
  readonly unit?: string;
}

/**
 * A rule. The core reads fact names and document ids as strings; src/rules/definition.ts
 * names the catalogue's rule type with the vocabulary's fact names and the document ids.
 */
export interface RuleDefinition<Fact extends string = string, Document extends string = string> {
  readonly id: string;
  readonly documentId: Document;
  readonly kind: RuleKind;
  readonly strength: Strength;
  /**
   * The act the rule judges, in words (the approval of a plan, the issue of a permit, a county's
   * annual report): whose day decides which law governs it (conventions §2a). Every rule of
   * the catalogue declares one; a rule set from elsewhere may leave it out.
   */
  readonly act?: string;
  readonly title: Localized;
  readonly citation: { readonly article: string; readonly quote: string };
  /** Facts whose absence or other values mean the rule does not concern the case. */
  readonly selects: Condition;
  /** The decision, as json-rules-engine conditions. */
  readonly decision: Condition;
  /** Every vocabulary fact the rule reads, selectors included. */
  readonly facts: readonly Fact[];
  readonly parameters: Readonly<Record<string, Parameter>>;
  /** Values computed from the facts, in declaration order (each may read those before it), read as `$name`. */
  readonly derive?: Readonly<Record<string, Derived>>;
  /** What the caller needs next, each a named expression over the view and `@status`; unknown ones are left out. */
  readonly conclusions?: Conclusions;
  /**
   * A target not yet due (conventions §3c): when the rule concerns the case and this
   * condition holds (three-valued, so a missing fact leaves it false), the result is not
   * applicable, "not yet due", with the conclusions still given. It reads the rule's view
   * (derived values such as `$dueBy` included). Declarative, like the selectors, so both
   * evaluators and the docs read the same thing.
   */
  readonly notYetDue?: Condition;
  /**
   * A case the selectors take in but the rule does not concern after all, decided once the
   * decisive date is known (a 2020 report's 3月底前 deadline fell before the plan was issued):
   * not applicable, with this message. Declarative, like `notYetDue`.
   */
  readonly notConcerned?: { readonly when: Condition; readonly message: Localized };
  /**
   * Facts of the clauses the text softens with 原则上 in a rule that also has unconditional ones
   * (conventions §4): a fail on these clauses alone reports the strength `in-principle`.
   */
  readonly inPrincipleFacts?: readonly Fact[];
  /** Values the caller may supply (`parameters` option); read in conditions as `@name`. */
  readonly callerParameters?: Readonly<Record<string, CallerParameter>>;
  readonly decisiveDate?: DecisiveDate<Fact>;
  readonly messages: { readonly pass: Localized; readonly fail: Localized };
  /** For the docs: readings chosen where the text admits two, and other notes. */
  readonly readings?: readonly { readonly chosen: string; readonly alternative: string }[];
  readonly notes?: readonly string[];
  /** Extra metadata (the indicator attribute 约束性 / 预期性). */
  readonly attribute?: 'binding-target' | 'expected-target' | 'column-target';
}
