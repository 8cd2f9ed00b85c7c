import * as z from 'zod';
import { FACT_DESCRIPTIONS } from './descriptions.js';
import { FACTS, FACT_NAMES } from './vocabulary.js';

/**
 * The fact vocabulary as one zod schema: every fact optional, each described in
 * English and Chinese, unknown keys allowed (evaluate() ignores them).
 */
export const factsSchema = z.looseObject(
  Object.fromEntries(
    FACT_NAMES.map((name) => [
      name,
      // The vocabulary is built with zod/mini; this public schema is classic zod, so callers can extend it.
      z.optional(FACTS[name].schema).meta({ description: FACT_DESCRIPTIONS[name].en, 'x-description-zh': FACT_DESCRIPTIONS[name].zh }),
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
