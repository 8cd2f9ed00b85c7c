import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { createEvaluator, evaluate, evaluateSync, exportRules, listRules, loadRules, RULE_SET_FORMAT, RuleSetError, untypedFacts } from '../src/index.js';
import type { EvaluateOptions } from '../src/index.js';
import { validFacts } from './arbitraries.js';
import { parseCaseFile } from './rules/cases.js';

const root = join(import.meta.dirname, '..');
const schema = JSON.parse(readFileSync(join(root, 'schema/rule-set.schema.json'), 'utf8')) as object;
const validRuleSet = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** The rule set as another runtime receives it: text, parsed again. */
const exported = JSON.parse(JSON.stringify(exportRules())) as { format: string; rules: Record<string, unknown>[] };

/** The hand-picked rule cases, the examples shipped with the package, and generated cases across every rule on dates around the windows and targets. */
const corpus = (): { facts: unknown; options: EvaluateOptions }[] => {
  const examples = readdirSync(join(root, 'examples'))
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => {
      const json = JSON.parse(readFileSync(join(root, 'examples', name), 'utf8')) as unknown;
      return Array.isArray(json) ? json : [json];
    });
  // Every hand-picked case of tests/rules, with its own options (date, locale, jurisdiction, parameters, calendar).
  const casesRoot = join(root, 'tests/rules');
  const handPicked = readdirSync(casesRoot, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.cases.yaml'))
    .flatMap((file) => parseCaseFile(file.split(sep).join('/'), readFileSync(join(casesRoot, file), 'utf8')).cases)
    .map((c) => ({ facts: c.facts as unknown, options: (c.options ?? {}) as EvaluateOptions }));
  const generated = fc.sample(validFacts, { numRuns: 3000, seed: 12 });
  const dates = ['2021-06-30', '2023-12-04', '2025-06-30', '2025-12-31', '2026-01-01', '2027-01-01'];
  const locales = ['zh-Hans', 'zh-Hant', 'en'] as const;
  return [
    ...handPicked,
    ...[...examples, ...generated].map((facts, i) => ({ facts, options: { asOf: dates[i % dates.length]!, locale: locales[i % locales.length]! } })),
  ];
};

const functionsIn = (value: unknown, path = ''): string[] => {
  if (typeof value === 'function') return [path || '(root)'];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => functionsIn(inner, `${path}.${key}`));
};

describe('rules as data (issue 12)', () => {
  it('no rule file defines a function: each is its JSON plus its words', () => {
    const folders = readdirSync(join(root, 'src/rules'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    const files = folders.flatMap((folder) =>
      readdirSync(join(root, 'src/rules', folder.name))
        .filter((file) => file.endsWith('.ts'))
        .map((file) => join('src/rules', folder.name, file)),
    );
    expect(files.length).toBeGreaterThan(40);
    // Read as TypeScript, not as text: "function" in a rule's English words is no function.
    const functionsOf = (file: string): string[] => {
      const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
      const found: string[] = [];
      const visit = (node: ts.Node): void => {
        if (
          ts.isArrowFunction(node) ||
          ts.isFunctionDeclaration(node) ||
          ts.isFunctionExpression(node) ||
          ts.isMethodDeclaration(node) ||
          ts.isGetAccessor(node)
        ) {
          found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      return found;
    };
    expect(files.flatMap(functionsOf)).toEqual([]);
  });

  it('no rule object holds a function at any depth', () => {
    const rules = listRules({ withLogic: true });
    expect(rules).toHaveLength(exported.rules.length);
    expect(rules.flatMap((rule) => functionsIn(rule.definition, rule.id))).toEqual([]);
  });

  it('the exported rule set validates against the published JSON Schema', () => {
    expect(exported.format).toBe(RULE_SET_FORMAT);
    expect(validRuleSet(exported), JSON.stringify(validRuleSet.errors?.slice(0, 3))).toBe(true);
  });

  it('export → load → evaluate gives reports identical to the catalogue’s on the whole corpus', async () => {
    const loaded = createEvaluator(loadRules(JSON.stringify(exported)));
    const cases = corpus();
    expect(cases.length).toBeGreaterThan(3300);
    // The corpus is data of any shape (invalid facts included): the untyped path.
    for (const { facts, options } of cases) expect(loaded.evaluateSync(untypedFacts(facts), options)).toEqual(evaluateSync(untypedFacts(facts), options));
    // json-rules-engine decides the loaded rules' conditions the same way.
    for (const { facts, options } of cases.slice(0, 600))
      expect(await loaded.evaluate(untypedFacts(facts), options)).toEqual(await evaluate(untypedFacts(facts), options));
  }, 120_000);

  it('a loaded rule set is frozen like the catalogue', () => {
    const rules = loadRules(exported);
    expect(Object.isFrozen(rules)).toBe(true);
    expect(Object.isFrozen(rules[0]!.decision)).toBe(true);
  });

  it('refuses what it cannot read, naming the rule and the field', () => {
    const broken = (change: (rules: Record<string, unknown>[]) => void) => {
      const copy = structuredClone(exported);
      change(copy.rules);
      return () => loadRules(copy);
    };
    expect(() => loadRules('{"format": "other", "rules": []}')).toThrow(/format/);
    expect(() => loadRules('not json')).toThrow(RuleSetError);
    expect(broken((rules) => (rules[3]!.derive = { x: { value: { evaluate: 'process.exit()' } } }))).toThrow(/rules\.3: .*derive\.x\.value/);
    expect(broken((rules) => (rules[5]!.facts = ['noSuchFact']))).toThrow(/rules\.5: .*noSuchFact/);
    expect(broken((rules) => (rules[1]!.conclusions = { x: { param: 'noSuchParameter' } }))).toThrow(/rules\.1: .*parameter 'noSuchParameter' is not declared/);
    expect(broken((rules) => rules.push(structuredClone(rules[0]!)))).toThrow(/appears twice/);
  });

  it('`landuse-rules export` prints the rule set, filtered by --rules, which loads back', () => {
    const result = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'export', '--rules', 'gx-rural-land-2023'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    expect(result.status).toBe(0);
    const rules = loadRules(result.stdout);
    expect(rules.length).toBe(listRules({ documentId: 'gx-rural-land-2023' }).length);
    expect(rules.every((rule) => rule.documentId === 'gx-rural-land-2023')).toBe(true);
    const unknown = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'export', '--rules', 'no-such-document'], { cwd: root, encoding: 'utf8' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no-such-document');
  });
});
