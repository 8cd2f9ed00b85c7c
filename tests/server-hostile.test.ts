/**
 * Hostile edges of the decision service, round 2: each test reproduces an attack (or a failure
 * of the disk) and shows its handling — a 4xx problem+json, bounded memory, nothing lost or
 * half-written.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { compactReport, evaluateSync, untypedFacts } from '../src/index.js';
import { shutDown } from '../src/server/cli.js';
import { createServer, DecisionLog, DecisionLogOpenError, type LogFile, type OpenLogFile } from '../src/server/index.js';
import { call, chunk, dechunk, eventually, rawSocket, ResponseChecker, start } from './server-helpers.js';

const root = join(import.meta.dirname, '..');
const AS_OF = '2025-06-30';
const farm = { projectType: 'facility-agriculture', siteAreaM2: 600, floorAreaM2: 100 };
const dir = mkdtempSync(join(tmpdir(), 'landuse-hostile-'));

let checker: ResponseChecker;
beforeAll(async () => {
  const probe = await start();
  checker = new ResponseChecker((await (await fetch(`${probe.base}/openapi.json`)).json()) as never);
  await probe.close();
});

/** A decision log on a stream, and the records it received so far. */
const streamLog = (extra: { failOn?: string } = {}) => {
  const out = new PassThrough();
  let text = '';
  out.on('data', (c: Buffer) => (text += c.toString('utf8')));
  const log = new DecisionLog({ path: '-', stdout: out });
  if (extra.failOn !== undefined) {
    const appendLine = log.appendLine.bind(log);
    const marker = extra.failOn;
    log.appendLine = (json) => {
      if (json.includes(marker)) throw new Error('injected failure');
      return appendLine(json);
    };
  }
  return { log, records: () => text.split('\n').filter(Boolean) };
};

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/**
 * A disk of `free` bytes (Infinity: unbounded), as the log sees it: a write takes what fits,
 * then fails with ENOSPC, as a real full disk does. `freeSpace` changes it between writes;
 * `failTruncate` makes the truncate fail too (an I/O error while cleaning up).
 */
const smallDisk = () => {
  const disk = { free: Number.POSITIVE_INFINITY, failTruncate: false, opens: 0 };
  const openFile: OpenLogFile = async (path) => {
    disk.opens += 1;
    const handle = await open(path, 'a+');
    const file: LogFile = {
      write: async (buffer, offset, length) => {
        if (disk.free <= 0) throw enospc();
        const bytes = Math.min(length, disk.free);
        const { bytesWritten } = await handle.write(buffer, offset, bytes);
        disk.free -= bytesWritten;
        return { bytesWritten };
      },
      read: (buffer, offset, length, position) => handle.read(buffer, offset, length, position),
      truncate: async (length) => {
        if (disk.failTruncate) throw Object.assign(new Error('EIO: i/o error, ftruncate'), { code: 'EIO' });
        await handle.truncate(length);
      },
      stat: () => handle.stat(),
      close: () => handle.close(),
    };
    return file;
  };
  return { disk, openFile };
};

const record = (n: number) => ({ decisionId: `d-${n}`, padding: 'x'.repeat(200) });
const linesOf = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { decisionId: string });

