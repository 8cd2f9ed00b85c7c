import * as z from 'zod/mini';
import { type Condition, compileKleene, type FactRef, type Leaf, type ParamRef, conditionSchema, isFactRef, isParamLeafValue, kleene } from './conditions.js';
import { periodLastDay, daysFrom, nthWorkingDayAfter, termLastDay, type WorkingCalendar } from './dates.js';
import { type Exact, add, compare, exact, isExact, max, mul, sub, toNumber, ZERO } from './exact.js';
import { ALL_OPERATORS, OPERATOR_NAMES, type OperatorName } from './operators.js';
import { AREA_UNITS, type AreaUnit, fromSquareMetres } from './units.js';

/**
 * The named mechanisms a rule computes with: derived values and conclusions are JSON built
 * from these, never functions, so a rule can leave the process as data, every evaluator
 * computes the same thing, and the docs say each formula in words (`describe`).
 *
 * An expression is a literal (string, number, boolean, a list of them), a reference — `{ fact }`
 * for a vocabulary fact, a derived `$value`, `@asOf`, `@status` (conclusions only), `@calendar`
 * (the working calendar's description) or a caller parameter `@name`; `{ param }` for one of the
 * rule's own parameters — or one mechanism: an object with one of the keys below.
 *
 * Unknown spreads: a mechanism with an unknown input is unknown (a conclusion left out, a
 * derived value left unknown, so the conditions that read it are undetermined). Only `cases`
 * and `lookup` choose, and they choose only on what is known.
 */
export type Literal = string | number | boolean;
export type { ParamRef } from './conditions.js';
/** A test on one item of a list: the item's `field` compared with a value. */
export interface ItemTest {
  readonly field: string;
  readonly operator: OperatorName;
  readonly value: Expr;
}
export type Mechanism =
  /** base × share: “…的5%”. */
  | { readonly shareOf: { readonly base: Expr; readonly share: Expr } }
  /** a − b: an increase, a gap to a target. */
  | { readonly difference: readonly [Expr, Expr] }
  /** a − b, never below zero: what is left of a quota. */
  | { readonly remainder: readonly [Expr, Expr] }
  | { readonly sum: readonly Expr[] }
  /** The last day of a period of whole years from a start (Civil Code arts. 201–202); with `firstDayCounts`, a term that includes its first day (five full years end the day before the fifth anniversary: dates.ts `termLastDay`). */
  | { readonly periodEnd: { readonly start: Expr; readonly years: Expr; readonly firstDayCounts?: boolean } }
  /** The n-th working day after a date, the date itself not counted, in the evaluation's working calendar. */
  | { readonly workingDayDeadline: { readonly after: Expr; readonly days: Expr } }
  /** A month and day ('03-31') in a report's year. */
  | { readonly dateInYear: { readonly year: Expr; readonly monthDay: Expr } }
  /** Calendar days from one date to another. */
  | { readonly daysBetween: { readonly from: Expr; readonly to: Expr } }
  /** The latest of some dates. */
  | { readonly latest: readonly Expr[] }
  /** How many items a list has. */
  | { readonly count: Expr }
  /** The items of a list that pass a test. */
  | { readonly filter: { readonly list: Expr; readonly where: ItemTest } }
  /** The first item of a list that passes a test. */
  | { readonly find: { readonly list: Expr; readonly where: ItemTest } }
  /** The item with the lowest value of the first field, ties broken by the next. */
  | { readonly lowest: { readonly list: Expr; readonly by: readonly string[] } }
  /** One item of a list by position, from 0. */
  | { readonly item: { readonly list: Expr; readonly index: number } }
  /** One field of an item. */
  | { readonly field: { readonly of: Expr; readonly name: string } }
  /** One field of every item. */
  | { readonly pluck: { readonly list: Expr; readonly field: string } }
  /** A value from a table, by a text key; a key not in the table is unknown. */
  | { readonly lookup: { readonly key: Expr; readonly table: Readonly<Record<string, Expr>> } }
  /** The first branch whose condition holds; unknown when a condition before it is unknown; `otherwise` when none holds (unknown without one). */
  | { readonly cases: readonly { readonly when: Condition; readonly then: Expr }[]; readonly otherwise?: Expr }
  /** An area shown as a number in a unit (areas are held in square metres). */
  | { readonly inUnit: { readonly value: Expr; readonly unit: AreaUnit } };
export type Expr = Literal | readonly Literal[] | FactRef | ParamRef | Mechanism;

/** A declared value a rule computes, by name (read as `$name`). */
export interface Derived {
  readonly value: Expr;
  /** The unit an area is shown in. */
  readonly unit?: AreaUnit;
}

