import * as z from 'zod';
import { FACT_DESCRIPTIONS } from './descriptions.js';
import { VALUE_LABELS } from './value-labels.js';
import { FACTS, FACT_NAMES } from './vocabulary.js';

/**
 * An enumerated fact's known values, for generated clients and forms: `examples` (JSON Schema's
 * own word; the list stays open, any other string is a valid other value, so no `enum`) and
 * `x-values`, each code with its Chinese names (VALUE_LABELS), which `normaliseFacts` reads.
 */
const valuesOf = (name: (typeof FACT_NAMES)[number]): Record<string, unknown> => {
  const values = FACTS[name].values;
  if (!values) return {};
  const labels = VALUE_LABELS[name] ?? {};
  return {
    examples: [...values],
    'x-values': values.map((value) => ({ value, 'zh-Hans': labels[value]?.['zh-Hans'] ?? [], 'zh-Hant': labels[value]?.['zh-Hant'] ?? [] })),
  };
};

/**
 * The fact vocabulary as one zod schema: every fact optional, each described in
 * English and Chinese, unknown keys allowed (evaluate() ignores them).
 */
export const factsSchema = z.looseObject(
  Object.fromEntries(
    FACT_NAMES.map((name) => [
      name,
      // The vocabulary is built with zod/mini; this public schema is classic zod, so callers can extend it.
      z.optional(FACTS[name].schema).meta({ description: FACT_DESCRIPTIONS[name].en, 'x-description-zh': FACT_DESCRIPTIONS[name].zh, ...valuesOf(name) }),
    ]),
  ),
);

/** The facts as JSON Schema (draft 2020-12), for systems that are not JavaScript. */
export const factsJsonSchema = (): Record<string, unknown> => ({
  ...z.toJSONSchema(factsSchema, { target: 'draft-2020-12', io: 'input' }),
  $id: 'https://landuse-rules.invalid/facts.schema.json',
  title: 'landuse-rules facts',
  description: 'The facts of one case (project, plan or report). Areas: a number in the unit of the fact name, or { value, unit }. Dates: YYYY-MM-DD.',
});