describe('decision-log integrity', () => {
  it('a write cut short by a full disk leaves no partial record: the file is cut back, the lost records are counted as failed', async () => {
    const path = join(dir, 'full-disk.ndjson');
    const { disk, openFile } = smallDisk();
    const log = new DecisionLog({ path, openFile });
    await log.open();
    log.append(record(1));
    log.append(record(2));
    await log.flush();
    // Room for part of one record: the write of the next two (one chunk) goes out in part, then fails.
    disk.free = 100;
    log.append(record(3));
    log.append(record(4));
    await log.flush();
    expect(log.stats()).toMatchObject({ written: 2, failed: 2, healthy: false, lastError: expect.stringMatching(/ENOSPC/) });
    expect(linesOf(path).map((r) => r.decisionId)).toEqual(['d-1', 'd-2']);
    // Space again: the next record starts on a line of its own, and the log is healthy.
    disk.free = Number.POSITIVE_INFINITY;
    log.append(record(5));
    await log.close();
    expect(linesOf(path).map((r) => r.decisionId)).toEqual(['d-1', 'd-2', 'd-5']);
    expect(readFileSync(path, 'utf8').endsWith('\n')).toBe(true);
    expect(log.stats()).toMatchObject({ written: 3, failed: 2, dropped: 0, healthy: true });
  });

  it('when the cut fails too, the torn record is cut when the file is next opened', async () => {
    const path = join(dir, 'torn.ndjson');
    const { disk, openFile } = smallDisk();
    const log = new DecisionLog({ path, openFile });
    await log.open();
    log.append(record(1));
    await log.flush();
    disk.free = 50;
    disk.failTruncate = true;
    log.append(record(2));
    await log.flush();
    expect(readFileSync(path, 'utf8').endsWith('\n')).toBe(false);
    disk.free = Number.POSITIVE_INFINITY;
    disk.failTruncate = false;
    log.append(record(3));
    await log.close();
    expect(linesOf(path).map((r) => r.decisionId)).toEqual(['d-1', 'd-3']);
    expect(log.stats()).toMatchObject({ written: 2, failed: 1, healthy: true });
    // A file torn by a process killed in a write is mended the same way by the next start.
    const killed = join(dir, 'killed.ndjson');
    const handle = await open(killed, 'w');
    await handle.write(`${JSON.stringify(record(1))}\n{"decisionId":"d-2","pad`);
    await handle.close();
    const next = new DecisionLog({ path: killed });
    await next.open();
    next.append(record(3));
    await next.close();
    expect(linesOf(killed).map((r) => r.decisionId)).toEqual(['d-1', 'd-3']);
  });

  it('records before a failure in the middle of an append (across a rotation) are counted as written, not failed', async () => {
    const path = join(dir, 'rotate-full.ndjson');
    const { disk, openFile } = smallDisk();
    const log = new DecisionLog({ path, openFile, maxBytes: 600, maxFiles: 1 });
    await log.open();
    // Two records fill a file; the third rotates, and its write fails.
    disk.free = 2 * (JSON.stringify(record(0)).length + 1) + 10;
    for (let n = 1; n <= 3; n++) log.append(record(n));
    await log.close();
    expect(log.stats()).toMatchObject({ written: 2, failed: 1, rotations: 1 });
    expect(linesOf(`${path}.1`).map((r) => r.decisionId)).toEqual(['d-1', 'd-2']);
    expect(readFileSync(path, 'utf8')).toBe('');
  });

  it('a log in a folder that does not exist fails the start, naming the path', async () => {
    const path = join(dir, 'no-such-folder', 'decisions.ndjson');
    await expect(createServer({ decisionLog: { path } })).rejects.toThrow(DecisionLogOpenError);
    await expect(createServer({ decisionLog: { path } })).rejects.toThrow(/cannot open the decision log .*no-such-folder.*ENOENT/);
  });

  it('landuse-rules serve with such a log exits 2 with one line', async () => {
    const child = spawn(process.execPath, [join(root, 'dist/cli.js'), 'serve', '--port', '0', '--decision-log', join(dir, 'missing', 'log.ndjson')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^landuse-rules: cannot open the decision log .*missing.*ENOENT$/)]);
  });

  it('when the shutdown timeout falls during a batch, every answered decision is in the log, every line whole', async () => {
    const path = join(dir, 'shutdown-timeout.ndjson');
    // A slow disk: each write takes a while, so records are still queued when the timeout falls.
    const slowOpen: OpenLogFile = async (file) => {
      const handle = await open(file, 'a+');
      return {
        write: async (buffer, offset, length) => {
          await new Promise((resolve) => setTimeout(resolve, 150));
          return handle.write(buffer, offset, length);
        },
        read: (buffer, offset, length, position) => handle.read(buffer, offset, length, position),
        truncate: (length) => handle.truncate(length),
        stat: () => handle.stat(),
        close: () => handle.close(),
      };
    };
    const log = new DecisionLog({ path, openFile: slowOpen });
    const server = await start({ decisionLog: log, requestTimeout: 0 });
    const { socket, received, ended } = await rawSocket(server.port);
    socket.write(
      `POST /v1/evaluate/batch?asOf=${AS_OF} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n`,
    );
    for (let i = 0; i < 5; i++) socket.write(chunk(`${JSON.stringify({ id: i, ...farm })}\n`));
    await eventually(
      async () => received(),
      (text) => text.includes('"line":5'),
    );
    // The batch never ends: the timeout falls.
    const said: string[] = [];
    const code = await shutDown(server.app, log, 100, (line) => said.push(line));
    expect(code).toBe(1);
    expect(said.join('\n')).toMatch(/still in flight/);
    const response = await ended;
    const answered = dechunk(response.slice(response.indexOf('\r\n\r\n') + 4))
      .split('\n')
      .flatMap((l) => {
        // The connection was ended by the timeout: its last line may be cut.
        try {
          return [(JSON.parse(l) as { decisionId: string }).decisionId];
        } catch {
          return [];
        }
      });
    expect(answered.length).toBeGreaterThanOrEqual(5);
    const logged = linesOf(path).map((r) => r.decisionId);
    expect(logged).toEqual(expect.arrayContaining(answered));
    expect(log.stats()).toMatchObject({ failed: 0, dropped: 0, buffered: 0 });
  });
});

