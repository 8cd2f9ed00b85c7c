import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEWS_ISSUES } from './helpers.js';
import { factsJsonSchema, factsSchema } from '../src/index.js';
import { readFacts } from '../src/facts/read.js';
import { anyFacts, validFacts } from './arbitraries.js';

// ajv-formats is CommonJS with a default export.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

const ajv = new Ajv2020({ allErrors: true });
ajv.addVocabulary(['x-description-zh', 'x-values']);
addFormats(ajv);
const validate = ajv.compile(factsJsonSchema());

/** What JSON can carry: NaN and Infinity become null, undefined keys vanish. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null');

const CORPUS = [
  ...fc.sample(validFacts, { numRuns: 3000, seed: 20261122 }),
  ...fc.sample(anyFacts, { numRuns: 3000, seed: 42 }),
  { siteAreaM2: '300' },
  { siteAreaM2: -1 },
  { siteAreaM2: { value: 1, unit: 'acre' } },
  { transferStartsOn: '2025-02-29' },
  { transferStartsOn: '2024-02-29' },
  { year: 1899 },
  { previousProvincialRanks: [3] },
  { countyCode: '45022' },
  { parcels: [{ id: 'A', slopeDegrees: 90.5 }] },
  { unknownFact: 'ignored', projectType: 'anything' },
  // A control character in any string fact: refused by evaluate(), so by the schemas too.
  { projectType: 'facility-agriculture\u0000' },
  { reserveQuotaModes: ['use-blank', 'project-list\u001b'] },
  { parcels: [{ id: 'A\u0085', slopeDegrees: 1 }] },
  { planType: 'village-plan\t' },
].map(asJson);

describe('facts JSON Schema (draft 2020-12)', () => {
  it('accepts and rejects exactly what the zod schemas do, on a corpus of valid and invalid facts', () => {
    let accepted = 0;
    for (const facts of CORPUS) {
      const byAjv = validate(facts);
      const byZod = factsSchema.safeParse(facts).success;
      // Two dates out of order (a term ending before it starts) are refused by evaluate; JSON Schema
      // cannot compare two fields, so that check is evaluate's alone (documented in docs/conventions.md §3a).
      // An unknown value or fact name is news, not a refusal: the facts are valid.
      const byEvaluate = readFacts(facts, 'en').issues.filter((issue) => issue.code !== 'invalid-date-order' && !NEWS_ISSUES.has(issue.code)).length === 0;
      expect({ facts, byAjv }).toEqual({ facts, byAjv: byZod });
      expect({ facts, byEvaluate }).toEqual({ facts, byEvaluate: byZod });
      if (byAjv) accepted += 1;
    }
    // The corpus holds both kinds.
    expect(accepted).toBeGreaterThan(CORPUS.length / 4);
    expect(accepted).toBeLessThan(CORPUS.length);
  });

  it('is shipped as a file identical to factsJsonSchema()', () => {
    const shipped = JSON.parse(readFileSync(join(import.meta.dirname, '../schema/facts.schema.json'), 'utf8')) as unknown;
    expect(shipped).toEqual(factsJsonSchema());
  });

  it('describes every fact in English and Chinese', () => {
    const properties = (factsJsonSchema().properties ?? {}) as Record<string, { description?: string; 'x-description-zh'?: string }>;
    for (const [name, property] of Object.entries(properties)) {
      expect(property.description, name).toBeTruthy();
      expect(property['x-description-zh'], name).toBeTruthy();
    }
  });
});