/** What the conclusions of a rule are: each a named expression, left out when unknown. */
export type Conclusions = Readonly<Record<string, Expr>>;

/** What an expression reads: the rule's view, its parameters and the evaluation's calendar. */
export interface Scope {
  /** The value of a fact, derived value or `@` id; undefined when unknown. */
  get(id: string): unknown;
  readonly calendar: WorkingCalendar & { readonly description: string };
}

const MECHANISM_NAMES = [
  'shareOf',
  'difference',
  'remainder',
  'sum',
  'periodEnd',
  'workingDayDeadline',
  'dateInYear',
  'daysBetween',
  'latest',
  'count',
  'filter',
  'find',
  'lowest',
  'item',
  'field',
  'pluck',
  'lookup',
  'cases',
  'inUnit',
] as const;
export type MechanismName = (typeof MECHANISM_NAMES)[number];

export const isParamRef = (expr: Expr): expr is ParamRef => typeof expr === 'object' && !Array.isArray(expr) && 'param' in expr;
const isRef = (expr: Expr): expr is FactRef => typeof expr === 'object' && !Array.isArray(expr) && 'fact' in expr;

/** Every id an expression reads (facts, `$derived`, `@…`), conditions of `cases` included, in first-use order. */
export const idsOf = (expr: Expr): string[] => {
  const ids = new Set<string>();
  visit(expr, { ref: (id) => ids.add(id), param: () => undefined });
  return [...ids];
};
/** Every rule parameter an expression reads. */
export const paramsOf = (expr: Expr): string[] => {
  const names = new Set<string>();
  visit(expr, { ref: () => undefined, param: (name) => names.add(name) });
  return [...names];
};

const conditionIds = (condition: Condition, on: { ref: (id: string) => void; param: (name: string) => void }): void => {
  if ('operator' in condition) {
    on.ref(condition.fact);
    if (isFactRef(condition.value)) on.ref(condition.value.fact);
    if (isParamLeafValue(condition.value)) on.param(condition.value.param);
    return;
  }
  const parts = 'all' in condition ? condition.all : 'any' in condition ? condition.any : [condition.not];
  for (const part of parts) conditionIds(part, on);
};

const visit = (expr: Expr, on: { ref: (id: string) => void; param: (name: string) => void }): void => {
  if (typeof expr !== 'object' || Array.isArray(expr)) return;
  if (isRef(expr)) return on.ref(expr.fact);
  if (isParamRef(expr)) return on.param(expr.param);
  const m = expr as Mechanism;
  const all = (...inner: (Expr | undefined)[]) => inner.forEach((e) => e !== undefined && visit(e, on));
  if ('shareOf' in m) all(m.shareOf.base, m.shareOf.share);
  else if ('difference' in m) all(...m.difference);
  else if ('remainder' in m) all(...m.remainder);
  else if ('sum' in m) all(...m.sum);
  else if ('periodEnd' in m) all(m.periodEnd.start, m.periodEnd.years);
  else if ('workingDayDeadline' in m) all(m.workingDayDeadline.after, m.workingDayDeadline.days);
  else if ('dateInYear' in m) all(m.dateInYear.year, m.dateInYear.monthDay);
  else if ('daysBetween' in m) all(m.daysBetween.from, m.daysBetween.to);
  else if ('latest' in m) all(...m.latest);
  else if ('count' in m) all(m.count);
  else if ('filter' in m) all(m.filter.list, m.filter.where.value);
  else if ('find' in m) all(m.find.list, m.find.where.value);
  else if ('lowest' in m) all(m.lowest.list);
  else if ('item' in m) all(m.item.list);
  else if ('field' in m) all(m.field.of);
  else if ('pluck' in m) all(m.pluck.list);
  else if ('lookup' in m) all(m.lookup.key, ...Object.values(m.lookup.table));
  else if ('cases' in m) {
    for (const branch of m.cases) {
      conditionIds(branch.when, on);
      all(branch.then);
    }
    all(m.otherwise);
  } else if ('inUnit' in m) all(m.inUnit.value);
};

// — evaluation —

/** The mechanism object that has key K, e.g. `{ shareOf: … }`. */
type Of<K extends MechanismName> = Extract<Mechanism, Record<K, unknown>>;
/** A mechanism's name: its one key (`cases` may also carry `otherwise`). Schema-checked rules have exactly one. */
const mechanismKey = (m: Mechanism): MechanismName | undefined => {
  for (const key in m) if (key !== 'otherwise') return key as MechanismName;
  return undefined;
};