/** JSON text of an array nested `depth` levels deep. */
const deepJson = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('deeply nested JSON', () => {
  it('an unknown fact nested 5,000 levels is answered as evaluateSync answers it, and logged as one whole record', async () => {
    const { log, records } = streamLog();
    const server = await start({ decisionLog: log, logFacts: true });
    try {
      const raw = `{"facts":{"siteAreaM2":600,"projectType":"facility-agriculture","floorAreaM2":100,"notes":${deepJson(5000)}},"options":{"asOf":"${AS_OF}"}}`;
      const answer = await call(server, checker, 'POST', '/v1/evaluate', { raw });
      expect(answer.status).toBe(200);
      const facts = (JSON.parse(raw) as { facts: unknown }).facts;
      const { decisionId: _, ...report } = answer.body as Record<string, unknown>;
      expect(report).toEqual(
        JSON.parse(JSON.stringify(compactReport(evaluateSync(untypedFacts(facts), { asOf: AS_OF }), { results: 'concerned', citations: 'full' }))),
      );
      await log.flush();
      const [line] = records();
      const record = JSON.parse(line!) as { factsHash: string; facts: Record<string, unknown> };
      // Keys sorted, as the hash reads them; the deep value is kept whole.
      const sorted = `{"floorAreaM2":100,"notes":${deepJson(5000)},"projectType":"facility-agriculture","siteAreaM2":600}`;
      expect(record.factsHash).toBe(`sha256:${createHash('sha256').update(sorted).digest('hex')}`);
      expect(line).toContain(`"facts":${sorted}}`);
    } finally {
      await server.close();
    }
  });

  it('the facts hash is the one of the recursive version: SHA-256 of the facts with keys sorted', async () => {
    const { log, records } = streamLog();
    const server = await start({ decisionLog: log });
    try {
      const facts = { siteAreaM2: 600, projectType: 'facility-agriculture', floorAreaM2: 100, extra: [{ b: 1, a: [null, 'x'] }, {}, []] };
      await call(server, checker, 'POST', '/v1/evaluate', { body: { facts, options: { asOf: AS_OF } } });
      await log.flush();
      const sorted = '{"extra":[{"a":[null,"x"],"b":1},{},[]],"floorAreaM2":100,"projectType":"facility-agriculture","siteAreaM2":600}';
      expect((JSON.parse(records()[0]!) as { factsHash: string }).factsHash).toBe(`sha256:${createHash('sha256').update(sorted).digest('hex')}`);
    } finally {
      await server.close();
    }
  });

  it('in a batch, a deep line is answered in its place, and the lines around it are delivered', async () => {
    const { log, records } = streamLog();
    const server = await start({ decisionLog: log });
    try {
      const body = [JSON.stringify({ id: 'a', ...farm }), `{"id":"deep","notes":${deepJson(5000)}}`, JSON.stringify({ id: 'c', ...farm })].join('\n');
      const answer = await call(server, checker, 'POST', '/v1/evaluate/batch', { query: `asOf=${AS_OF}`, raw: body, contentType: 'application/x-ndjson' });
      expect(answer.status).toBe(200);
      const lines = answer.text
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: string; decisionId?: string; error?: unknown });
      expect(lines.map((l) => l.id)).toEqual(['a', 'deep', 'c']);
      expect(lines.every((l) => l.decisionId !== undefined && l.error === undefined)).toBe(true);
      await log.flush();
      expect(records().map((r) => (JSON.parse(r) as { decisionId: string }).decisionId)).toEqual(lines.map((l) => l.decisionId));
    } finally {
      await server.close();
    }
  });

  it("in a batch, a line that fails is that line's error: the lines before and after it are delivered", async () => {
    const { log, records } = streamLog({ failOn: 'poison' });
    const server = await start({ decisionLog: log, logFacts: true });
    try {
      const body = ['a', 'poison', 'c'].map((id) => JSON.stringify({ id, ...farm })).join('\n');
      const answer = await call(server, checker, 'POST', '/v1/evaluate/batch', { query: `asOf=${AS_OF}`, raw: body, contentType: 'application/x-ndjson' });
      const lines = answer.text
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: string; decisionId?: string; error?: { status: number } });
      expect(lines.map((l) => l.id)).toEqual(['a', 'poison', 'c']);
      expect(lines[1]!.error?.status).toBe(500);
      expect(lines[0]!.decisionId).toBeDefined();
      expect(lines[2]!.decisionId).toBeDefined();
      await log.flush();
      expect(records().map((r) => (JSON.parse(r) as { decisionId: string }).decisionId)).toEqual([lines[0]!.decisionId, lines[2]!.decisionId]);
    } finally {
      await server.close();
    }
  });
});

