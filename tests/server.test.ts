import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compactReport,
  evaluateSync,
  factsJsonSchema,
  listRules,
  type CompactReport,
  type EvaluateOptions,
  type Facts,
  type Report,
  untypedFacts,
} from '../src/index.js';
import { anyFacts, validFacts } from './arbitraries.js';
import { call, ResponseChecker, start, type Running } from './server-helpers.js';

const root = join(import.meta.dirname, '..');
const AS_OF = '2025-06-30';
const farm: Facts = { projectType: 'facility-agriculture', siteAreaM2: 600, floorAreaM2: 100 };

/** What a JSON round trip makes of a value: what the server receives and sends. */
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value) ?? 'null') as T;

let server: Running;
let checker: ResponseChecker;
let document: Record<string, unknown>;

beforeAll(async () => {
  server = await start();
  const response = await fetch(`${server.base}/openapi.json`);
  document = (await response.json()) as Record<string, unknown>;
  checker = new ResponseChecker(document as never);
});
afterAll(() => server.close());

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 and valid for a real validator', async () => {
    expect(document.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });
  it('lists every endpoint', () => {
    const paths = document.paths as Record<string, Record<string, unknown>>;
    expect(Object.keys(paths).sort()).toEqual(
      [
        '/healthz',
        '/metrics',
        '/readyz',
        '/v1/documents',
        '/v1/evaluate',
        '/v1/evaluate/batch',
        '/v1/facts',
        '/v1/rules',
        '/v1/rules/{documentId}/{rule}',
      ].sort(),
    );
    // Each operation has an id and a tag: a generated client's method name and API class.
    for (const [path, operations] of Object.entries(paths)) {
      for (const operation of Object.values(operations) as { operationId?: string; tags?: string[] }[]) {
        expect(operation.operationId, path).toBeTruthy();
        expect(operation.tags, path).toHaveLength(1);
      }
    }
  });
  it('carries the cases of examples/ as request examples, and they are valid requests', async () => {
    const paths = document.paths as Record<string, { post: { requestBody: { content: Record<string, { examples: Record<string, { value: unknown }> }> } } }>;
    const examples = Object.values(paths['/v1/evaluate']!.post.requestBody.content['application/json']!.examples);
    const liuzhou = JSON.parse(readFileSync(join(root, 'examples/liuzhou.json'), 'utf8')) as unknown[];
    expect(examples.map((e) => (e.value as { facts: unknown }).facts)).toContainEqual(liuzhou[0]);
    for (const { value } of examples) {
      checker.component('EvaluateRequest', value);
      expect((await call(server, checker, 'POST', '/v1/evaluate', { body: value })).status).toBe(200);
    }
  });
  it('describes every area fact by one Area schema, so a generated client has one area type', () => {
    const schemas = (document.components as { schemas: Record<string, { properties?: Record<string, { $ref?: string }> }> }).schemas;
    const refs = Object.values(schemas.Facts!.properties!).filter((p) => p.$ref === '#/components/schemas/Area');
    expect(refs.length).toBeGreaterThan(10);
    expect(JSON.stringify(schemas.Facts)).not.toContain('"unit":{"type":"string","enum":["m2","mu","ha"]}');
  });
  it('is served to the offline API reference page, whose scripts come from this server', async () => {
    const page = await fetch(`${server.base}/docs/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const scripts = [...html.matchAll(/src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      expect(src).not.toMatch(/^https?:/);
      const script = await fetch(new URL(src, `${server.base}/docs/`));
      expect(script.status, src).toBe(200);
      await script.arrayBuffer();
    }
    const spec = await fetch(`${server.base}/docs/json`);
    expect(await spec.json()).toEqual(document);
  });
});

describe('POST /v1/evaluate gives what evaluateSync gives', () => {
  const examples: [unknown, EvaluateOptions][] = [
    ...(JSON.parse(readFileSync(join(root, 'examples/liuzhou.json'), 'utf8')) as unknown[]).map((facts): [unknown, EvaluateOptions] => [
      facts,
      { asOf: AS_OF, jurisdiction: '450200' },
    ]),
    ...(JSON.parse(readFileSync(join(root, 'examples/pilot-city.json'), 'utf8')) as unknown[]).map((facts): [unknown, EvaluateOptions] => [
      facts,
      { asOf: AS_OF, jurisdiction: 'pilot-city', locale: 'en' },
    ]),
  ];
  const generated = fc
    .sample(
      fc.tuple(
        fc.oneof(validFacts, anyFacts),
        fc.constantFrom<EvaluateOptions>(
          { asOf: AS_OF },
          { asOf: '2026-12-04', jurisdiction: '450200', locale: 'zh-Hant' },
          { asOf: '2024-02-29', locale: 'en' },
        ),
      ),
      {
        seed: 13,
        numRuns: 150,
      },
    )
    .map(([facts, options]): [unknown, EvaluateOptions] => [viaJson(facts), options]);

  /** What evaluateSync says of each rule, read from the full report: what a compact result must repeat. */
  const verdicts = (report: Report) =>
    report.results.map((r) => ({
      ruleId: r.ruleId,
      status: r.status,
      ...(r.consequence ? { consequence: r.consequence } : {}),
      message: r.message,
      ...(r.reasons.length ? { reasons: r.reasons } : {}),
      ...(r.missingFacts.length ? { missingFacts: r.missingFacts } : {}),
      ...(Object.keys(r.conclusions).length ? { conclusions: r.conclusions } : {}),
      ...(r.decidedOn !== undefined ? { decidedOn: r.decidedOn, decidedBy: r.decidedBy } : {}),
      citation: r.citation,
    }));

  it.each(examples.map((e, i) => [i, ...e] as const))('example %i, every rule and compact', async (_i, facts, options) => {
    const full = evaluateSync(untypedFacts(facts), options);
    const all = await call(server, checker, 'POST', '/v1/evaluate', { query: 'results=all', body: { facts, options } });
    const { decisionId, ...report } = all.body as CompactReport & { decisionId: string };
    expect(report).toEqual(viaJson(compactReport(full, { results: 'all', citations: 'full' })));
    // Rule by rule, the verdicts, messages, reasons and citations are evaluateSync's own.
    expect(report.results).toEqual(viaJson(verdicts(full)));
    expect({ asOf: report.asOf, jurisdiction: report.jurisdiction, summary: report.summary, issues: report.issues }).toEqual(
      viaJson({ asOf: full.asOf, jurisdiction: full.jurisdiction, summary: full.summary, issues: full.issues }),
    );
    expect(all.headers.get('decision-id')).toBe(decisionId);
    const compact = await call(server, checker, 'POST', '/v1/evaluate', { body: { facts, options } });
    const { decisionId: _d, ...compacted } = compact.body as CompactReport & { decisionId: string };
    expect(compacted).toEqual(viaJson(compactReport(full, { results: 'concerned', citations: 'full' })));
    expect(compacted.results.length).toBe(full.results.filter((r) => ['pass', 'fail', 'undetermined'].includes(r.status)).length);
  });

  it('on 150 generated cases (valid, invalid and arbitrary JSON facts), every rule', async () => {
    for (const [facts, options] of generated) {
      const answer = await call(server, checker, 'POST', '/v1/evaluate', { query: 'results=all&citations=full', body: { facts, options } });
      expect(answer.status).toBe(200);
      const { decisionId: _d, ...report } = answer.body as CompactReport & { decisionId: string };
      const full = evaluateSync(untypedFacts(facts), options);
      expect(report.results).toEqual(viaJson(verdicts(full)));
      expect(report).toEqual(viaJson(compactReport(full, { results: 'all', citations: 'full' })));
    }
  });

  it('rules asked for by id are all reported, a rule not in force included; citations=ref drops the quote', async () => {
    const options: EvaluateOptions = { asOf: '2020-01-01', rules: ['gx-rural-land-2023/11-small-facility-agriculture-filing', 'lz-consolidation'] };
    const answer = await call(server, checker, 'POST', '/v1/evaluate', { query: 'citations=ref', body: { facts: farm, options } });
    const report = answer.body as CompactReport;
    const full = evaluateSync(farm, options);
    expect(report.results.map((r) => [r.ruleId, r.status])).toEqual(full.results.map((r) => [r.ruleId, r.status]));
    expect(report.results.map((r) => r.status)).toContain('not-in-force');
    expect(report.results).toEqual(viaJson(compactReport(full, { results: 'all', citations: 'ref' }).results));
    expect(report.results.every((r) => r.citation && !('quote' in r.citation))).toBe(true);
  });

  it('invalid facts are a report with issues, not an error', async () => {
    const answer = await call(server, checker, 'POST', '/v1/evaluate', {
      body: { facts: { siteAreaM2: '300', projectType: 'facility-agriculture' }, options: { asOf: AS_OF, locale: 'en' } },
    });
    expect(answer.status).toBe(200);
    expect((answer.body as Report).issues).toEqual([expect.objectContaining({ path: ['siteAreaM2'] })]);
    const notAnObject = await call(server, checker, 'POST', '/v1/evaluate', { body: { facts: [1, 2], options: { asOf: AS_OF } } });
    expect(notAnObject.status).toBe(200);
    expect((notAnObject.body as Report).issues).toHaveLength(1);
  });
});

describe('Chinese values as a register writes them (issue 24)', () => {
  const FILING = 'gx-rural-land-2023/11-small-facility-agriculture-filing';
  it('设施农业 is read as facility-agriculture, judged as the code is, and the report says what was read', async () => {
    const answer = await call(server, checker, 'POST', '/v1/evaluate', {
      body: { facts: { ...farm, projectType: '设施农业' }, options: { asOf: AS_OF, locale: 'en' } },
    });
    const report = answer.body as CompactReport;
    const coded = (await call(server, checker, 'POST', '/v1/evaluate', { body: { facts: farm, options: { asOf: AS_OF, locale: 'en' } } }))
      .body as CompactReport;
    expect(report.results).toEqual(coded.results);
    expect(report.results.find((r) => r.ruleId === FILING)!.status).toBe('fail');
    expect(report.issues).toEqual([
      { path: ['projectType'], code: 'value-read-as-code', message: 'projectType "设施农业" was read as "facility-agriculture" by its Chinese name' },
    ]);
  });
  it('a value that is neither a code nor a label is an issue of the report, not a silent not-applicable, in a single and in a batch answer', async () => {
    const facts = { ...farm, projectType: '钢架大棚' };
    const single = (await call(server, checker, 'POST', '/v1/evaluate', { body: { facts, options: { asOf: AS_OF } } })).body as Report;
    expect(single.issues).toEqual([expect.objectContaining({ path: ['projectType'], code: 'unknown-value', message: expect.stringContaining('"钢架大棚"') })]);
    const batch = await call(server, checker, 'POST', '/v1/evaluate/batch', {
      query: `asOf=${AS_OF}`,
      raw: `${JSON.stringify(facts)}\n${JSON.stringify({ ...farm, projectType: '设施农业' })}\n`,
      contentType: 'application/x-ndjson',
    });
    const [unknown, label] = batch.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { issues?: { code: string }[]; worst: string });
    expect(unknown!.issues).toEqual([expect.objectContaining({ code: 'unknown-value' })]);
    expect(label!.issues).toEqual([expect.objectContaining({ code: 'value-read-as-code' })]);
    expect(label!.worst).toBe('not-eligible');
  });
});

describe('a GBK batch, as Java and .NET clients on Chinese Windows send it (issue 24, item 6)', () => {
  it('charset=gbk on /v1/evaluate/batch is read as GB18030: 设施农业 in GBK is judged as facility-agriculture; the same bytes undeclared are each line’s error', async () => {
    const line = Buffer.concat([
      Buffer.from('{"id":"G1","projectType":"'),
      Buffer.from('c9e8caa9c5a9d2b5', 'hex'),
      Buffer.from('","siteAreaM2":600,"floorAreaM2":100}\n'),
    ]);
    const declared = await call(server, checker, 'POST', '/v1/evaluate/batch', {
      query: `asOf=${AS_OF}`,
      raw: line,
      contentType: 'application/x-ndjson; charset=gbk',
    });
    expect(declared.status).toBe(200);
    const answered = JSON.parse(declared.text.trim()) as { id: string; worst: string; issues: { code: string }[] };
    expect(answered).toMatchObject({ id: 'G1', worst: 'not-eligible' });
    expect(answered.issues).toEqual([expect.objectContaining({ code: 'value-read-as-code' })]);
    const undeclared = await call(server, checker, 'POST', '/v1/evaluate/batch', { query: `asOf=${AS_OF}`, raw: line, contentType: 'application/x-ndjson' });
    expect((JSON.parse(undeclared.text.trim()) as { error: { detail: string } }).error.detail).toBe(
      'line 1 is not valid UTF-8 (NDJSON is UTF-8 unless the Content-Type says charset=gb18030)',
    );
  });
});

describe('request errors are problem+json with the field path', () => {
  const problemOf = (answer: { status: number; headers: Headers; body: unknown }) => {
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    return answer.body as { status: number; type: string; title: string; detail?: string; errors?: { pointer: string; detail: string }[] };
  };
  it.each([
    [{ asOf: '2025-02-29' }, '/options/asOf'],
    [{ asOf: '20250630' }, '/options/asOf'],
    [{ locale: 'fr' }, '/options/locale'],
    [{ jurisdiction: '4502' }, '/options/jurisdiction'],
    [{ rules: ['no-such-rule'] }, '/options/rules'],
    [{ rules: 'gx-rural-land-2023' }, '/options/rules'],
    [{ parameters: { 'no/such': { x: 1 } } }, '/options/parameters'],
    [
      { parameters: { 'pilot-land-saving-2023/10-high-standard-factory': { minFloorAreaRatio: -1 } } },
      '/options/parameters/pilot-land-saving-2023~110-high-standard-factory/minFloorAreaRatio',
    ],
    [{ asof: AS_OF }, '/options'],
  ])('options %j → 400 naming %s', async (options, pointer) => {
    const answer = await call(server, checker, 'POST', '/v1/evaluate', { body: { facts: farm, options } });
    expect(answer.status).toBe(400);
    const body = problemOf(answer);
    expect(body.status).toBe(400);
    expect(body.errors?.map((e) => e.pointer)).toContain(pointer);
  });
  it('every invalid option is named in one answer, not one per request', async () => {
    const options = { asOf: AS_OF, jurisdiction: '999999', rules: ['nope'], locale: 'en' };
    const answer = await call(server, checker, 'POST', '/v1/evaluate', { body: { facts: farm, options } });
    expect(answer.status).toBe(400);
    expect(
      problemOf(answer)
        .errors?.map((e) => e.pointer)
        .sort(),
    ).toEqual(['/options/jurisdiction', '/options/rules']);
    const query = await call(server, checker, 'POST', '/v1/evaluate/batch', {
      query: 'jurisdiction=999999&rules=nope',
      raw: `${JSON.stringify(farm)}\n`,
      contentType: 'application/x-ndjson',
    });
    expect(
      problemOf(query)
        .errors?.map((e) => e.pointer)
        .sort(),
    ).toEqual(['#/query/jurisdiction', '#/query/rules']);
  });
  it('a body without facts, or with other keys, is refused with the path', async () => {
    const missing = await call(server, checker, 'POST', '/v1/evaluate', { body: { options: {} } });
    expect(missing.status).toBe(400);
    expect(problemOf(missing).errors?.map((e) => e.pointer)).toEqual(['/facts']);
    const extra = await call(server, checker, 'POST', '/v1/evaluate', { body: { facts: {}, fact: {} } });
    expect(extra.status).toBe(400);
    expect(problemOf(extra).errors?.[0]?.pointer).toBe('');
    const array = await call(server, checker, 'POST', '/v1/evaluate', { body: [farm] });
    expect(array.status).toBe(400);
  });
  it('malformed JSON → 400', async () => {
    const answer = await call(server, checker, 'POST', '/v1/evaluate', { raw: '{"facts": {', contentType: 'application/json' });
    expect(answer.status).toBe(400);
    expect(problemOf(answer).type).toMatch(/invalid-json$/);
  });
  it('a body that is not UTF-8 → 400 naming the charset to say; with charset=gb18030 it is read as GB18030', async () => {
    // {"facts":{"projectType":"facility-agriculture","siteAreaM2":300,"floorAreaM2":600,"note":"设施"}} with 设施 in GB18030.
    const gbk = Buffer.concat([
      Buffer.from('{"facts":{"projectType":"facility-agriculture","siteAreaM2":300,"floorAreaM2":600,"note":"'),
      Buffer.from('c9e8caa9', 'hex'),
      Buffer.from('"}}'),
    ]);
    const asUtf8 = await call(server, checker, 'POST', '/v1/evaluate', { raw: gbk, contentType: 'application/json' });
    expect(asUtf8.status).toBe(400);
    expect(problemOf(asUtf8).detail).toBe(
      'the body is not valid UTF-8 (it reads as GB18030/GBK: send UTF-8, or say Content-Type: application/json; charset=gb18030)',
    );
    const declared = await call(server, checker, 'POST', '/v1/evaluate', { raw: gbk, contentType: 'application/json; charset=GBK' });
    expect(declared.status).toBe(200);
    const other = await call(server, checker, 'POST', '/v1/evaluate', {
      raw: JSON.stringify({ facts: farm }),
      contentType: 'application/json; charset=latin1',
    });
    expect(other.status).toBe(415);
    expect(problemOf(other).type).toMatch(/unsupported-media-type$/);
  });
  it('an empty JSON body → 400', async () => {
    const answer = await call(server, checker, 'POST', '/v1/evaluate', { raw: '', contentType: 'application/json' });
    expect(answer.status).toBe(400);
    problemOf(answer);
  });
  it.each(['text/plain', 'application/x-www-form-urlencoded', 'application/x-ndjson'])('content type %s → 415', async (contentType) => {
    const answer = await call(server, checker, 'POST', '/v1/evaluate', { raw: JSON.stringify({ facts: farm }), contentType });
    expect(answer.status).toBe(415);
    expect(problemOf(answer).type).toMatch(/unsupported-media-type$/);
  });
  it('a bad query value → 400 naming it', async () => {
    const answer = await call(server, checker, 'POST', '/v1/evaluate', { query: 'results=some', body: { facts: farm } });
    expect(answer.status).toBe(400);
    expect(problemOf(answer).errors?.[0]?.pointer).toBe('#/query/results');
  });
  it('an unknown route → 404 problem', async () => {
    const response = await fetch(`${server.base}/v2/evaluate`, { method: 'POST' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    checker.component('Problem', await response.json());
  });
});

describe('read-only endpoints', () => {
  it('GET /v1/rules lists the catalogue, filtered by jurisdiction, document and asOf', async () => {
    const all = await call(server, checker, 'GET', '/v1/rules');
    expect(all.body).toEqual(viaJson(listRules()));
    const liuzhou = await call(server, checker, 'GET', '/v1/rules', { query: 'jurisdiction=450200' });
    expect(liuzhou.body).toEqual(viaJson(listRules({ jurisdiction: '450200' })));
    const oneDocument = await call(server, checker, 'GET', '/v1/rules', { query: 'document=lz-consolidation' });
    expect((oneDocument.body as { documentId: string }[]).every((r) => r.documentId === 'lz-consolidation')).toBe(true);
    // gx-rural-land-2023 is in force 2023-12-04 … 2026-12-03: the bound and one day either side.
    const gxCount = (asOf: string) =>
      call(server, checker, 'GET', '/v1/rules', { query: `document=gx-rural-land-2023&asOf=${asOf}` }).then((a) => (a.body as unknown[]).length);
    const inForce = listRules({ documentId: 'gx-rural-land-2023' }).length;
    expect(await gxCount('2023-12-03')).toBe(0);
    expect(await gxCount('2023-12-04')).toBe(inForce);
    expect(await gxCount('2026-12-03')).toBe(inForce);
    expect(await gxCount('2026-12-04')).toBe(0);
    const bad = await call(server, checker, 'GET', '/v1/rules', { query: 'document=nope' });
    expect(bad.status).toBe(400);
    const badJurisdiction = await call(server, checker, 'GET', '/v1/rules', { query: 'jurisdiction=45' });
    expect(badJurisdiction.status).toBe(400);
    const badDate = await call(server, checker, 'GET', '/v1/rules', { query: 'asOf=2025-02-29' });
    expect(badDate.status).toBe(400);
    expect((badDate.body as { errors: { pointer: string }[] }).errors[0]!.pointer).toBe('#/query/asOf');
  });
  it('GET /v1/rules/{documentId}/{rule} gives metadata, parameters, citation, readings and condition trees', async () => {
    const answer = await call(server, checker, 'GET', '/v1/rules/{documentId}/{rule}', {
      params: { documentId: 'gx-rural-land-2023', rule: '11-small-facility-agriculture-filing' },
    });
    expect(answer.status).toBe(200);
    const rule = answer.body as Record<string, unknown>;
    expect(rule).toMatchObject({ id: 'gx-rural-land-2023/11-small-facility-agriculture-filing', documentId: 'gx-rural-land-2023' });
    expect(rule.decision).toBeTypeOf('object');
    expect(rule.selects).toBeTypeOf('object');
    expect(rule.parameters).toBeTypeOf('object');
    expect(Array.isArray(rule.readings)).toBe(true);
    const missing = await call(server, checker, 'GET', '/v1/rules/{documentId}/{rule}', { params: { documentId: 'gx-rural-land-2023', rule: 'nope' } });
    expect(missing.status).toBe(404);
  });
  it('the rule id also works as one path segment with its slash encoded', async () => {
    const response = await fetch(`${server.base}/v1/rules/${encodeURIComponent('gx-rural-land-2023/11-small-facility-agriculture-filing')}`);
    expect(response.status).toBe(200);
    checker.component('RuleDetail', await response.json());
  });
  it('GET /v1/documents and GET /v1/facts', async () => {
    const documents = await call(server, checker, 'GET', '/v1/documents');
    expect((documents.body as { id: string }[]).map((d) => d.id)).toContain('lz-14th-fyp');
    const facts = await call(server, checker, 'GET', '/v1/facts');
    expect(facts.headers.get('content-type')).toMatch(/^application\/schema\+json/);
    expect(facts.body).toEqual(factsJsonSchema());
  });
  it('GET /healthz, /readyz and /metrics', async () => {
    expect((await call(server, checker, 'GET', '/healthz')).body).toEqual({ status: 'ok' });
    expect((await call(server, checker, 'GET', '/readyz')).body).toEqual({ ready: true });
    await call(server, checker, 'POST', '/v1/evaluate', { body: { facts: farm, options: { asOf: AS_OF } } });
    const metrics = await call(server, checker, 'GET', '/metrics');
    const text = metrics.text;
    expect(text).toMatch(/^landuse_http_requests_total\{method="POST",route="\/v1\/evaluate",status="200"\} [1-9]\d*$/m);
    expect(text).toMatch(/^landuse_http_request_duration_seconds_bucket\{route="\/v1\/evaluate",le="\+Inf"\} [1-9]\d*$/m);
    expect(text).toMatch(/^landuse_decisions_total [1-9]\d*$/m);
    expect(text).toMatch(/^landuse_rule_results_total\{status="fail"\} [1-9]\d*$/m);
    expect(text).toMatch(/^landuse_rule_fails_total\{consequence="not-eligible"\} [1-9]\d*$/m);
    expect(text).toMatch(/^landuse_http_requests_in_flight 1$/m);
    // Every sample line is name{labels} value.
    for (const line of text.split('\n').filter((l) => l && !l.startsWith('#'))) expect(line).toMatch(/^[a-z_]+(\{[^}]*\})? -?[\d.e+-]+$/);
  });
  it('CORS is off unless configured', async () => {
    const response = await fetch(`${server.base}/v1/documents`, { headers: { origin: 'https://example.test' } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const withCors = await start({ corsOrigins: ['https://gis.example.test'] });
    try {
      const allowed = await fetch(`${withCors.base}/v1/documents`, { headers: { origin: 'https://gis.example.test' } });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://gis.example.test');
      const other = await fetch(`${withCors.base}/v1/documents`, { headers: { origin: 'https://other.test' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await withCors.close();
    }
  });
});

describe('POST /v1/evaluate/batch', () => {
  it('answers each line in order: reports with the input id, errors for bad lines, blank lines skipped', async () => {
    const lines = [
      JSON.stringify({ id: 'A-1', ...farm }),
      'not json',
      '',
      `${JSON.stringify({ id: 7, projectType: 'facility-agriculture', siteAreaM2: 300, floorAreaM2: 100 })}\r`,
      JSON.stringify([1]),
      JSON.stringify({ siteAreaM2: '300' }),
    ];
    const answer = await call(server, checker, 'POST', '/v1/evaluate/batch', {
      query: `asOf=${AS_OF}&locale=en&citations=none`,
      raw: `${lines.join('\n')}\n`,
      contentType: 'application/x-ndjson',
    });
    expect(answer.status).toBe(200);
    const out = answer.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => o.line)).toEqual([1, 2, 4, 5, 6]);
    expect(out[0]!.id).toBe('A-1');
    expect(out[2]!.id).toBe(7);
    expect((out[1]!.error as { status: number }).status).toBe(400);
    const options = { asOf: AS_OF, locale: 'en' } as const;
    for (const [index, input] of [
      [0, lines[0]],
      [2, lines[3]],
      [3, lines[4]],
      [4, lines[5]],
    ] as const) {
      const { line: _l, id: _id, decisionId, ...report } = out[index]!;
      expect(decisionId).toBeTypeOf('string');
      expect(report).toEqual(viaJson(compactReport(evaluateSync(JSON.parse(input!), options), { results: 'concerned', citations: 'none' })));
    }
  });
  it('a line over the limit is that line’s error (at the limit it is read); the run goes on; no trailing newline needed', async () => {
    const small = await start({ maxLineBytes: 64 });
    try {
      const pad = (n: number) => {
        const base = JSON.stringify({ projectType: 'facility-agriculture', x: '' });
        return JSON.stringify({ projectType: 'facility-agriculture', x: 'y'.repeat(n - base.length) });
      };
      const body = [pad(64), pad(65), pad(63), '{}'].join('\n');
      expect(body.split('\n').map((l) => l.length)).toEqual([64, 65, 63, 2]);
      const checkerSmall = new ResponseChecker((await (await fetch(`${small.base}/openapi.json`)).json()) as never);
      const answer = await call(small, checkerSmall, 'POST', '/v1/evaluate/batch', { query: `asOf=${AS_OF}`, raw: body, contentType: 'application/x-ndjson' });
      const out = answer.text
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { line: number; error?: { status: number } });
      expect(out.map((o) => [o.line, o.error?.status ?? 200])).toEqual([
        [1, 200],
        [2, 413],
        [3, 200],
        [4, 200],
      ]);
    } finally {
      await small.close();
    }
  });
  it('bad options in the query → 400 before any line; a JSON body → 415', async () => {
    const bad = await call(server, checker, 'POST', '/v1/evaluate/batch', { query: 'asOf=2025-13-01', raw: '{}\n', contentType: 'application/x-ndjson' });
    expect(bad.status).toBe(400);
    expect((bad.body as { errors: { pointer: string }[] }).errors[0]!.pointer).toBe('#/query/asOf');
    const unknownRule = await call(server, checker, 'POST', '/v1/evaluate/batch', { query: 'rules=nope', raw: '{}\n', contentType: 'application/x-ndjson' });
    expect(unknownRule.status).toBe(400);
    const json = await call(server, checker, 'POST', '/v1/evaluate/batch', { body: { facts: farm } });
    expect(json.status).toBe(415);
  });
});

describe('the ./server entry', () => {
  /** Every module a built entry loads, following its relative imports through the chunks. */
  const graph = (entry: string): { files: Set<string>; packages: Set<string> } => {
    const files = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (files.has(file)) return;
      files.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, spec] of code.matchAll(/(?:from\s*|import\s*\(?\s*|require\()\s*["']([^"']+)["']/g)) {
        if (spec!.startsWith('.')) visit(join(file, '..', spec!));
        else
          packages.add(
            spec!
              .split('/')
              .slice(0, spec!.startsWith('@') ? 2 : 1)
              .join('/'),
          );
      }
    };
    visit(join(root, 'dist', entry));
    return { files, packages };
  };
  it('is what loads Fastify; the form entry and the library entry never do', () => {
    expect(graph('server.js').packages).toContain('fastify');
    for (const entry of ['form.js', 'form.cjs', 'index.js', 'index.cjs']) {
      const { packages } = graph(entry);
      expect(
        [...packages].filter((p) => p.includes('fastify')),
        entry,
      ).toEqual([]);
    }
  });
});
