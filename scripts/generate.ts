/**
 * Writes the generated files: the rule barrel (src/rules/catalogue.ts), the docs
 * pages (docs/rules/<id>.md, docs/rules/README.md), the facts' JSON Schema and the
 * public types (src/generated/types.ts: Facts, RuleId). `--check` writes nothing and
 * exits 1 when any of them is stale; the test suite runs the same comparison.
 */
import { readFileSync, writeFileSync, readdirSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { barrelSource, ruleFiles } from './barrel.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const stale: string[] = [];

const write = (path: string, content: string) => {
  const full = join(root, path);
  const current = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
  if (current === content) return;
  stale.push(path);
  if (!check) {
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
};

write('src/rules/catalogue.ts', barrelSource(ruleFiles(join(root, 'src/rules'))));

// Docs need the rules themselves, so they are rendered after the barrel exists.
const { renderDocs } = await import('./docs.js');
const pages = await renderDocs();
const { factsJsonSchema } = await import('../src/facts/json-schema.js');
write('schema/facts.schema.json', `${JSON.stringify(factsJsonSchema(), null, 2)}\n`);
const { ruleSetJsonSchema } = await import('../src/rules/rule-set.js');
write('schema/rule-set.schema.json', `${JSON.stringify(ruleSetJsonSchema(), null, 2)}\n`);
const { typesSource } = await import('./types.js');
write('src/generated/types.ts', typesSource());
for (const [path, content] of Object.entries(pages)) write(path, content);
const expected = new Set(Object.keys(pages).filter((p) => p.startsWith('docs/rules/')));
for (const file of readdirSync(join(root, 'docs/rules'), { recursive: true }) as string[]) {
  const path = `docs/rules/${file}`;
  if (file.endsWith('.md') && !expected.has(path)) stale.push(`${path} (no such rule)`);
}

if (stale.length) {
  console.log(`${check ? 'stale' : 'wrote'}: ${stale.join(', ')}`);
  if (check) process.exit(1);
} else console.log('generated files are up to date');
