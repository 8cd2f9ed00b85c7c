/**
 * examples/java: the Java 17 client (java.net.http and Jackson) compiles and, run against the
 * real service, decides as evaluateSync does on the bundled examples (issue 24, item 6). Skipped,
 * with one line saying why, where javac or Debian's Jackson jars are absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactReport, evaluateSync, untypedFacts } from '../src/index.js';
import { type Running, start } from './server-helpers.js';

const root = join(import.meta.dirname, '..');
const JARS = ['jackson-databind', 'jackson-core', 'jackson-annotations'].map((name) => `/usr/share/java/${name}.jar`);
const javac = spawnSync('javac', ['-version'], { encoding: 'utf8' });
const missing =
  javac.status !== 0
    ? 'javac (Debian: default-jdk-headless)'
    : JARS.find((jar) => !existsSync(jar))
      ? 'Jackson (Debian: libjackson2-databind-java)'
      : undefined;
if (missing) console.log(`java sample: skipped, ${missing} is not installed`);

describe.skipIf(missing !== undefined)('examples/java against the service', () => {
  let server: Running;
  let classes: string;
  const classpath = () => [...JARS, classes].join(':');
  beforeAll(async () => {
    server = await start();
    classes = mkdtempSync(join(tmpdir(), 'landuse-java-'));
    const compiled = spawnSync('javac', ['-cp', JARS.join(':'), '-d', classes, join(root, 'examples/java/Evaluate.java')], { encoding: 'utf8' });
    expect(compiled.stderr).toBe('');
    expect(compiled.status).toBe(0);
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    if (classes) rmSync(classes, { recursive: true, force: true });
  });

  it.each([
    ['examples/liuzhou.json', '2025-06-30', '450200'],
    ['examples/pilot-city.json', '2025-06-30', 'pilot-city'],
    // After the Guangxi measures lapsed: the worst outcome says not-in-force, never nothing to flag.
    ['examples/liuzhou.json', '2026-12-04', '450200'],
  ])(
    '%s as of %s (%s): the same decisions as evaluateSync',
    async (file, asOf, jurisdiction) => {
      // The JVM starts in its own process: spawned without blocking the server this test runs.
      const { promisify } = await import('node:util');
      const { execFile } = await import('node:child_process');
      const { stdout } = await promisify(execFile)('java', ['-cp', classpath(), 'Evaluate', server.base, join(root, file), asOf, jurisdiction], {
        encoding: 'utf8',
      });
      const input = JSON.parse(readFileSync(join(root, file), 'utf8')) as unknown;
      const cases = Array.isArray(input) ? input : [input];
      const expected = cases.map((facts, index) => {
        const report = compactReport(evaluateSync(untypedFacts(facts), { asOf, jurisdiction }), { results: 'concerned', citations: 'none' });
        return {
          case: index,
          worst: report.worst,
          results: Object.fromEntries(report.results.map((r) => [r.ruleId, r.consequence ? `${r.status}:${r.consequence}` : r.status])),
        };
      });
      expect(
        stdout
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as unknown),
      ).toEqual(expected);
    },
    60_000,
  );
});