const number = (value: unknown): Exact | undefined => (isExact(value) ? value : undefined);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const list = (value: unknown): readonly unknown[] | undefined => (Array.isArray(value) ? value : undefined);
const fieldOf = (item: unknown, name: string): unknown =>
  item !== null && typeof item === 'object' && Object.hasOwn(item, name) ? (item as Record<string, unknown>)[name] : undefined;
/** A whole number of years, days or a list position, from an exact value. */
const whole = (value: unknown): number | undefined => {
  const n = number(value);
  return n === undefined ? undefined : toNumber(n);
};

/** A leaf of a `cases` condition over the scope, in three-valued logic: only `present` reads an absent fact. */
const leafTruth = (scope: Scope, leaf: Leaf): boolean | 'unknown' => {
  const subject = scope.get(leaf.fact);
  const other = isFactRef(leaf.value) ? scope.get(leaf.value.fact) : leaf.value;
  if (leaf.operator === 'present') return isFactRef(leaf.value) && other === undefined ? 'unknown' : ALL_OPERATORS.present(subject, other);
  if (subject === undefined || other === undefined) return 'unknown';
  return ALL_OPERATORS[leaf.operator](subject, other);
};

const itemPasses = (item: unknown, test: ItemTest, against: unknown): boolean => ALL_OPERATORS[test.operator](fieldOf(item, test.field), against);

/**
 * The value of an expression, or undefined when unknown. `params` gives a rule parameter's
 * value (`parameterValue`). A computed date outside 0001–9999 throws the dates module's
 * DateRangeError, which the caller turns into "undetermined, saying why".
 */
export const evaluateExpr = (expr: Expr, scope: Scope, params: (name: string) => unknown): unknown => {
  if (typeof expr !== 'object') return typeof expr === 'number' ? exact(expr) : expr;
  if (Array.isArray(expr)) return expr;
  if (isRef(expr)) return expr.fact === '@calendar' ? scope.calendar.description : scope.get(expr.fact);
  if (isParamRef(expr)) return params(expr.param);
  // One switch on the mechanism's name (its only key; `cases` also has `otherwise`).
  const m = expr as Mechanism;
  switch (mechanismKey(m)) {
    case 'shareOf': {
      const { base, share } = (m as Of<'shareOf'>).shareOf;
      const b = number(evaluateExpr(base, scope, params));
      const s = number(evaluateExpr(share, scope, params));
      return b && s ? mul(b, s) : undefined;
    }
    case 'difference':
    case 'remainder': {
      const isDifference = 'difference' in m;
      const [x, y] = isDifference ? (m as Of<'difference'>).difference : (m as Of<'remainder'>).remainder;
      const left = number(evaluateExpr(x, scope, params));
      const right = number(evaluateExpr(y, scope, params));
      if (!left || !right) return undefined;
      return isDifference ? sub(left, right) : max(sub(left, right), ZERO);
    }
    case 'sum': {
      let total = ZERO;
      for (const part of (m as Of<'sum'>).sum) {
        const value = number(evaluateExpr(part, scope, params));
        if (!value) return undefined;
        total = add(total, value);
      }
      return total;
    }
    case 'periodEnd': {
      const { start: startExpr, years: yearsExpr, firstDayCounts } = (m as Of<'periodEnd'>).periodEnd;
      const start = text(evaluateExpr(startExpr, scope, params));
      const years = whole(evaluateExpr(yearsExpr, scope, params));
      if (start === undefined || years === undefined) return undefined;
      return firstDayCounts ? termLastDay(start, { years }) : periodLastDay(start, { years });
    }
    case 'workingDayDeadline': {
      const d = (m as Of<'workingDayDeadline'>).workingDayDeadline;
      const after = text(evaluateExpr(d.after, scope, params));
      const days = whole(evaluateExpr(d.days, scope, params));
      return after === undefined || days === undefined ? undefined : nthWorkingDayAfter(after, days, scope.calendar);
    }
    case 'dateInYear': {
      const d = (m as Of<'dateInYear'>).dateInYear;
      const year = whole(evaluateExpr(d.year, scope, params));
      const monthDay = text(evaluateExpr(d.monthDay, scope, params));
      return year === undefined || monthDay === undefined ? undefined : `${year}-${monthDay}`;
    }
    case 'daysBetween': {
      const d = (m as Of<'daysBetween'>).daysBetween;
      const from = text(evaluateExpr(d.from, scope, params));
      const to = text(evaluateExpr(d.to, scope, params));
      return from === undefined || to === undefined ? undefined : exact(daysFrom(from, to));
    }
    case 'latest': {
      let latest: string | undefined;
      for (const part of (m as Of<'latest'>).latest) {
        const date = text(evaluateExpr(part, scope, params));
        if (date === undefined) return undefined;
        if (latest === undefined || date > latest) latest = date;
      }
      return latest;
    }
    case 'count': {
      const items = list(evaluateExpr((m as Of<'count'>).count, scope, params));
      return items && exact(items.length);
    }
    case 'filter':
    case 'find': {
      const isFilter = 'filter' in m;
      const { list: source, where } = isFilter ? (m as Of<'filter'>).filter : (m as Of<'find'>).find;
      const items = list(evaluateExpr(source, scope, params));
      const against = evaluateExpr(where.value, scope, params);
      if (!items || against === undefined) return undefined;
      return isFilter ? items.filter((item) => itemPasses(item, where, against)) : items.find((item) => itemPasses(item, where, against));
    }
    case 'lowest': {
      const { list: source, by } = (m as Of<'lowest'>).lowest;
      const items = list(evaluateExpr(source, scope, params));
      if (!items) return undefined;
      const order = (a: unknown, b: unknown): number => {
        for (const name of by) {
          const x = number(fieldOf(a, name));
          const y = number(fieldOf(b, name));
          if (x && y && compare(x, y) !== 0) return compare(x, y);
        }
        return 0;
      };
      // A stable sort: of equal items, the first listed.
      return [...items].sort(order)[0];
    }
    case 'item': {
      const { list: source, index } = (m as Of<'item'>).item;
      return list(evaluateExpr(source, scope, params))?.[index];
    }
    case 'field': {
      const { of, name } = (m as Of<'field'>).field;
      return fieldOf(evaluateExpr(of, scope, params), name);
    }
    case 'pluck': {
      const { list: source, field } = (m as Of<'pluck'>).pluck;
      return list(evaluateExpr(source, scope, params))?.map((item) => fieldOf(item, field));
    }
    case 'lookup': {
      const { key: keyExpr, table } = (m as Of<'lookup'>).lookup;
      const key = text(evaluateExpr(keyExpr, scope, params));
      return key !== undefined && Object.hasOwn(table, key) ? evaluateExpr(table[key]!, scope, params) : undefined;
    }
    case 'cases': {
      const c = m as Of<'cases'> & { readonly otherwise?: Expr };
      const truthOf = (leaf: Leaf) => leafTruth(scope, leaf);
      for (const branch of c.cases) {
        const truth = kleene(branch.when, truthOf).truth;
        if (truth === 'unknown') return undefined;
        if (truth) return evaluateExpr(branch.then, scope, params);
      }
      return c.otherwise === undefined ? undefined : evaluateExpr(c.otherwise, scope, params);
    }
    case 'inUnit': {
      const { value, unit } = (m as Of<'inUnit'>).inUnit;
      const area = number(evaluateExpr(value, scope, params));
      return area && toNumber(fromSquareMetres(area, unit));
    }
    default:
      // validateRule refuses any other shape; a rule built around it reads as unknown.
      return undefined;
  }
};

