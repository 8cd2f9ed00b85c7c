import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DecisionLog } from '../src/server/index.js';
import { call, chunk, dechunk, eventually, rawSocket, ResponseChecker, start, type Running } from './server-helpers.js';

const root = join(import.meta.dirname, '..');
const AS_OF = '2025-06-30';
const farm = { projectType: 'facility-agriculture', siteAreaM2: 600, floorAreaM2: 100 };
const dir = mkdtempSync(join(tmpdir(), 'landuse-serve-'));

let checker: ResponseChecker;
beforeAll(async () => {
  const probe = await start();
  checker = new ResponseChecker((await (await fetch(`${probe.base}/openapi.json`)).json()) as never);
  await probe.close();
});

describe('body size limit', () => {
  let server: Running;
  beforeAll(async () => {
    server = await start({ bodyLimit: 2048 });
  });
  afterAll(() => server.close());
  const bodyOf = (bytes: number) => {
    const base = JSON.stringify({ facts: { note: '' } });
    return JSON.stringify({ facts: { note: 'x'.repeat(bytes - base.length) } });
  };
  it('a body of exactly the limit is read; one byte more is 413 problem+json', async () => {
    expect(Buffer.byteLength(bodyOf(2048))).toBe(2048);
    expect((await call(server, checker, 'POST', '/v1/evaluate', { raw: bodyOf(2047) })).status).toBe(200);
    expect((await call(server, checker, 'POST', '/v1/evaluate', { raw: bodyOf(2048) })).status).toBe(200);
    const over = await call(server, checker, 'POST', '/v1/evaluate', { raw: bodyOf(2049) });
    expect(over.status).toBe(413);
    expect(over.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((over.body as { type: string }).type).toMatch(/body-too-large$/);
  });
  it('a chunked body without a length is cut off at the limit too', async () => {
    const { socket, ended } = await rawSocket(server.port);
    socket.write('POST /v1/evaluate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n');
    socket.write(chunk(bodyOf(3000)));
    socket.write('0\r\n\r\n');
    const response = await ended;
    expect(response).toMatch(/^HTTP\/1\.1 413 /);
    expect(response).toMatch(/content-type: application\/problem\+json/i);
  });
});

describe('slow clients and the request timeout', () => {
  let server: Running;
  beforeAll(async () => {
    server = await start({ requestTimeout: 400 });
  });
  afterAll(() => server.close());
  it('a body that stops arriving gets 408 problem+json and the connection is closed', async () => {
    const { socket, ended } = await rawSocket(server.port);
    const began = Date.now();
    socket.write('POST /v1/evaluate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"facts":');
    const response = await ended;
    const took = Date.now() - began;
    expect(response).toMatch(/^HTTP\/1\.1 408 /);
    expect(response).toMatch(/content-type: application\/problem\+json/i);
    const body = JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4)) as unknown;
    checker.check('/v1/evaluate', 'POST', 408, 'application/problem+json', body);
    expect(took).toBeGreaterThanOrEqual(350);
    expect(took).toBeLessThan(10_000);
  });
  it('headers that never end get 408 too', async () => {
    const { socket, ended } = await rawSocket(server.port);
    socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    expect(await ended).toMatch(/^HTTP\/1\.1 408 /);
  });
  it('a batch body may take longer than the timeout while it keeps coming', async () => {
    const { socket, ended } = await rawSocket(server.port);
    socket.write(
      `POST /v1/evaluate/batch?asOf=${AS_OF} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n`,
    );
    const began = Date.now();
    for (let i = 0; i < 6; i++) {
      socket.write(chunk(`${JSON.stringify({ id: i, ...farm })}\n`));
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    socket.write('0\r\n\r\n');
    const response = await ended;
    expect(Date.now() - began).toBeGreaterThan(800);
    expect(response).toMatch(/^HTTP\/1\.1 200 /);
    expect(
      dechunk(response.slice(response.indexOf('\r\n\r\n') + 4))
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { id: number }).id),
    ).toEqual([0, 1, 2, 3, 4, 5]);
  });
  it('a batch body that stalls for the timeout is ended, after the lines it sent were answered', async () => {
    const { socket, received, ended } = await rawSocket(server.port);
    socket.write(
      `POST /v1/evaluate/batch?asOf=${AS_OF} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n`,
    );
    socket.write(chunk(`${JSON.stringify({ id: 'only', ...farm })}\n`));
    const began = Date.now();
    const response = await ended;
    expect(received()).toContain('"id":"only"');
    expect(response).toMatch(/^HTTP\/1\.1 200 /);
    expect(Date.now() - began).toBeGreaterThanOrEqual(350);
    expect(Date.now() - began).toBeLessThan(10_000);
  });
  it('a request that arrives in time is answered', async () => {
    expect((await call(server, checker, 'POST', '/v1/evaluate', { body: { facts: farm, options: { asOf: AS_OF } } })).status).toBe(200);
  });
});

