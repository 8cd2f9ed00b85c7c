import { request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN_ROUTES } from '../src/server/index.js';
import { type Running, start } from './server-helpers.js';

/**
 * Who may ask, and what is admitted under load, is decided from the route the router matched.
 * The router decodes percent-escapes (/v1/%65valuate is /v1/evaluate): a check on the raw URL
 * let such a spelling reach every /v1 route and /metrics with no token and past every guard.
 */
const TOKEN = 'k3y-0f-the-bureau-5e6f7a8b9c0d';

/** A request sent as is: the path is not normalised by the client (fetch would). */
const raw = (server: Running, method: string, path: string, headers: Record<string, string> = {}, body?: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: server.port, method, path, headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });

/**
 * Every route the server registered, read from Fastify's route tree (printRoutes, one node a
 * line, indented by depth), with its methods: a route added later is walked too.
 */
const routeTable = (server: Running): { path: string; methods: string[] }[] => {
  const routes: { path: string; methods: string[] }[] = [];
  const stack: string[] = [];
  for (const line of server.app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([│ ]*)[├└]── (\S+)(?: \(([^)]*)\))?/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    stack.length = depth;
    stack.push(match[2]!);
    if (match[3]) routes.push({ path: stack.join(''), methods: match[3].split(', ') });
  }
  return routes;
};

/** A concrete path for a route pattern: parameters get a real rule's ids, a wildcard a file name. */
const concrete = (pattern: string): string =>
  pattern
    .replace('/:documentId|:id/:rule', '/gx-rural-land-2023/11-small-facility-agriculture-filing')
    .replace('/:documentId|:id', '/gx-rural-land-2023')
    .replace('*', 'index.css');

const isOpen = (pattern: string) => OPEN_ROUTES.includes(pattern) || pattern.startsWith('/docs/');

/** Other spellings of a path that a router may take for it: escapes, case, slashes, dot segments. */
const spelling = (path: string): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.array(fc.constantFrom('keep', 'escape-upper', 'escape-lower', 'upper'), { minLength: path.length, maxLength: path.length }),
      fc.constantFrom('', '/', '//', '/.', '/./', '/x/..', '?q=1', '#f', '%2F', '/%2e'),
      fc.constantFrom('', '/', '//', '/./', '/%2F'),
    )
    .map(([changes, suffix, prefix]) => {
      const body = [...path]
        .map((char, i) => {
          const change = changes[i]!;
          if (char === '/' || change === 'keep') return char;
          if (change === 'upper') return char.toUpperCase();
          const hex = char.charCodeAt(0).toString(16).padStart(2, '0');
          return `%${change === 'escape-upper' ? hex.toUpperCase() : hex}`;
        })
        .join('');
      return (prefix + body).replace(/^\/\//, '/') + suffix;
    });

describe('the token is checked on the matched route, whatever the spelling', () => {
  let server: Running;
  beforeAll(async () => {
    server = await start({ token: TOKEN });
  });
  afterAll(() => server.close());

  it('walks a route table that holds the decision routes, /metrics and the open routes', () => {
    const paths = routeTable(server).map((r) => r.path);
    for (const path of ['/v1/evaluate', '/v1/evaluate/batch', '/v1/rules', '/v1/documents', '/v1/facts', '/metrics', ...OPEN_ROUTES])
      expect(paths).toContain(path);
  });

  it('the escaped spellings of the attack itself are 401, not an answer', async () => {
    const facts = JSON.stringify({ facts: { projectType: 'facility-agriculture', siteAreaM2: 300 } });
    for (const path of ['/v1/%65valuate', '/v1/evaluat%65', '/%76%31/evaluate', '/v1/%72ules', '/%6detrics', '/v1/rules/%67x-rural-land-2023'])
      expect(
        (await raw(server, path.includes('valuat') ? 'POST' : 'GET', path, { 'content-type': 'application/json' }, path.includes('valuat') ? facts : undefined))
          .status,
        path,
      ).toBe(401);
  });

  it('every registered route but the open ones needs the token, in every spelling and method (fuzzed)', async () => {
    const guarded = routeTable(server).filter((route) => !isOpen(route.path));
    expect(guarded.length).toBeGreaterThanOrEqual(7);
    let reached = 0;
    let sent = 0;
    for (const route of guarded) {
      await fc.assert(
        fc.asyncProperty(spelling(concrete(route.path)), fc.constantFrom(...route.methods), async (path, method) => {
          const answer = await raw(
            server,
            method,
            path,
            method === 'POST' ? { 'content-type': 'application/json' } : {},
            method === 'POST' ? '{"facts":{}}' : undefined,
          );
          sent += 1;
          if (answer.status !== 401) reached += 1;
          expect(answer.status, `${method} ${path}`).toBe(401);
        }),
        { numRuns: 40 },
      );
    }
    expect(sent).toBeGreaterThanOrEqual(280);
    expect(reached).toBe(0);
  });

  it('with the token the same routes answer; an unknown path is 401 without it and 404 with it', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    expect((await raw(server, 'GET', '/v1/%72ules', auth)).status).toBe(200);
    expect((await raw(server, 'GET', '/metrics', auth)).status).toBe(200);
    expect((await raw(server, 'GET', '/v2/nothing')).status).toBe(401);
    expect((await raw(server, 'GET', '/v2/nothing', auth)).status).toBe(404);
  });

  it('the open routes answer without the token', async () => {
    for (const path of ['/healthz', '/readyz', '/openapi.json', '/docs/json']) expect((await raw(server, 'GET', path)).status, path).toBe(200);
  });
});

describe('admission is decided on the matched route too', () => {
  let server: Running;
  beforeAll(async () => {
    // A heap bound of one byte: once @fastify/under-pressure has sampled, every decision route is over it.
    server = await start({ maxHeapUsedBytes: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1200));
  }, 10_000);
  afterAll(() => server.close());

  it('an escaped spelling of a decision route is refused with 503 like the plain one; health still answers', async () => {
    for (const path of ['/v1/rules', '/v1/%72ules', '/%76%31/documents', '/v1/rules/%67x-rural-land-2023'])
      expect((await raw(server, 'GET', path)).status, path).toBe(503);
    expect((await raw(server, 'POST', '/v1/%65valuate', { 'content-type': 'application/json' }, '{"facts":{}}')).status).toBe(503);
    expect((await raw(server, 'GET', '/healthz')).status).toBe(200);
  });
});
