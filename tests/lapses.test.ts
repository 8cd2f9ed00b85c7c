import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactReport, evaluate, evaluateSync, reportSchema, untypedFacts } from '../src/index.js';
import { landuseMatchers } from '../src/testing.js';
import { call, ResponseChecker, type Running, start } from './server-helpers.js';

/**
 * A lapse is news, never silence (conventions §2a): Guangxi's measures were in force
 * 2023-12-04 … 2026-12-03. Today's facility-agriculture case, checked the day after, must say on
 * every surface that the measures lapsed and what to do — none may read as "nothing to flag" —
 * and the same case with the day of its act is judged under them. Every date is named: no test
 * depends on the day it runs.
 */
const DAY_AFTER = '2026-12-04';
const FILING = 'gx-rural-land-2023/11-small-facility-agriculture-filing';
const SHED = 'gx-rural-land-2023/11-simple-shed-in-203-scope';
const greenhouse = { projectType: 'facility-agriculture', siteAreaM2: 1500, floorAreaM2: 600, structureType: 'simple-shed', within203Scope: true } as const;

describe('the report names the documents not in force', () => {
  it('lists gx-rural-land-2023 with its window, the date and the rules of it that concern the case; both evaluators agree', async () => {
    const report = evaluateSync(greenhouse, { asOf: DAY_AFTER, locale: 'en' });
    expect(await evaluate(greenhouse, { asOf: DAY_AFTER, locale: 'en' })).toEqual(report);
    expect(report.documentsNotInForce).toHaveLength(1);
    const [lapse] = report.documentsNotInForce;
    expect(lapse).toMatchObject({ documentId: 'gx-rural-land-2023', inForce: { from: '2023-12-04', to: '2026-12-03' }, dates: [DAY_AFTER] });
    expect(lapse!.ruleIds).toEqual(expect.arrayContaining([FILING, SHED]));
    expect(lapse!.ruleIds).toEqual(report.results.filter((r) => r.status === 'not-in-force').map((r) => r.ruleId));
    expect(lapse!.message).toMatch(
      /gx-rural-land-2023 \(2023-12-04 … 2026-12-03\) was not in force on 2026-12-04: \d rules that concern this case were not checked; .*actOn/,
    );
    expect(reportSchema.safeParse(report).success).toBe(true);
  });

  it('is empty on the last day in force, and with the act’s day given', () => {
    expect(evaluateSync(greenhouse, { asOf: '2026-12-03' }).documentsNotInForce).toEqual([]);
    expect(evaluateSync(greenhouse, { asOf: DAY_AFTER, actOn: '2025-06-30' }).documentsNotInForce).toEqual([]);
  });

  it('does not list a document whose rules do not concern the case', () => {
    const report = evaluateSync({ planType: 'village-plan' }, { asOf: DAY_AFTER, rules: [FILING, SHED] });
    expect(report.results.map((r) => r.status)).toEqual(['not-applicable', 'not-applicable']);
    expect(report.documentsNotInForce).toEqual([]);
  });

  it('gives the worst outcome not-in-force, never none or pass, when a rule that concerns the case was not checked', () => {
    const lapsed = compactReport(evaluateSync(greenhouse, { asOf: DAY_AFTER }), { results: 'concerned', citations: 'none' });
    expect(lapsed.worst).toBe('not-in-force');
    expect(lapsed.documentsNotInForce).toHaveLength(1);
    expect(lapsed.results.map((r) => r.status)).toContain('not-in-force');
    // A Liuzhou rule that passes beside the lapsed Guangxi ones does not make the case clean.
    const mixed = compactReport(
      evaluateSync({ ...greenhouse, planType: 'village-plan', pointSupplyReserveM2: 10, plannedNewConstructionLandM2: 8000 }, { asOf: DAY_AFTER }),
      {
        results: 'concerned',
        citations: 'none',
      },
    );
    expect(mixed.results.some((r) => r.status === 'pass')).toBe(true);
    expect(mixed.worst).toBe('not-in-force');
    const judged = compactReport(evaluateSync(greenhouse, { asOf: DAY_AFTER, actOn: '2025-06-30' }), { results: 'concerned', citations: 'none' });
    expect(judged.worst).toBe('not-eligible');
    expect(judged.documentsNotInForce).toBeUndefined();
  });
});

describe('the testing matchers do not pass vacuously on a rule not in force', () => {
  it('not.toPassRule fails, saying the rule was not checked; toPassRule fails too', () => {
    const context = { isNot: true };
    const negated = landuseMatchers.toPassRule.call(context, untypedFacts(greenhouse), FILING, { asOf: DAY_AFTER });
    expect(negated.pass).toBe(true);
    expect(negated.message()).toMatch(/not checked at all: not-in-force/);
    expect(landuseMatchers.toPassRule.call({}, untypedFacts(greenhouse), FILING, { asOf: DAY_AFTER }).pass).toBe(false);
    expect(landuseMatchers.toFailRule.call({ isNot: true }, untypedFacts(greenhouse), FILING, { asOf: '2026-12-03' }).pass).toBe(true);
  });
});

// The CLI as users run it (dist/cli.js, built by the global setup).
const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'landuse-lapses-'));
const run = (args: string[]) => {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
};