describe('503 with Retry-After under pressure', () => {
  it('beyond maxInFlight, /v1 requests get 503 while health, readiness and metrics still answer', async () => {
    const server = await start({ maxInFlight: 1, retryAfter: 2 });
    try {
      // A batch whose body is still arriving holds the one place.
      const { socket, received, ended } = await rawSocket(server.port);
      socket.write(
        `POST /v1/evaluate/batch?asOf=${AS_OF} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n`,
      );
      socket.write(chunk(`${JSON.stringify(farm)}\n`));
      await eventually(
        async () => received(),
        (text) => text.includes('"line":1'),
      );
      const refused = await call(server, checker, 'POST', '/v1/evaluate', { body: { facts: farm } });
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('2');
      expect((refused.body as { type: string }).type).toMatch(/over-capacity$/);
      expect((await call(server, checker, 'GET', '/healthz')).status).toBe(200);
      expect((await call(server, checker, 'GET', '/readyz')).status).toBe(200);
      socket.write(chunk(`${JSON.stringify(farm)}\n`));
      socket.write('0\r\n\r\n');
      const response = await ended;
      expect(
        dechunk(response.slice(response.indexOf('\r\n\r\n') + 4))
          .trim()
          .split('\n'),
      ).toHaveLength(2);
      const after = await eventually(
        () => call(server, checker, 'POST', '/v1/evaluate', { body: { facts: farm } }),
        (a) => a.status === 200,
      );
      expect(after.status).toBe(200);
    } finally {
      await server.close();
    }
  });
  it('requests that wait behind the others that arrived with them longer than maxQueueDelay get a fast 503 with Retry-After', async () => {
    const server = await start({ maxQueueDelay: 1 });
    try {
      const body = JSON.stringify({ facts: farm, options: { asOf: AS_OF } });
      const sockets = await Promise.all(Array.from({ length: 40 }, () => rawSocket(server.port)));
      await new Promise((resolve) => setTimeout(resolve, 50)); // every connection accepted
      for (const { socket } of sockets) {
        socket.write(
          `POST /v1/evaluate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        );
      }
      // The server runs in this process: while it is held up, the forty requests arrive and are
      // then answered in one turn of its event loop, one after the other, well past 1 ms.
      const until = Date.now() + 200;
      while (Date.now() < until);
      const responses = await Promise.all(sockets.map((s) => s.ended));
      const statuses = responses.map((r) => r.slice(9, 12));
      expect(statuses).toContain('200');
      expect(statuses).toContain('503');
      expect(statuses.filter((s) => s !== '200' && s !== '503')).toEqual([]);
      const refused = responses.find((r) => r.startsWith('HTTP/1.1 503'))!;
      expect(refused).toMatch(/\r\nretry-after: 1\r\n/i);
      expect(refused).toMatch(/over-capacity/);
      // Alone, a request is answered: nothing is left refusing.
      expect((await call(server, checker, 'POST', '/v1/evaluate', { body: { facts: farm } })).status).toBe(200);
    } finally {
      await server.close();
    }
  });
  it('past the heap bound (@fastify/under-pressure), /v1 requests get 503; health answers', async () => {
    const server = await start({ maxHeapUsedBytes: 1 });
    try {
      const refused = await eventually(
        () => call(server, checker, 'POST', '/v1/evaluate', { body: { facts: farm } }),
        (a) => a.status === 503,
      );
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect((refused.body as { detail: string }).detail).toMatch(/heap/i);
      expect((await call(server, checker, 'GET', '/healthz')).status).toBe(200);
      expect((await call(server, checker, 'GET', '/metrics')).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('bearer token', () => {
  const token = 'k3y-0f-the-bureau-5e6f7a8b9c0d';
  let server: Running;
  beforeAll(async () => {
    server = await start({ token });
  });
  afterAll(() => server.close());
  const auth = (value: string) => ({ headers: { authorization: value } });
  it('guards /v1 and /metrics: missing or wrong → 401 with WWW-Authenticate; right → 200', async () => {
    for (const template of ['/v1/documents', '/metrics'] as const) {
      const missing = await call(server, checker, 'GET', template);
      expect(missing.status).toBe(401);
      expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer /);
      for (const wrong of [`${token}x`, token.slice(0, -1), `${token.slice(0, -1)}X`, '', 'Basic abc']) {
        const answer = await call(server, checker, 'GET', template, auth(wrong.startsWith('Basic') ? wrong : `Bearer ${wrong}`));
        expect(answer.status, wrong).toBe(401);
      }
      expect((await call(server, checker, 'GET', template, auth(`Bearer ${token}`))).status).toBe(200);
      expect((await call(server, checker, 'GET', template, auth(`bearer ${token}`))).status).toBe(200);
    }
    const evaluate = await call(server, checker, 'POST', '/v1/evaluate', { body: { facts: farm } });
    expect(evaluate.status).toBe(401);
  });
  it('leaves health, readiness and the OpenAPI document open', async () => {
    expect((await call(server, checker, 'GET', '/healthz')).status).toBe(200);
    expect((await call(server, checker, 'GET', '/readyz')).status).toBe(200);
    expect((await fetch(`${server.base}/openapi.json`)).status).toBe(200);
  });
});

describe('decision log', () => {
  it('one record per decision with ids, hashes and per-rule status; facts only when asked', async () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => (text += c.toString('utf8')));
    const log = new DecisionLog({ path: '-', stdout: out });
    const server = await start({ decisionLog: log });
    const ids: string[] = [];
    try {
      for (const facts of [farm, { floorAreaM2: 100, siteAreaM2: 600, projectType: 'facility-agriculture' }]) {
        const answer = await call(server, checker, 'POST', '/v1/evaluate', { body: { facts, options: { asOf: AS_OF, jurisdiction: '450200' } } });
        ids.push(answer.headers.get('decision-id')!);
      }
    } finally {
      await server.close();
    }
    await log.close();
    const records = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.map((r) => r.decisionId)).toEqual(ids);
    const [first, second] = records as [Record<string, unknown>, Record<string, unknown>];
    expect(first).toMatchObject({
      version: expect.any(String),
      asOf: AS_OF,
      jurisdiction: '450200',
      rulesetHash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    });
    expect(first.time).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/));
    // Same facts in another key order: the same hash.
    expect(first.factsHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(second.factsHash).toBe(first.factsHash);
    expect(first.facts).toBeUndefined();
    expect(first.results).toContainEqual({ ruleId: 'gx-rural-land-2023/11-small-facility-agriculture-filing', status: 'fail', consequence: 'not-eligible' });
    expect((first.summary as Record<string, number>)['not-applicable']).toBeGreaterThan(0);

    const withFacts = new PassThrough();
    let logged = '';
    withFacts.on('data', (c: Buffer) => (logged += c.toString('utf8')));
    const factsLog = new DecisionLog({ path: '-', stdout: withFacts });
    const server2 = await start({ decisionLog: factsLog, logFacts: true });
    await call(server2, checker, 'POST', '/v1/evaluate', { body: { facts: farm, options: { asOf: AS_OF } } });
    await server2.close();
    await factsLog.close();
    expect((JSON.parse(logged) as { facts: unknown }).facts).toEqual(farm);
  });

  it('rotates by size, keeping maxFiles older files, each under the bound', async () => {
    const path = join(dir, 'rotate.ndjson');
    const server = await start({ decisionLog: { path, maxBytes: 4096, maxFiles: 2 } });
    const ids: string[] = [];
    // Five at a time, so records reach the log together and rotation must fall between them.
    for (let i = 0; i < 40; i += 5) {
      const answers = await Promise.all(
        [0, 1, 2, 3, 4].map((j) =>
          call(server, checker, 'POST', '/v1/evaluate', { body: { facts: { ...farm, floorAreaM2: i + j }, options: { asOf: AS_OF } } }),
        ),
      );
      ids.push(...answers.map((a) => a.headers.get('decision-id')!));
    }
    const ready = await call(server, checker, 'GET', '/readyz');
    await server.close();
    expect(existsSync(path)).toBe(true);
    expect(existsSync(`${path}.1`)).toBe(true);
    expect(existsSync(`${path}.2`)).toBe(true);
    expect(existsSync(`${path}.3`)).toBe(false);
    const records = [`${path}.2`, `${path}.1`, path].flatMap((file) => {
      expect(statSync(file).size).toBeLessThanOrEqual(4096);
      return readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { decisionId: string });
    });
    // The newest records are kept: every logged id is one answered, and the last five answered are all there.
    const logged = records.map((r) => r.decisionId);
    expect(logged.every((id) => ids.includes(id))).toBe(true);
    expect(logged).toEqual(expect.arrayContaining(ids.slice(-5)));
    expect(records.length).toBeLessThan(40);
    expect(new Set(records.map((r) => r.decisionId)).size).toBe(records.length);
    expect((ready.body as { decisionLog: { rotations: number; healthy: boolean } }).decisionLog.healthy).toBe(true);
  });

  it('a write failure is counted and makes /readyz 503 while answers go on', async () => {
    const server = await start({ decisionLog: { path: '/dev/full' } });
    try {
      const answer = await call(server, checker, 'POST', '/v1/evaluate', { body: { facts: farm, options: { asOf: AS_OF } } });
      expect(answer.status).toBe(200);
      const ready = await eventually(
        () => call(server, checker, 'GET', '/readyz'),
        (a) => a.status === 503,
      );
      expect(ready.status).toBe(503);
      expect(ready.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const body = ready.body as { status: number; decisionLog: { failed: number; healthy: boolean; lastError: string } };
      expect(body.decisionLog.failed).toBe(1);
      expect(body.decisionLog.healthy).toBe(false);
      expect(body.decisionLog.lastError).toMatch(/ENOSPC/);
      expect((await call(server, checker, 'POST', '/v1/evaluate', { body: { facts: farm, options: { asOf: AS_OF } } })).status).toBe(200);
      const metrics = await eventually(
        () => call(server, checker, 'GET', '/metrics'),
        (a) => /^landuse_decision_log_failed_total 2$/m.test(a.text),
      );
      expect(metrics.text).toMatch(/^landuse_decision_log_failed_total 2$/m);
    } finally {
      await server.close();
    }
  });

  it('a full buffer refuses records, counted as dropped, and /readyz says so', async () => {
    const server = await start({ decisionLog: { path: join(dir, 'small-buffer.ndjson'), maxBufferBytes: 64 } });
    try {
      expect((await call(server, checker, 'POST', '/v1/evaluate', { body: { facts: farm, options: { asOf: AS_OF } } })).status).toBe(200);
      const ready = await call(server, checker, 'GET', '/readyz');
      expect(ready.status).toBe(503);
      expect((ready.body as { decisionLog: { dropped: number } }).decisionLog.dropped).toBe(1);
    } finally {
      await server.close();
    }
  });
});

describe('landuse-rules serve (the built CLI)', () => {
  const cli = join(root, 'dist/cli.js');
  const run = (args: string[]) => {
    const child = spawn(process.execPath, [cli, 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const listening = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listening line: ${stderr}`)), 20_000);
      child.stderr.on('data', () => {
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      void exited.then(() => reject(new Error(`exited: ${stderr}`)));
    });
    listening.catch(() => {});
    return { child, exited, listening, stderr: () => stderr };
  };

  it('wrong options: exit 2 with one line', async () => {
    for (const args of [['--port', 'x'], ['--port', '70000'], ['--token-file', join(dir, 'missing')], ['--nope']]) {
      const { exited, stderr } = run(args);
      expect(await exited, args.join(' ')).toBe(2);
      expect(stderr().trim().split('\n')).toHaveLength(1);
    }
  });

  it('a decision log on standard output whose reader goes away is a counted write failure, not the end of the service', async () => {
    const { child, exited, listening } = run(['--port', '0']);
    const base = await listening;
    child.stdout!.destroy();
    const post = () => fetch(`${base}/v1/evaluate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ facts: farm }) });
    const ready = await eventually(
      async () => {
        expect((await post()).status).toBe(200);
        const response = await fetch(`${base}/readyz`);
        return { status: response.status, body: (await response.json()) as { decisionLog?: { failed: number } } };
      },
      (r) => r.status === 503,
    );
    expect(ready.status).toBe(503);
    expect(ready.body.decisionLog!.failed).toBeGreaterThan(0);
    expect(child.exitCode).toBeNull();
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('on SIGTERM stops accepting, finishes the request in flight, flushes the decision log and exits 0', async () => {
    const tokenFile = join(dir, 'token');
    writeFileSync(tokenFile, 'a-token-of-the-bureau-0123456789\n');
    const logPath = join(dir, 'shutdown.ndjson');
    const { child, exited, listening } = run(['--port', '0', '--decision-log', logPath, '--token-file', tokenFile]);
    const base = await listening;
    const port = Number(new URL(base).port);
    expect((await fetch(`${base}/v1/documents`)).status).toBe(401);
    const { socket, received, ended } = await rawSocket(port);
    socket.write(
      `POST /v1/evaluate/batch?asOf=${AS_OF} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer a-token-of-the-bureau-0123456789\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n`,
    );
    socket.write(chunk(`${JSON.stringify({ id: 'first', ...farm })}\n`));
    await eventually(
      async () => received(),
      (text) => text.includes('"line":1'),
    );
    child.kill('SIGTERM');
    // No new connections once it stops listening.
    const refused = await eventually(
      () =>
        fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) }).then(
          () => 'answered',
          (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? 'error',
        ),
      (outcome) => outcome === 'ECONNREFUSED',
    );
    expect(refused).toBe('ECONNREFUSED');
    socket.write(chunk(`${JSON.stringify({ id: 'second', ...farm })}\n${JSON.stringify({ id: 'third', ...farm })}\n`));
    socket.write('0\r\n\r\n');
    const response = await ended;
    const lines = dechunk(response.slice(response.indexOf('\r\n\r\n') + 4))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; decisionId: string });
    expect(lines.map((l) => l.id)).toEqual(['first', 'second', 'third']);
    expect(await exited).toBe(0);
    const logged = readFileSync(logPath, 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { decisionId: string }).decisionId);
    expect(logged).toEqual(lines.map((l) => l.decisionId));
  });
});
