import * as z from 'zod';
import { type Exact, exact } from '../core/exact.js';
import { AREA_UNITS, type AreaUnit, toSquareMetres } from '../core/units.js';
import { isCalendarDate } from '../core/dates.js';

/**
 * A kind of fact: its zod schema (what callers may send) and how a valid value is
 * normalised for the rules (numbers become exact fractions, areas square metres).
 */
export interface FactKind {
  readonly type: 'boolean' | 'string' | 'number' | 'area' | 'date' | 'array';
  readonly schema: z.ZodType;
  /** The unit a plain number is read in, and results are shown in. */
  readonly unit?: AreaUnit;
  /** The values rules know, for an enumerated string. */
  readonly values?: readonly string[];
  /** Words for docs: '≥ 0', 'a share 0…1', … */
  readonly constraint: string;
  readonly normalise: (parsed: unknown) => unknown;
}

const finite = z.number().refine(Number.isFinite, { message: 'finite' });
const nonNegative = finite.refine((n) => n >= 0, { message: 'nonnegative' });

const keep = (parsed: unknown): unknown => parsed;
const toExact = (parsed: unknown): Exact => exact(parsed as number);

export const booleanFact = (): FactKind => ({ type: 'boolean', schema: z.boolean(), constraint: 'true | false', normalise: keep });

/** An enumerated value: any string is valid, one outside a rule's list fails that rule's condition (conventions §3a). */
export const enumFact = (values: readonly string[]): FactKind => ({
  type: 'string',
  schema: z.string(),
  values,
  constraint: values.map((v) => `'${v}'`).join(' | ') + ' | other',
  normalise: keep,
});

export const stringFact = (pattern?: RegExp): FactKind => ({
  type: 'string',
  schema: pattern ? z.string().regex(pattern) : z.string().min(1),
  constraint: pattern ? `string matching ${pattern.source}` : 'non-empty string',
  normalise: keep,
});

export const numberFact = (constraint: 'nonnegative' | 'share' | 'integer' | 'positive-integer' | 'year' | 'degrees' | 'grade'): FactKind => {
  const schemas = {
    nonnegative: nonNegative,
    share: nonNegative.refine((n) => n <= 1, { message: 'share' }),
    integer: nonNegative.refine(Number.isInteger, { message: 'integer' }),
    'positive-integer': finite.refine((n) => Number.isInteger(n) && n >= 1, { message: 'positive-integer' }),
    year: finite.refine((n) => Number.isInteger(n) && n >= 1900 && n <= 2200, { message: 'year' }),
    degrees: nonNegative.refine((n) => n <= 90, { message: 'degrees' }),
    grade: finite.refine((n) => Number.isInteger(n) && n >= 1 && n <= 10, { message: 'grade' }),
  } as const;
  const words = {
    nonnegative: 'number ≥ 0',
    share: 'share, 0 … 1',
    integer: 'whole number ≥ 0',
    'positive-integer': 'whole number ≥ 1',
    year: 'calendar year (1900 … 2200)',
    degrees: 'degrees, 0 … 90',
    grade: 'quality grade, whole number 1 (best) … 10 (worst)',
  } as const;
  return { type: 'number', schema: schemas[constraint], constraint: words[constraint], normalise: toExact };
};

/** An area: a number in the fact's own unit, or { value, unit } in m2, mu or ha (conventions §3). */
export const areaFact = (unit: AreaUnit): FactKind => ({
  type: 'area',
  unit,
  schema: z.union([nonNegative, z.strictObject({ value: nonNegative, unit: z.enum(AREA_UNITS) })]),
  constraint: `area ≥ 0 in ${unit}, or { value, unit: 'm2' | 'mu' | 'ha' }`,
  normalise: (parsed) => {
    const given = parsed as number | { value: number; unit: AreaUnit };
    return typeof given === 'number' ? toSquareMetres(exact(given), unit) : toSquareMetres(exact(given.value), given.unit);
  },
});

export const dateSchema = z.string().refine(isCalendarDate, { message: 'date' });
export const dateFact = (): FactKind => ({ type: 'date', schema: dateSchema, constraint: "calendar date 'YYYY-MM-DD'", normalise: keep });

export const arrayFact = (item: z.ZodType, normaliseItem: (item: unknown) => unknown, constraint: string, length?: number): FactKind => ({
  type: 'array',
  schema: length === undefined ? z.array(item) : z.array(item).length(length),
  constraint,
  normalise: (parsed) => (parsed as unknown[]).map(normaliseItem),
});

export { nonNegative, finite };
