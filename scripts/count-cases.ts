/**
 * Counts the hand-picked rule cases kept as data (tests/rules/<document>/<rule>.cases.yaml):
 * per document, the files, the cases and the assertions they make (`check`'s two per case and one
 * per expectation), so a move from TypeScript can be checked to keep every assertion.
 *   npx tsx scripts/count-cases.ts [--json]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertionsOf, parseCaseFile } from '../tests/rules/cases.js';

const ROOT = join(import.meta.dirname, '../tests/rules');
const rows = new Map<string, { files: number; cases: number; assertions: number }>();
for (const doc of readdirSync(ROOT, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort()) {
  const row = { files: 0, cases: 0, assertions: 0 };
  for (const name of readdirSync(join(ROOT, doc))
    .filter((n) => n.endsWith('.cases.yaml'))
    .sort()) {
    const { cases } = parseCaseFile(`${doc}/${name}`, readFileSync(join(ROOT, doc, name), 'utf8'));
    row.files += 1;
    row.cases += cases.length;
    row.assertions += cases.reduce((n, c) => n + assertionsOf(c), 0);
  }
  rows.set(doc, row);
}
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(Object.fromEntries(rows), null, 2));
} else {
  const total = { files: 0, cases: 0, assertions: 0 };
  console.log('document                  files  cases  assertions');
  for (const [doc, r] of rows) {
    console.log(`${doc.padEnd(24)} ${String(r.files).padStart(6)} ${String(r.cases).padStart(6)} ${String(r.assertions).padStart(11)}`);
    total.files += r.files;
    total.cases += r.cases;
    total.assertions += r.assertions;
  }
  console.log(`${'total'.padEnd(24)} ${String(total.files).padStart(6)} ${String(total.cases).padStart(6)} ${String(total.assertions).padStart(11)}`);
}