describe('check says a lapse once per document, and --act-on judges the act under the law of its day', () => {
  beforeAll(() => writeFileSync(join(dir, 'greenhouse.json'), JSON.stringify(greenhouse)));
  it('one line for the lapsed measures, no row per rule, and no "no rule concerns this case"', () => {
    const { code, stdout } = run(['check', 'greenhouse.json', '--as-of', DAY_AFTER, '--locale', 'en']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^! gx-rural-land-2023 \(2023-12-04 … 2026-12-03\) was not in force on 2026-12-04: 3 rules that concern this case were not checked; for an act done while it was in force, give its date as actOn \(--act-on\)\.$/m,
    );
    expect(stdout).not.toMatch(/^not-in-force/m);
    expect(stdout).not.toMatch(/no rule concerns this case/);
    expect(stdout).toMatch(/3 not in force/);
  });
  it('--fail-on not-in-force exits 1; --act-on 2025-06-30 judges the filing (not eligible: 1500 m² is over 500 m²)', () => {
    expect(run(['check', 'greenhouse.json', '--as-of', DAY_AFTER, '--fail-on', 'not-in-force']).code).toBe(1);
    const judged = run(['check', 'greenhouse.json', '--as-of', DAY_AFTER, '--act-on', '2025-06-30', '--locale', 'en']);
    expect(judged.stdout).toMatch(/fail: not eligible.*11-small-facility-agriculture-filing.*siteAreaM2 1500 m² ≤ 500 m² ✗/);
    expect(judged.stdout).not.toMatch(/^! .*not in force/m);
  });
  it('--act-on that is no date is one line, exit 2', () => {
    const { code, stderr } = run(['check', 'greenhouse.json', '--act-on', '2025-02-30']);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe("landuse-rules: --act-on must be a calendar date YYYY-MM-DD, got '2025-02-30'");
  });
});

describe('batch: a per-record act date, and a lapse said once', () => {
  const REGISTER = [
    '编号,projectType,siteAreaM2,floorAreaM2,备案日期',
    'A-1,facility-agriculture,300,100,2025-06-30',
    'A-2,facility-agriculture,501,100,2026-12-03',
    'A-3,facility-agriculture,501,100,2026-12-04',
    'A-4,facility-agriculture,300,100,',
  ].join('\n');
  beforeAll(() => {
    writeFileSync(join(dir, 'dated.csv'), `${REGISTER}\n`);
    writeFileSync(join(dir, 'map.json'), JSON.stringify({ 备案日期: 'actOn' }));
  });
  it('each record is judged by the law of its own act date; an empty cell takes --as-of', () => {
    const { code, stdout, stderr } = run([
      'batch',
      'dated.csv',
      '--map',
      'map.json',
      '--id',
      '编号',
      '--as-of',
      DAY_AFTER,
      '--to',
      'ndjson',
      '--summary',
      'summary.json',
    ]);
    expect(code).toBe(0);
    const worst = Object.fromEntries(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { id: string; worst: string })
        .map((line) => [line.id, line.worst]),
    );
    expect(worst).toEqual({ 'A-1': 'undetermined', 'A-2': 'not-eligible', 'A-3': 'not-in-force', 'A-4': 'not-in-force' });
    const lapseLines = stderr.split('\n').filter((line) => line.includes('was not in force'));
    expect(lapseLines).toEqual([
      `landuse-rules: dated.csv: gx-rural-land-2023 (2023-12-04 … 2026-12-03) was not in force on 2026-12-04 for 2 records: 2 rules that concern them were not checked (${SHED}, ${FILING}); for acts done while it was in force, give --act-on DATE or an actOn column`,
    ]);
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { documentsNotInForce: unknown[] };
    expect(summary.documentsNotInForce).toEqual([
      { documentId: 'gx-rural-land-2023', records: 2, inForce: { from: '2023-12-04', to: '2026-12-03' }, dates: [DAY_AFTER], ruleIds: [SHED, FILING] },
    ]);
  });
  it('an act date that is no date is that record’s error (exit 2), never a judgment under another date', () => {
    writeFileSync(
      join(dir, 'bad-date.ndjson'),
      `${JSON.stringify({ id: 'B-1', ...greenhouse, actOn: '2025/6/30' })}\n${JSON.stringify({ id: 'B-2', ...greenhouse, actOn: '2025-06-30' })}\n`,
    );
    const { code, stdout } = run(['batch', 'bad-date.ndjson', '--as-of', DAY_AFTER]);
    expect(code).toBe(2);
    const [bad, good] = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { error?: string; worst?: string });
    expect(bad!.error).toBe("actOn (column 'actOn'): '2025/6/30' is not a date YYYY-MM-DD");
    expect(good!.worst).toBe('not-eligible');
  });
});

describe('the service says the lapse in the body, not only in a count', () => {
  let server: Running;
  let checker: ResponseChecker;
  beforeAll(async () => {
    server = await start();
    checker = new ResponseChecker((await (await fetch(`${server.base}/openapi.json`)).json()) as never);
  });
  afterAll(() => server.close());

  it('POST /v1/evaluate: worst not-in-force, the document named with its window; with actOn, judged', async () => {
    const lapsed = await call(server, checker, 'POST', '/v1/evaluate', { body: { facts: greenhouse, options: { asOf: DAY_AFTER, locale: 'en' } } });
    const body = lapsed.body as { worst: string; documentsNotInForce: { documentId: string; message: string }[] };
    expect(body.worst).toBe('not-in-force');
    expect(body.documentsNotInForce[0]!.documentId).toBe('gx-rural-land-2023');
    expect(body.documentsNotInForce[0]!.message).toMatch(/2023-12-04 … 2026-12-03\) was not in force on 2026-12-04/);
    const judged = await call(server, checker, 'POST', '/v1/evaluate', { body: { facts: greenhouse, options: { asOf: DAY_AFTER, actOn: '2025-06-30' } } });
    expect((judged.body as { worst: string }).worst).toBe('not-eligible');
  });
  it('an actOn that is no date is a 400 problem naming /options/actOn', async () => {
    const answer = await call(server, checker, 'POST', '/v1/evaluate', { body: { facts: greenhouse, options: { actOn: '2025-02-30' } } });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('/options/actOn');
  });
});
