// zod/mini: the same checks as classic zod, in a form a browser bundle can shake (landuse-rules/form).
import * as z from 'zod/mini';
import { type Exact, exact } from '../core/exact.js';
import { AREA_UNITS, type AreaUnit, toSquareMetres } from '../core/units.js';

/**
 * A kind of fact: its zod schema (what callers may send) and how a valid value is
 * normalised for the rules (numbers become exact fractions, areas square metres).
 */
export interface FactKind {
  readonly type: 'boolean' | 'string' | 'number' | 'area' | 'date' | 'array';
  readonly schema: z.ZodMiniType;
  /** The unit a plain number is read in, and results are shown in. */
  readonly unit?: AreaUnit;
  /** What a valid value is, for messages; `nested` names it for fields inside arrays. */
  readonly expects: Expectation;
  readonly nested?: Readonly<Record<string, Expectation>>;
  /** For an enumerated fact: the values rules know. Another string is valid unless it only looks like one of these. */
  readonly values?: readonly string[];
  readonly normalise: (parsed: unknown) => unknown;
}

/** What a value of the kind must be, naming the message readFacts gives when it is not. */
export type Expectation =
  | 'nonnegative'
  | 'share'
  | 'integer'
  | 'positive-integer'
  | 'year'
  | 'degrees'
  | 'grade'
  | 'area'
  | 'date'
  | 'boolean'
  | 'string'
  | 'format'
  | 'array';

/**
 * Every check is one zod can state in JSON Schema (no refinements), so the schema
 * shipped for other languages accepts and rejects exactly what evaluate() does.
 * zod 4 numbers reject NaN and ±Infinity.
 */
// Factories, not shared instances: the evaluators build their own kinds apart from the exported FACTS.
const nonNegative = () => z.number().check(z.minimum(0));

const keep = (parsed: unknown): unknown => parsed;

/**
 * A C0 or C1 control character, or DEL. No fact is free text (enumerated values, ids, codes and
 * dates are one-line tokens), so no fact may hold one, tab and line breaks included: after an
 * enumerated value a NUL or ESC is no look-alike (it is not a format character), and the value
 * would read as "some other value" that fails no rule. readFacts refuses one first, naming it.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
export const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/** Text a fact may hold; the pattern carries the rule above into the JSON Schema, so other languages refuse what evaluate() does. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
export const text = () => z.string().check(z.regex(/^[^\u0000-\u001f\u007f-\u009f]*$/));
const toExact = (parsed: unknown): Exact => exact(parsed as number);

export const booleanFact = (): FactKind => ({ type: 'boolean', schema: z.boolean(), expects: 'boolean', normalise: keep });

/**
 * An enumerated value: any string is valid, one outside a rule's list fails that rule's
 * condition (conventions §3a) — except a look-alike of a known value, which readFacts refuses.
 */
export const enumFact = (values: readonly string[]): FactKind => ({
  type: 'string',
  schema: text(),
  expects: 'string',
  values: Object.freeze([...values]),
  normalise: keep,
});

export const stringFact = (pattern: RegExp): FactKind => ({
  type: 'string',
  schema: z.string().check(z.regex(pattern)),
  expects: 'format',
  normalise: keep,
});

const NUMBER_SCHEMAS = {
  nonnegative: nonNegative,
  share: () => z.number().check(z.minimum(0), z.maximum(1)),
  integer: () => z.int().check(z.minimum(0)),
  'positive-integer': () => z.int().check(z.minimum(1)),
  year: () => z.int().check(z.minimum(1900), z.maximum(2200)),
  degrees: () => z.number().check(z.minimum(0), z.maximum(90)),
  grade: () => z.int().check(z.minimum(1), z.maximum(10)),
} as const;

export const numberFact = (constraint: keyof typeof NUMBER_SCHEMAS): FactKind => ({
  type: 'number',
  schema: NUMBER_SCHEMAS[constraint](),
  expects: constraint,
  normalise: toExact,
});

/** An area: a number in the fact's own unit, or { value, unit } in m2, mu or ha (conventions §3). */
export const areaFact = (unit: AreaUnit): FactKind => ({
  type: 'area',
  unit,
  schema: z.union([nonNegative(), z.strictObject({ value: nonNegative(), unit: z.enum(AREA_UNITS) })]),
  expects: 'area',
  normalise: (parsed) => {
    const given = parsed as number | { value: number; unit: AreaUnit };
    return typeof given === 'number' ? toSquareMetres(exact(given), unit) : toSquareMetres(exact(given.value), given.unit);
  },
});

/** A real calendar date 'YYYY-MM-DD' of the years 0001–9999 (zod's ISO date knows month lengths and leap years; it would take year 0000). */
// zod's own ISO date pattern (z.regexes.date, written out: the regexes namespace would bring all of them into a form bundle) refusing year 0000.
const DATE =
  /^(?!0000)(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;
const dateSchema = () => z.stringFormat('date', DATE);
export const dateFact = (): FactKind => ({ type: 'date', schema: dateSchema(), expects: 'date', normalise: keep });

export const arrayFact = (
  item: z.ZodMiniType,
  normaliseItem: (item: unknown) => unknown,
  nested: Readonly<Record<string, Expectation>>,
  length?: number,
  values?: readonly string[],
): FactKind => ({
  type: 'array',
  schema: length === undefined ? z.array(item) : z.array(item).check(z.length(length)),
  expects: 'array',
  nested,
  ...(values ? { values: Object.freeze([...values]) } : {}),
  normalise: (parsed) => (parsed as unknown[]).map(normaliseItem),
});
