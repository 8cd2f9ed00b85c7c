/**
 * The library entries install light (issue 24, item 8): the service's packages and exceljs are
 * optional peers. A consumer without them still runs check and CSV batches; serve and workbooks
 * say in one line what to install.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const OPTIONAL = ['fastify', '@fastify', 'exceljs'];
let consumer: string;

beforeAll(() => {
  // The built package, with every installed package but the optional ones: what a consumer has who installed none of them.
  consumer = mkdtempSync(join(tmpdir(), 'landuse-consumer-'));
  cpSync(join(root, 'dist'), join(consumer, 'dist'), { recursive: true });
  cpSync(join(root, 'package.json'), join(consumer, 'package.json'));
  mkdirSync(join(consumer, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (OPTIONAL.includes(name) || name === '.bin') continue;
    symlinkSync(join(root, 'node_modules', name), join(consumer, 'node_modules', name));
  }
});
afterAll(() => rmSync(consumer, { recursive: true, force: true }));

const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, [join(consumer, 'dist/cli.js'), ...args], { cwd: consumer, encoding: 'utf8', input });

describe('without the optional packages', () => {
  it('the manifest makes them optional peers, and declares no prepare script for consumers to approve', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    for (const name of ['fastify', '@fastify/cors', '@fastify/swagger', '@fastify/swagger-ui', '@fastify/under-pressure', 'exceljs']) {
      expect(manifest.dependencies![name], name).toBeUndefined();
      expect(manifest.peerDependencies![name], name).toBeDefined();
      expect(manifest.peerDependenciesMeta![name], name).toEqual({ optional: true });
    }
    expect(manifest.scripts!.prepare).toBeUndefined();
  });

  it('check and a CSV batch run', () => {
    writeFileSync(join(consumer, 'case.json'), JSON.stringify({ projectType: 'facility-agriculture', siteAreaM2: 480, floorAreaM2: 400 }));
    expect(cli(['check', 'case.json', '--as-of', '2025-06-30']).status).toBe(0);
    const batch = cli(
      ['batch', '-', '--from', 'csv', '--to', 'ndjson', '--as-of', '2025-06-30'],
      'id,projectType,siteAreaM2,floorAreaM2\nA,facility-agriculture,480,400\n',
    );
    expect(batch.status).toBe(0);
    const line = JSON.parse(batch.stdout.trim()) as { id: string; results: { ruleId: string; status: string }[] };
    expect(line.id).toBe('A');
    expect(line.results).toContainEqual(expect.objectContaining({ ruleId: 'gx-rural-land-2023/11-small-facility-agriculture-filing', status: 'pass' }));
  });

  it('serve says in one line which packages to install, exit 2', () => {
    const serve = cli(['serve', '--port', '0']);
    expect(serve.status).toBe(2);
    expect(serve.stderr.trim()).toBe(
      "landuse-rules: serve needs the service's packages, which are optional and not installed: npm install fastify @fastify/cors @fastify/swagger @fastify/swagger-ui @fastify/under-pressure",
    );
  });

  it('a workbook says it needs exceljs, exit 2', () => {
    const batch = cli(['batch', join(root, 'examples/register/parcels.xlsx'), '--as-of', '2025-06-30']);
    expect(batch.status).toBe(2);
    expect(batch.stderr).toContain('reading or writing .xlsx needs the exceljs package (npm install exceljs)');
  });
});