// — the JSON shape, checked before a rule is used —

const literal = z.union([z.string(), z.number().check(z.refine(Number.isFinite)), z.boolean()]);
const REF_ID = /^[@$]?[a-z][A-Za-z0-9]*$/;
const NAME = /^[a-z][A-Za-z0-9]*$/;

export const exprSchema: z.ZodMiniType<Expr> = z.lazy(() => {
  const e = exprSchema;
  const itemTest = z.strictObject({ field: z.string().check(z.regex(NAME)), operator: z.enum(OPERATOR_NAMES), value: e });
  return z.union([
    literal,
    z.array(literal),
    z.strictObject({ fact: z.string().check(z.regex(REF_ID)) }),
    z.strictObject({ param: z.string().check(z.regex(NAME)) }),
    z.strictObject({ shareOf: z.strictObject({ base: e, share: e }) }),
    z.strictObject({ difference: z.tuple([e, e]) }),
    z.strictObject({ remainder: z.tuple([e, e]) }),
    z.strictObject({ sum: z.array(e).check(z.minLength(1)) }),
    z.strictObject({ periodEnd: z.strictObject({ start: e, years: e, firstDayCounts: z.optional(z.boolean()) }) }),
    z.strictObject({ workingDayDeadline: z.strictObject({ after: e, days: e }) }),
    z.strictObject({ dateInYear: z.strictObject({ year: e, monthDay: e }) }),
    z.strictObject({ daysBetween: z.strictObject({ from: e, to: e }) }),
    z.strictObject({ latest: z.array(e).check(z.minLength(1)) }),
    z.strictObject({ count: e }),
    z.strictObject({ filter: z.strictObject({ list: e, where: itemTest }) }),
    z.strictObject({ find: z.strictObject({ list: e, where: itemTest }) }),
    z.strictObject({ lowest: z.strictObject({ list: e, by: z.array(z.string().check(z.regex(NAME))).check(z.minLength(1)) }) }),
    z.strictObject({ item: z.strictObject({ list: e, index: z.number().check(z.int(), z.minimum(0)) }) }),
    z.strictObject({ field: z.strictObject({ of: e, name: z.string().check(z.regex(NAME)) }) }),
    z.strictObject({ pluck: z.strictObject({ list: e, field: z.string().check(z.regex(NAME)) }) }),
    z.strictObject({ lookup: z.strictObject({ key: e, table: z.record(z.string(), e) }) }),
    z.strictObject({ cases: z.array(z.strictObject({ when: conditionSchema, then: e })).check(z.minLength(1)), otherwise: z.optional(e) }),
    z.strictObject({ inUnit: z.strictObject({ value: e, unit: z.enum(AREA_UNITS) }) }),
  ]);
}) as z.ZodMiniType<Expr>;