const batchHead = (extra = '') =>
  `POST /v1/evaluate/batch?asOf=${AS_OF} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n${extra}\r\n`;

describe('batch slowloris', () => {
  it('a batch that sends a byte at a time, never a whole line, is ended after the timeout, its whole lines answered', async () => {
    const server = await start({ requestTimeout: 400 });
    try {
      const { socket, received, ended } = await rawSocket(server.port);
      socket.write(batchHead());
      socket.write(chunk(`${JSON.stringify({ id: 'whole', ...farm })}\n`));
      let closed = false;
      void ended.then(() => (closed = true));
      // One byte every 100 ms, each well within the timeout: the old timer was reset by every one.
      // Sent for 25 times the timeout, long enough to see it ended on a busy machine.
      for (let i = 0; i < 100 && !closed; i++) {
        if (!socket.destroyed) socket.write(chunk(' '));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(closed).toBe(true);
      expect(received()).toContain('"id":"whole"');
    } finally {
      await server.close();
    }
  });

  it('beyond maxBatchesPerClient open streams, a client gets 429 problem+json with Retry-After; its other calls and a freed place still work', async () => {
    const server = await start({ maxBatchesPerClient: 2, retryAfter: 3, requestTimeout: 0 });
    try {
      const held = await Promise.all([rawSocket(server.port), rawSocket(server.port)]);
      for (const { socket } of held) socket.write(batchHead());
      for (const { socket } of held) socket.write(chunk(`${JSON.stringify({ id: 'held', ...farm })}\n`));
      for (const { received } of held)
        await eventually(
          async () => received(),
          (text) => text.includes('"id":"held"'),
        );
      const refused = await call(server, checker, 'POST', '/v1/evaluate/batch', {
        query: `asOf=${AS_OF}`,
        raw: JSON.stringify(farm),
        contentType: 'application/x-ndjson',
      });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(refused.headers.get('retry-after')).toBe('3');
      // A refused stream that goes on sending is not kept: the server ends the connection.
      const third = await rawSocket(server.port);
      let endedByServer = false;
      third.socket.once('end', () => (endedByServer = true));
      third.socket.write(batchHead());
      third.socket.write(chunk(`${JSON.stringify(farm)}\n`));
      expect(await third.ended).toMatch(/^HTTP\/1\.1 429 [\s\S]*connection: close/i);
      expect(endedByServer).toBe(true);
      expect((await call(server, checker, 'POST', '/v1/evaluate', { body: { facts: farm, options: { asOf: AS_OF } } })).status).toBe(200);
      // One stream ends: its place is free again.
      held[0]!.socket.write('0\r\n\r\n');
      held[0]!.socket.end();
      await held[0]!.ended;
      const admitted = await eventually(
        () => call(server, checker, 'POST', '/v1/evaluate/batch', { query: `asOf=${AS_OF}`, raw: JSON.stringify(farm), contentType: 'application/x-ndjson' }),
        (answer) => answer.status === 200,
      );
      expect(admitted.status).toBe(200);
      held[1]!.socket.destroy();
    } finally {
      await server.close();
    }
  });
});

/** One raw request on its own connection: the status, the headers (lower-cased) and the parsed body. */
const rawRequest = async (port: number, head: string, body = '') => {
  const { socket, ended } = await rawSocket(port);
  socket.write(`${head}Connection: close\r\n\r\n${body}`);
  // An interim 100 Continue is passed over: the final answer is what is looked at.
  const response = (await ended).replace(/^HTTP\/1\.1 100 Continue\r\n\r\n/, '');
  const split = response.indexOf('\r\n\r\n');
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1]);
  const headers = response.slice(0, split).toLowerCase();
  const text = response.slice(split + 4);
  return {
    status,
    headers,
    body: text && headers.includes('application/problem+json') ? (JSON.parse(text) as { status: number; detail?: string }) : undefined,
  };
};

