import { boundedCache, objectCache } from './cache.js';
import { type Exact, compare, exact, isExact } from './exact.js';
import { type AreaUnit, toSquareMetres } from './units.js';

/**
 * The operators rule JSON may use. Numeric ones compare exact fractions (areas in
 * square metres), date ones compare 'YYYY-MM-DD' strings, which order as the days
 * do. Each returns false for a value of the wrong type; the evaluator never lets
 * such a leaf decide, because it treats a missing or invalid fact as unknown.
 */

/** A threshold written in rule JSON: `{ amount: '500', unit: 'm2' }`. */
export interface Amount {
  readonly amount: string;
  readonly unit: AreaUnit;
}

const isAmount = (value: unknown): value is Amount =>
  typeof value === 'object' && value !== null && typeof (value as Amount).amount === 'string' && typeof (value as Amount).unit === 'string';

// Thresholds written in rule JSON are read once, not on every evaluation. The rules hold a
// few hundred literal numbers; a form's own rules may add more, hence the bound.
const literalNumbers = boundedCache<number, Exact>({ maxEntries: 4096 });
const literalAmounts = objectCache<Amount, Exact>();

/** A rule-JSON number, an amount with a unit, or an already exact fact value. */
export const asExact = (value: unknown): Exact | undefined => {
  if (isExact(value)) return value;
  if (typeof value === 'number' && Number.isFinite(value)) {
    return literalNumbers.get(value) ?? literalNumbers.set(value, exact(value));
  }
  if (isAmount(value)) {
    let known = literalAmounts.get(value);
    if (!known) literalAmounts.set(value, (known = toSquareMetres(exact(value.amount), value.unit)));
    return known;
  }
  return undefined;
};

const numeric =
  (test: (order: -1 | 0 | 1) => boolean) =>
  (factValue: unknown, jsonValue: unknown): boolean => {
    const left = asExact(factValue);
    const right = asExact(jsonValue);
    return left !== undefined && right !== undefined && test(compare(left, right));
  };

const isDateText = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
const calendar =
  (test: (a: string, b: string) => boolean) =>
  (factValue: unknown, jsonValue: unknown): boolean =>
    isDateText(factValue) && isDateText(jsonValue) && test(factValue, jsonValue);

export const CUSTOM_OPERATORS = {
  /** 不超过, 以内: value ≤ bound. */
  atMost: numeric((o) => o <= 0),
  /** 不少于, 不低于, 至少, 以上: value ≥ bound. */
  atLeast: numeric((o) => o >= 0),
  /** 超过: value > bound. */
  above: numeric((o) => o > 0),
  /** 低于, 不满: value < bound. */
  below: numeric((o) => o < 0),
  onOrBefore: calendar((a, b) => a <= b),
  onOrAfter: calendar((a, b) => a >= b),
  before: calendar((a, b) => a < b),
  after: calendar((a, b) => a > b),
  /** The list is empty (value true) or not (value false). */
  isEmpty: (factValue: unknown, jsonValue: unknown): boolean => Array.isArray(factValue) && (factValue.length === 0) === jsonValue,
  /** Every item of the list is one of the values. */
  allIn: (factValue: unknown, jsonValue: unknown): boolean =>
    Array.isArray(factValue) && Array.isArray(jsonValue) && factValue.every((item) => jsonValue.includes(item)),
  /** The fact was given (value true) or not (value false); the one operator that reads an absent fact. */
  present: (factValue: unknown, jsonValue: unknown): boolean => (factValue !== undefined) === jsonValue,
} as const satisfies Record<string, (factValue: unknown, jsonValue: unknown) => boolean>;

/** json-rules-engine's own operators that rules use, restated for the compiled path. */
const ENGINE_OPERATORS = {
  equal: (a: unknown, b: unknown): boolean => a === b,
  notEqual: (a: unknown, b: unknown): boolean => a !== b,
  in: (a: unknown, b: unknown): boolean => Array.isArray(b) && b.indexOf(a) > -1,
  notIn: (a: unknown, b: unknown): boolean => Array.isArray(b) && b.indexOf(a) === -1,
} as const;

export const OPERATOR_NAMES = [...Object.keys(ENGINE_OPERATORS), ...Object.keys(CUSTOM_OPERATORS)] as [string, ...string[]];
export type OperatorName = keyof typeof CUSTOM_OPERATORS | keyof typeof ENGINE_OPERATORS;

/** No prototype: an operator name is looked up here and nowhere else ('constructor' is no operator). */
export const ALL_OPERATORS: Readonly<Record<OperatorName, (factValue: unknown, jsonValue: unknown) => boolean>> = Object.freeze(
  Object.assign(Object.create(null) as Record<OperatorName, (factValue: unknown, jsonValue: unknown) => boolean>, ENGINE_OPERATORS, CUSTOM_OPERATORS),
);

/** How an operator reads in a reason line. */
export const OPERATOR_SYMBOL: Record<OperatorName, string> = {
  equal: '=',
  notEqual: '≠',
  in: '∈',
  notIn: '∉',
  atMost: '≤',
  atLeast: '≥',
  above: '>',
  below: '<',
  onOrBefore: '≤',
  onOrAfter: '≥',
  before: '<',
  after: '>',
  isEmpty: 'empty',
  allIn: '⊆',
  present: 'given',
};