// — the compiled path's form —

/** An expression decided once into a closure: what the compiled path calls per case. */
export type CompiledExpr = (scope: Scope, params: (name: string) => unknown) => unknown;

/**
 * The compiled path's form of an expression: references, literals, status tables and cases — what
 * conclusions are mostly made of — become closures decided once; every other mechanism is handed to
 * `evaluateExpr`. The json-rules-engine path interprets with `evaluateExpr` alone, so the differential
 * test holds the two equal.
 */
export const compileExpr = (expr: Expr): CompiledExpr => {
  if (typeof expr !== 'object') {
    const value = typeof expr === 'number' ? exact(expr) : expr;
    return () => value;
  }
  if (Array.isArray(expr)) return () => expr;
  if (isRef(expr)) {
    const id = expr.fact;
    return id === '@calendar' ? (scope) => scope.calendar.description : (scope) => scope.get(id);
  }
  if (isParamRef(expr)) {
    const name = expr.param;
    return (_scope, params) => params(name);
  }
  const m = expr as Mechanism;
  switch (mechanismKey(m)) {
    case 'lookup': {
      const { key, table } = (m as Of<'lookup'>).lookup;
      const keyOf = compileExpr(key);
      const rows = new Map(Object.entries(table).map(([name, value]) => [name, compileExpr(value)]));
      return (scope, params) => {
        const name = keyOf(scope, params);
        return typeof name === 'string' ? rows.get(name)?.(scope, params) : undefined;
      };
    }
    case 'cases': {
      const c = m as Of<'cases'> & { readonly otherwise?: Expr };
      const branches = c.cases.map((branch) => ({
        when: compileKleene<Scope>(branch.when, (leaf) => (scope) => leafTruth(scope, leaf)),
        then: compileExpr(branch.then),
      }));
      const otherwise = c.otherwise === undefined ? undefined : compileExpr(c.otherwise);
      return (scope, params) => {
        for (const branch of branches) {
          const truth = branch.when(scope);
          if (truth === 'unknown') return undefined;
          if (truth) return branch.then(scope, params);
        }
        return otherwise?.(scope, params);
      };
    }
    case 'shareOf': {
      const base = compileExpr((m as Of<'shareOf'>).shareOf.base);
      const share = compileExpr((m as Of<'shareOf'>).shareOf.share);
      return (scope, params) => {
        const b = number(base(scope, params));
        const s = number(share(scope, params));
        return b && s ? mul(b, s) : undefined;
      };
    }
    case 'difference':
    case 'remainder': {
      const isDifference = 'difference' in m;
      const [x, y] = (isDifference ? (m as Of<'difference'>).difference : (m as Of<'remainder'>).remainder).map(compileExpr) as [CompiledExpr, CompiledExpr];
      return (scope, params) => {
        const left = number(x(scope, params));
        const right = number(y(scope, params));
        if (!left || !right) return undefined;
        return isDifference ? sub(left, right) : max(sub(left, right), ZERO);
      };
    }
    case 'inUnit': {
      const { value, unit } = (m as Of<'inUnit'>).inUnit;
      const area = compileExpr(value);
      return (scope, params) => {
        const a = number(area(scope, params));
        return a && toNumber(fromSquareMetres(a, unit));
      };
    }
    case 'field': {
      const { of, name } = (m as Of<'field'>).field;
      const item = compileExpr(of);
      return (scope, params) => fieldOf(item(scope, params), name);
    }
    default:
      return (scope, params) => evaluateExpr(expr, scope, params);
  }
};
