import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typesSource } from '../scripts/types.js';
import { FACT_DESCRIPTIONS, FACT_VALUES } from '../src/facts/descriptions.js';
import { factsJsonSchema } from '../src/facts/json-schema.js';
import { FACTS, FACT_NAMES } from '../src/facts/vocabulary.js';

/**
 * One declaration per fact, in two files on purpose: its kind (type, unit, range, enum
 * values) in src/facts/vocabulary.ts, which every runtime bundle loads, and its meaning
 * in English and Chinese in src/facts/descriptions.ts, which only the docs, the JSON
 * Schema and the generated types load — merged, the descriptions would add about 10 KB
 * gzipped to the form entry (29.6 → 39.7 KB, measured with scripts/form-size.mjs). These
 * tests hold the two together: each fact declared once, in both, completely, and
 * everything derived from them (zod schema, JSON Schema, TypeScript types) up to date.
 */
const root = join(import.meta.dirname, '..');
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );

describe('one declaration per fact', () => {
  it('a fact kind is declared in the vocabulary only: no other source file builds one', () => {
    const builders = /\b(?:booleanFact|enumFact|stringFact|numberFact|areaFact|dateFact|arrayFact)\(/;
    const elsewhere = sourceFiles(join(root, 'src'))
      .map((file) => relative(root, file))
      .filter((file) => file !== 'src/facts/vocabulary.ts' && file !== 'src/facts/kinds.ts')
      .filter((file) => builders.test(readFileSync(join(root, file), 'utf8')));
    expect(elsewhere).toEqual([]);
  });

  it('each fact is named once in the vocabulary and once in the descriptions, in the same order', () => {
    const vocabulary = readFileSync(join(root, 'src/facts/vocabulary.ts'), 'utf8');
    const descriptions = readFileSync(join(root, 'src/facts/descriptions.ts'), 'utf8');
    for (const name of FACT_NAMES) {
      // A key at the start of a line: `name: kindFact(…)` / `name: { en, zh }`.
      expect(vocabulary.match(new RegExp(`^\\s+${name}:`, 'gm')), `${name} in vocabulary.ts`).toHaveLength(1);
      expect(descriptions.match(new RegExp(`^\\s+${name}:`, 'gm')), `${name} in descriptions.ts`).toHaveLength(1);
    }
    expect(Object.keys(FACT_DESCRIPTIONS)).toEqual([...FACT_NAMES]);
    expect(new Set(FACT_NAMES).size).toBe(FACT_NAMES.length);
  });

  it.each(FACT_NAMES)('%s is declared completely: meaning in English and Chinese, unit, range or values', (name) => {
    const kind = FACTS[name];
    const { en, zh } = FACT_DESCRIPTIONS[name];
    expect(en.trim().length, 'English meaning').toBeGreaterThan(5);
    expect(zh, 'Chinese meaning').toMatch(/\p{Script=Han}/u);
    if (kind.type === 'area') {
      // The unit a plain number is read in is the one the name says (…M2, …Mu, …Ha, maybe …Cumulative).
      const named = /(M2|Mu|Ha)(?:Cumulative)?$/.exec(name)?.[1];
      expect(named?.toLowerCase(), 'unit in the name').toBe(kind.unit);
    } else {
      expect(kind.unit, 'only areas have a unit').toBeUndefined();
      // parkGreenPerCapitaM2 is m² per person, a ratio, not an area.
      if (name !== 'parkGreenPerCapitaM2') expect(name, 'a name with an area unit is an area').not.toMatch(/(?:M2|Mu|Ha)(?:Cumulative)?$/);
    }
    if (kind.type === 'number') expect(['nonnegative', 'share', 'integer', 'positive-integer', 'year', 'degrees', 'grade'], 'a range').toContain(kind.expects);
    if (kind.values) {
      expect(kind.values.length, 'known values').toBeGreaterThan(0);
      expect(new Set(kind.values).size, 'values unique').toBe(kind.values.length);
      // FACT_VALUES (docs, test generators) lists the enumerated strings; a list's item values stay on its kind.
      if (kind.type === 'string') expect(FACT_VALUES[name]).toEqual(kind.values);
    }
    if (kind.type === 'array') expect(kind.nested, 'item fields named').toBeDefined();
  });

  it('the JSON Schema carries every fact with both meanings, and nothing else', () => {
    const properties = (factsJsonSchema() as { properties: Record<string, { description?: string; 'x-description-zh'?: string }> }).properties;
    expect(Object.keys(properties)).toEqual([...FACT_NAMES]);
    for (const name of FACT_NAMES) {
      expect(properties[name]!.description).toBe(FACT_DESCRIPTIONS[name].en);
      expect(properties[name]!['x-description-zh']).toBe(FACT_DESCRIPTIONS[name].zh);
    }
  });

  it('the generated types are up to date (run `npm run docs` to regenerate) and declare each fact once', () => {
    const generated = readFileSync(join(root, 'src/generated/types.ts'), 'utf8');
    expect(generated).toBe(typesSource());
    for (const name of FACT_NAMES) expect(generated.match(new RegExp(`^  readonly ${name}\\?:`, 'gm')), name).toHaveLength(1);
    expect(generated.match(/^  readonly \w+\?:/gm)).toHaveLength(FACT_NAMES.length);
  });
});