describe('problem+json for every error', () => {
  const TOKEN = 'a-token-of-the-bureau-0123456789';
  const badPaths = ['/v1/rules/%', '/v1/rules/%E0%A4%A', '/%zz', '/v1/%ZZvaluate'];
  const longPaths = [`/v1/rules/${'a'.repeat(200)}`, `/v1/rules/gx-rural-land-2023/${'b'.repeat(150)}`];

  it('bad percent-encoding is 400 and an over-long path parameter 414, as problem+json', async () => {
    const server = await start();
    try {
      for (const [paths, status] of [
        [badPaths, 400],
        [longPaths, 414],
      ] as const) {
        for (const path of paths) {
          const answer = await rawRequest(server.port, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n`);
          expect(answer.status, path).toBe(status);
          expect(answer.headers, path).toMatch(/content-type: application\/problem\+json/);
          checker.component('Problem', answer.body);
          expect(answer.body!.status).toBe(status);
        }
      }
    } finally {
      await server.close();
    }
  });

  it('with a token, they are 401 without it (which paths take a parameter is not told) and 400/414 with it', async () => {
    const server = await start({ token: TOKEN });
    try {
      for (const path of [...badPaths, ...longPaths]) {
        const stranger = await rawRequest(server.port, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n`);
        expect(stranger.status, path).toBe(401);
        expect(stranger.headers).toMatch(/www-authenticate: bearer/);
        checker.component('Problem', stranger.body);
        const known = await rawRequest(server.port, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${TOKEN}\r\n`);
        expect(known.status, path).toBe(path.length > 100 ? 414 : 400);
        checker.component('Problem', known.body);
      }
    } finally {
      await server.close();
    }
  });

  it('an Expect other than 100-continue is 417 problem+json; 100-continue still works', async () => {
    const server = await start();
    try {
      const body = JSON.stringify({ facts: farm, options: { asOf: AS_OF } });
      const head = `POST /v1/evaluate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n`;
      const bogus = await rawRequest(server.port, `${head}Expect: bogus\r\n`, body);
      expect(bogus.status).toBe(417);
      expect(bogus.headers).toMatch(/content-type: application\/problem\+json/);
      checker.component('Problem', bogus.body);
      expect(bogus.body!.detail).toMatch(/bogus/);
      const proper = await rawRequest(server.port, `${head}Expect: 100-continue\r\n`, body);
      expect(proper.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('a batch body that names a charset other than UTF-8 or GB18030 is 415 problem+json, as the README says; UTF-8 and GBK/GB18030 are read', async () => {
    const server = await start();
    try {
      const raw = `${JSON.stringify({ id: 1, ...farm })}\n`;
      for (const charset of ['latin1', 'utf-16', 'big5']) {
        const answer = await call(server, checker, 'POST', '/v1/evaluate/batch', {
          query: `asOf=${AS_OF}`,
          raw,
          contentType: `application/x-ndjson; charset=${charset}`,
        });
        expect(answer.status, charset).toBe(415);
        expect((answer.body as { detail: string }).detail).toContain(`charset=${charset}`);
      }
      for (const charset of ['utf-8', 'UTF8', '"utf-8"', 'gbk', 'gb18030', 'GB2312']) {
        const answer = await call(server, checker, 'POST', '/v1/evaluate/batch', {
          query: `asOf=${AS_OF}`,
          raw,
          contentType: `application/x-ndjson; charset=${charset}`,
        });
        expect(answer.status, charset).toBe(200);
      }
    } finally {
      await server.close();
    }
  });
});
