/**
 * The one runner of the hand-picked rule cases: every tests/rules/<document>/<rule>.cases.yaml,
 * one test per case, named by its sentence. A file that cannot be read fails with what is wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCaseFile, runCase } from './cases.js';

const ROOT = import.meta.dirname;

const caseFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? caseFiles(join(dir, entry.name)) : entry.name.endsWith('.cases.yaml') ? [join(dir, entry.name)] : []))
    .sort();

const files = caseFiles(ROOT);

it('finds the cases files', () => {
  expect(files.length).toBeGreaterThan(0);
});

for (const path of files) {
  const file = relative(ROOT, path).split(sep).join('/');
  let loaded: ReturnType<typeof parseCaseFile> | Error;
  try {
    loaded = parseCaseFile(file, readFileSync(path, 'utf8'));
  } catch (error) {
    loaded = error as Error;
  }
  if (loaded instanceof Error) {
    const problem = loaded;
    describe(file, () => {
      it('is a valid cases file', () => {
        throw problem;
      });
    });
    continue;
  }
  const { ruleId, cases } = loaded;
  describe(ruleId, () => {
    for (const c of cases) it(c.name, async () => void (await runCase(ruleId, c)));
  });
}
