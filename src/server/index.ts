/**
 * landuse-rules/server: the decision service — the library over HTTP for systems that cannot
 * import TypeScript. Fastify with @fastify/swagger (OpenAPI 3.1 at /openapi.json, generated
 * from the library's zod schemas) and an offline API reference at /docs. Forms never load this.
 */
import * as crypto from 'node:crypto';
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { Socket } from 'node:net';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import underPressure from '@fastify/under-pressure';
import * as z from 'zod';
import { compactReport, type CompactOptions } from '../core/compact.js';
import { decodeLine, encodingNamed } from '../core/encoding.js';
import type { Report } from '../core/report.js';
import { OptionError, resolveOptions, type UntypedEvaluateOptions } from '../core/options.js';
import { DOMAIN } from '../evaluation/domain.js';
import { normaliseFacts, withValueChanges } from '../facts/normalise.js';
import type { Locale } from '../core/locale.js';
import { factsJsonSchema } from '../facts/json-schema.js';
import { DOCUMENTS } from '../rules/documents.js';
import { listRules, RULE_BY_ID, RULES, ruleInfo } from '../rules/index.js';
import { evaluateSync } from '../sync.js';
import { DecisionLog, type DecisionLogOptions } from './decision-log.js';
import { Metrics } from './metrics.js';
import { type InputLine, splitLines } from './ndjson.js';
import { type FieldError, problem, type Problem, PROBLEM_TYPE, rawProblemResponse, sendProblem } from './problem.js';
import { batchQuerySchema, evaluateQuerySchema, evaluateRequestSchema, openApiComponents, rulesQuerySchema } from './schemas.js';
import pkg from '../../package.json' with { type: 'json' };
import liuzhou from '../../examples/liuzhou.json' with { type: 'json' };
import pilotCity from '../../examples/pilot-city.json' with { type: 'json' };

export { DecisionLog, DecisionLogOpenError, type DecisionLogOptions, type DecisionLogStats, type LogFile, type OpenLogFile } from './decision-log.js';
export type { Problem, FieldError } from './problem.js';

/** Request examples in the OpenAPI document: cases from examples/, bundled at build time. */
const EXAMPLE_REQUESTS = {
  facilityFiling: { summary: String(liuzhou[0]?.case), value: { facts: liuzhou[0], options: { asOf: '2025-06-30', jurisdiction: '450200', locale: 'en' } } },
  villagePlan: { summary: String(liuzhou[1]?.case), value: { facts: liuzhou[1], options: { asOf: '2025-06-30', jurisdiction: '450200' } } },
  pilotIndustrial: { summary: String(pilotCity[0]?.case), value: { facts: pilotCity[0], options: { asOf: '2025-06-30', jurisdiction: 'pilot-city' } } },
};

export interface ServerOptions {
  /** Largest JSON body in bytes (default 1 MiB); larger ones get 413. Batch lines have their own limit. */
  readonly bodyLimit?: number;
  /**
   * Milliseconds (default 30 000; 0: none) within which headers, and a JSON body, must arrive
   * in full, else 408. A batch body streams for as long as it takes, but may not stall: no
   * input for this long ends the connection.
   */
  readonly requestTimeout?: number;
  /** Requests answered at once beyond which /v1 requests get 503 with Retry-After (default 256). */
  readonly maxInFlight?: number;
  /**
   * Milliseconds (default 50; 0: not checked) a /v1 request may have waited for the requests
   * that became ready with it to be answered; beyond it, it gets 503 with Retry-After at once.
   * Requests that arrive together are answered in one turn of the event loop, one after the
   * other, so under overload the wait grows there — in the sockets, not in the count of
   * requests in flight, which stays low while every answer takes a fraction of a millisecond.
   */
  readonly maxQueueDelay?: number;
  /**
   * Mean event-loop delay in ms over each second beyond which /v1 requests get 503 with
   * Retry-After (default 1000; 0: not checked): a backstop for what blocks the loop other than
   * answering requests. Lower, it also fired on the loading and compiling of a fresh start.
   */
  readonly maxEventLoopDelay?: number;
  /** Heap in bytes beyond which /v1 requests get 503 (default: not checked). */
  readonly maxHeapUsedBytes?: number;
  /** Seconds given in Retry-After (default 1). */
  readonly retryAfter?: number;
  /** Bearer token every route but the open ones (OPEN_ROUTES) requires; none when absent. */
  readonly token?: string;
  /** Where decisions are logged: a DecisionLog (the caller closes it) or options for one this server owns. */
  readonly decisionLog?: DecisionLog | DecisionLogOptions;
  /** Put the facts themselves in the decision log, not only their hash. */
  readonly logFacts?: boolean;
  /** Origins allowed by CORS; CORS is off when absent. */
  readonly corsOrigins?: readonly string[];
  /**
   * Batch streams one client (remote address) may have open at once (default 8; 0: no limit);
   * beyond it, 429 with Retry-After. A stream that sends one record per request timeout holds
   * its place for ever; without this bound, maxInFlight such streams from one client shut every
   * other client out. Behind a reverse proxy every client has the proxy's address: raise it there.
   */
  readonly maxBatchesPerClient?: number;
  /** Largest batch line in bytes (default 1 MiB); a longer line is reported as that line's error. */
  readonly maxLineBytes?: number;
  /** Fastify's request log (pino) to standard error; off by default. */
  readonly logger?: boolean;
}

/** Everything a decision is judged by: the catalogue's JSON and the source of its functions. */
const hashRuleSet = (): string => {
  const text = JSON.stringify(RULES, (_key, value: unknown) => (typeof value === 'function' ? String(value) : value));
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
};

/**
 * JSON with object keys sorted, so the same facts hash alike whatever their key order; also the
 * facts' text in the decision log. Iterative, with its own stack: a fact nested a few thousand
 * levels deep (an unknown key, which evaluation ignores) overflowed the call stack of the
 * recursive version, a 500 for one request and a cut response for a whole batch. Built in one
 * string: it runs once per decision.
 */
const canonical = (root: unknown): string => {
  /** An array or object being written: its items (an object's values, keys sorted) and the next to write. */
  interface Open {
    readonly items: readonly unknown[];
    readonly keys: readonly string[] | undefined;
    next: number;
  }
  const stack: Open[] = [];
  let out = '';
  let value = root;
  for (;;) {
    if (value === null || typeof value !== 'object') out += JSON.stringify(value) ?? 'null';
    else if (Array.isArray(value)) {
      out += '[';
      stack.push({ items: value, keys: undefined, next: 0 });
    } else {
      const record = value as Record<string, unknown>;
      const keys: string[] = [];
      const items: unknown[] = [];
      for (const key of Object.keys(record).sort()) {
        const item = record[key];
        if (item === undefined) continue;
        keys.push(key);
        items.push(item);
      }
      out += '{';
      stack.push({ items, keys, next: 0 });
    }
    // The next value to write, closing every array and object that has no more.
    for (;;) {
      const top = stack[stack.length - 1];
      if (top === undefined) return out;
      if (top.next < top.items.length) {
        const i = top.next++;
        if (i > 0) out += ',';
        if (top.keys) out += `${JSON.stringify(top.keys[i])}:`;
        value = top.items[i];
        break;
      }
      out += top.keys ? '}' : ']';
      stack.pop();
    }
  }
};
// One-shot hashing (Node ≥ 20.12) skips the Hash object a digest of a few hundred bytes does not need.
const sha256 =
  typeof crypto.hash === 'function' ? (text: string) => crypto.hash('sha256', text, 'hex') : (text: string) => createHash('sha256').update(text).digest('hex');

const pointerOf = (path: readonly PropertyKey[], root: string): string =>
  `${root}${path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')}`;

const zodErrors = (error: z.ZodError, root: string): FieldError[] =>
  error.issues.map((issue) => ({ pointer: pointerOf(issue.path, root), detail: issue.message }));

/** Options checked as evaluate checks them (throws OptionError), without evaluating any rule. */
const checkOptions = (options: UntypedEvaluateOptions): void => {
  resolveOptions(options, RULES, DOMAIN);
};

/**
 * The options' problem, naming every invalid option, not only the first the library stopped at:
 * each other option is tried alone (on the error path only), so a caller fixes them in one go.
 */
const optionProblem = (error: OptionError, root: string, options: UntypedEvaluateOptions | undefined): Problem => {
  const errors = [error];
  for (const [name, value] of Object.entries(options ?? {})) {
    if (name === error.option || error.option.startsWith(`${name}/`)) continue;
    try {
      checkOptions({ [name]: value });
    } catch (other) {
      if (other instanceof OptionError) errors.push(other);
      else throw other;
    }
  }
  return problem('invalid-request', 400, errors.map((e) => e.message).join('; '), {
    errors: errors.map((e) => ({ pointer: e.option === 'options' ? root : `${root}/${e.option}`, detail: e.message })),
  });
};

/** The query string as zod reads it: one value per name (a repeated name is a list, which the schema refuses). */
const queryOf = (request: FastifyRequest): Record<string, unknown> => (request.query ?? {}) as Record<string, unknown>;

const isEmpty = (record: Record<string, unknown>): boolean => {
  for (const _ in record) return false;
  return true;
};
const DEFAULT_EVALUATE_QUERY = evaluateQuerySchema.safeParse({});

/**
 * Batch answers go out in slices of about this many characters, with a turn of the event loop
 * after each: a chunk of input holds hundreds of lines, and answering it whole kept them all
 * alive until the next scavenge (promoted, they grew the heap to twice its size before a full
 * collection) and held off every other request while it was evaluated.
 */
const OUTPUT_SLICE = 64 * 1024;
// A client that sends faster than we evaluate keeps input buffered, and the stream then
// resolves every read in a microtask: without these turns one batch starved the other
// requests, the timers and the decision log's writes (its records piled up until dropped).
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

const tokenDigest = (token: string): Buffer => createHash('sha256').update(token).digest();

/** The token an Authorization header carries, if it is a well-formed Bearer one. */
const bearerOf = (header: string | undefined): string | undefined =>
  typeof header === 'string' && /^Bearer [\x21-\x7e]+$/i.test(header) ? header.slice(7) : undefined;

/**
 * Whether an Authorization header carries the token whose digest is `expected`: one check for
 * the onRequest hook and for the answers Fastify gives before any hook runs (frameworkErrors).
 * Digests of equal length, compared in constant time: neither the token nor its length leaks.
 */
const bearerMatches = (header: string | undefined, expected: Buffer): boolean => {
  const given = bearerOf(header);
  return given !== undefined && timingSafeEqual(tokenDigest(given), expected);
};

/** The longest path parameter the router reads (Fastify's default): a rule id is far shorter. */
const MAX_PARAM_LENGTH = 100;

/** The charset a Content-Type names, lower-cased; undefined when it names none. */
const charsetOf = (contentType: string | undefined): string | undefined => /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();

/** A JSON body as text: UTF-8 unless the Content-Type names GB18030 (or GBK, its subset); bytes that are not valid in it are refused. */
const decodeJsonBody = (body: Buffer, contentType: string | undefined): string | { status: number; error: string } => {
  const charset = charsetOf(contentType);
  const encoding = charset === undefined ? 'utf-8' : encodingNamed(charset);
  if (encoding === undefined) return { status: 415, error: `charset=${charset} is not read: send UTF-8, or GB18030 (charset=gb18030)` };
  const text = decodeLine(body, encoding);
  if (typeof text === 'string') return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (encoding === 'gb18030') return { status: 400, error: `the body is not valid ${charset!.toUpperCase()}` };
  const hint =
    typeof decodeLine(body, 'gb18030') === 'string' ? ' (it reads as GB18030/GBK: send UTF-8, or say Content-Type: application/json; charset=gb18030)' : '';
  return { status: 400, error: `the body is not valid UTF-8${hint}` };
};

/** The route the router matched (its pattern, '/v1/rules/:id'), or undefined when none did. */
const routeOf = (request: FastifyRequest): string | undefined => (request.is404 ? undefined : request.routeOptions.url);

/** The decision and catalogue routes: admitted under load only within the bounds. */
const isDecisionRoute = (route: string | undefined): boolean => route?.startsWith('/v1/') === true;

const BATCH_ROUTE = '/v1/evaluate/batch';

/**
 * The routes anyone may ask, token or not: liveness and readiness (a supervisor has no token)
 * and the API's own description. Every other route, /metrics included, needs the token.
 */
export const OPEN_ROUTES: readonly string[] = ['/healthz', '/readyz', '/openapi.json', '/docs'];
const isOpenRoute = (route: string | undefined): boolean => route !== undefined && (OPEN_ROUTES.includes(route) || route.startsWith('/docs/'));

export const createServer = async (options: ServerOptions = {}): Promise<FastifyInstance> => {
  const bodyLimit = options.bodyLimit ?? 1024 * 1024;
  const requestTimeout = options.requestTimeout ?? 30_000;
  const maxInFlight = options.maxInFlight ?? 256;
  const maxQueueDelay = options.maxQueueDelay ?? 50;
  const retryAfter = options.retryAfter ?? 1;
  const maxLineBytes = options.maxLineBytes ?? 1024 * 1024;
  const maxBatchesPerClient = options.maxBatchesPerClient ?? 8;
  /** Batch streams open, by remote address; an address is removed when its last stream closes. */
  const openBatches = new Map<string, number>();
  const ownsLog = options.decisionLog !== undefined && !(options.decisionLog instanceof DecisionLog);
  const log =
    options.decisionLog === undefined ? undefined : options.decisionLog instanceof DecisionLog ? options.decisionLog : new DecisionLog(options.decisionLog);
  // A log that cannot be written (a missing folder, no permission) fails the start, with
  // a DecisionLogOpenError naming it: it used to start and say ready, then lose every record.
  await log?.open();
  const metrics = new Metrics();
  const rulesetHash = hashRuleSet();
  const expected = options.token === undefined ? undefined : tokenDigest(options.token);
  let closing = false;
  /** When this turn of the event loop began answering requests; cleared when the turn ends. */
  let turnStarted: number | undefined;
  const endTurn = () => {
    turnStarted = undefined;
  };

  const app = Fastify({
    bodyLimit,
    logger: options.logger ?? false,
    // Node bounds the headers (checked on this interval: short enough that a short timeout is
    // kept); bodies are timed by the hooks below, since a batch body may take any time to stream.
    serverFactory: (handler) =>
      createHttpServer(
        {
          requestTimeout: 0,
          headersTimeout: requestTimeout === 0 ? 60_000 : requestTimeout,
          connectionsCheckingInterval: requestTimeout === 0 ? 30_000 : Math.max(50, Math.min(1000, Math.floor(requestTimeout / 4))),
          keepAliveTimeout: 5000,
        },
        handler as (req: IncomingMessage, res: ServerResponse) => void,
        // Node answers an Expect other than 100-continue itself, 417 with an empty body: the same
        // status here, as problem+json. The request is never handed to Fastify.
      ).on('checkExpectation', (request: IncomingMessage, response: ServerResponse) => {
        const body = JSON.stringify(
          problem('expectation-failed', 417, `Expect: ${String(request.headers.expect).slice(0, 100)} is not supported; only 100-continue is`),
        );
        response.writeHead(417, { 'Content-Type': PROBLEM_TYPE, 'Content-Length': Buffer.byteLength(body), Connection: 'close' }).end(body);
      }),
    // Our own closing check answers with a problem body; in-flight requests finish.
    return503OnClosing: false,
    // Plain JSON.parse, as a caller of the library would: a '__proto__' key is an own, unknown
    // key that evaluation ignores (or reports, inside a fact), never a prototype; removing or
    // refusing it would make the answer differ from evaluateSync's.
    onProtoPoisoning: 'ignore',
    onConstructorPoisoning: 'ignore',
    forceCloseConnections: 'idle',
    // A path the router cannot read — bad percent-encoding, a parameter past maxParamLength — is
    // answered here, before any hook: as problem+json (Fastify's own body was plain JSON), and
    // without the token only as 401, as an unmatched path is, since which paths take a
    // parameter would tell the route table.
    frameworkErrors: (error, request, reply) => {
      if (expected && !bearerMatches(request.headers.authorization, expected)) {
        void reply.header('WWW-Authenticate', 'Bearer realm="landuse-rules"');
        return sendProblem(reply, problem('unauthorized', 401, 'send Authorization: Bearer <token>'));
      }
      if (error.code === 'FST_ERR_BAD_URL') return sendProblem(reply, problem('invalid-request', 400, 'the path is not valid percent-encoded UTF-8'));
      if (error.code === 'FST_ERR_MAX_PARAM_LENGTH')
        return sendProblem(reply, problem('uri-too-long', 414, `a path parameter is longer than ${MAX_PARAM_LENGTH} characters`));
      request.log.error(error);
      return sendProblem(reply, problem('internal', 500, 'an internal error occurred; the request may be retried'));
    },
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    // A slow or broken client: a problem body when nothing has been answered yet, else just close.
    clientErrorHandler: (error: Error & { code?: string }, socket: Socket) => {
      const answered = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
      if (socket.writable && !answered) {
        const timeout = error.code === 'ERR_HTTP_REQUEST_TIMEOUT';
        const body = timeout
          ? problem('request-timeout', 408, `the request did not arrive in full within ${requestTimeout} ms`)
          : error.code === 'HPE_HEADER_OVERFLOW'
            ? problem('invalid-request', 431, 'the request headers are too large')
            : problem('invalid-request', 400, 'the request is not valid HTTP');
        socket.end(rawProblemResponse(body, timeout ? 'Request Timeout' : body.status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'));
      } else socket.destroy(error);
    },
  });

  // Requests are checked by the zod schemas in the handlers (so invalid facts stay a report, and
  // options get their path); replies are the library's values as they are, by JSON.stringify.
  app.setValidatorCompiler(() => () => true);
  // JSON only (and NDJSON for batch): Fastify would otherwise read text/plain bodies as strings.
  app.removeContentTypeParser('text/plain');
  // JSON is read as bytes and decoded here: Fastify would decode any bytes as UTF-8, so a Java or
  // .NET client sending GBK (a common default charset on Chinese Windows) would have its facts
  // turned into replacement characters and be answered as if they were what it meant.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const text = decodeJsonBody(body as Buffer, request.headers['content-type']);
    if (typeof text !== 'string') {
      // A charset not read is the media type's fault: answered like any other type not taken.
      const code = text.status === 415 ? 'FST_ERR_CTP_INVALID_MEDIA_TYPE' : 'LR_BODY_ENCODING';
      return done(Object.assign(new Error(text.error), { statusCode: text.status, code }), undefined);
    }
    if (text.trim() === '') return done(new SyntaxError('the body is empty: send a JSON object'), undefined);
    try {
      // Plain JSON.parse, as a caller of the library would (see onProtoPoisoning above).
      done(null, JSON.parse(text));
    } catch (error) {
      done(error as SyntaxError, undefined);
    }
  });
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const code = error.code;
    let body: Problem;
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') body = problem('body-too-large', 413, `the body is larger than ${bodyLimit} bytes`);
    else if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      // Fastify's own words name only the type refused: say what is taken.
      body = problem(
        'unsupported-media-type',
        415,
        error.message.startsWith('Unsupported Media Type') ? `${error.message}; send Content-Type: application/json` : error.message,
      );
    else if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError)
      body = problem('invalid-json', 400, error.message);
    else if (error.statusCode === 503) body = problem('over-capacity', 503, error.message);
    else if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500)
      body = problem('invalid-request', error.statusCode, error.message);
    else {
      request.log.error(error);
      body = problem('internal', 500, 'an internal error occurred; the request may be retried');
    }
    if (body.status === 503) void reply.header('Retry-After', String(retryAfter));
    return sendProblem(reply, body);
  });

  app.setNotFoundHandler((request, reply) => sendProblem(reply, problem('not-found', 404, `no route ${request.method} ${request.url.split('?')[0]}`)));

  // In flight: counted from the first byte to the closed response, whatever ended it.
  // Who may ask and what is admitted are decided from the route the router matched, never
  // from the raw URL: the router decodes (/v1/%65valuate is /v1/evaluate), the raw URL does not.
  app.addHook('onRequest', (request, reply, done) => {
    const route = routeOf(request);
    const guarded = isDecisionRoute(route);
    if (closing) {
      void reply.header('Connection', 'close').header('Retry-After', String(retryAfter));
      sendProblem(reply, problem('shutting-down', 503, 'the service is shutting down; send the request again'));
      return;
    }
    if (guarded && maxQueueDelay > 0) {
      // The first request of a turn marks its start; the turn ends in the check phase, after
      // every socket that was ready has been read. A request reached later than maxQueueDelay
      // into the turn has waited at least that long: refusing it costs far less than answering.
      const now = performance.now();
      if (turnStarted === undefined) {
        turnStarted = now;
        setImmediate(endTurn);
      } else if (now - turnStarted > maxQueueDelay) {
        void reply.header('Retry-After', String(retryAfter));
        sendProblem(reply, problem('over-capacity', 503, `requests are waiting more than ${maxQueueDelay} ms to be answered`));
        return;
      }
    }
    if (guarded && metrics.inFlight >= maxInFlight) {
      void reply.header('Retry-After', String(retryAfter));
      sendProblem(reply, problem('over-capacity', 503, `${maxInFlight} requests are being answered already`));
      return;
    }
    metrics.inFlight += 1;
    reply.raw.once('close', () => {
      metrics.inFlight -= 1;
    });
    // Deny by default: with a token, every request but the open routes needs it, an unmatched one
    // too (an unknown path answers 401, not 404, so the route table is not told to a stranger).
    if (expected && !isOpenRoute(route)) {
      const header = request.headers.authorization;
      if (!bearerMatches(header, expected)) {
        void reply.header('WWW-Authenticate', 'Bearer realm="landuse-rules"');
        sendProblem(reply, problem('unauthorized', 401, bearerOf(header) === undefined ? 'send Authorization: Bearer <token>' : 'the token is not valid'));
        return;
      }
    }
    // A JSON body must arrive in full within the timeout; a slow client gets 408 and the connection closes.
    if (requestTimeout > 0 && !request.raw.complete && route !== BATCH_ROUTE) {
      const timer = setTimeout(() => {
        if (request.raw.complete || reply.sent) return;
        void reply.header('Connection', 'close');
        sendProblem(reply, problem('request-timeout', 408, `the request did not arrive in full within ${requestTimeout} ms`));
      }, requestTimeout);
      request.raw.once('end', () => clearTimeout(timer));
      reply.raw.once('close', () => clearTimeout(timer));
    }
    done();
  });

  app.addHook('onResponse', (request, reply, done) => {
    metrics.request(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
    // While closing, a connection whose last request is answered is ended, not kept alive.
    if (closing) request.raw.socket?.end();
    done();
  });

  await app.register(underPressure, {
    maxEventLoopDelay: options.maxEventLoopDelay ?? 1000,
    ...(options.maxHeapUsedBytes !== undefined ? { maxHeapUsedBytes: options.maxHeapUsedBytes } : {}),
    retryAfter,
    pressureHandler: (request: FastifyRequest, reply: FastifyReply, type: string, value: unknown) => {
      // Health, readiness and metrics are answered whatever the pressure: they tell it.
      if (!isDecisionRoute(routeOf(request))) return undefined;
      void reply.header('Retry-After', String(retryAfter));
      sendProblem(reply, problem('over-capacity', 503, `under pressure: ${type} ${String(value)}`));
      return undefined;
    },
  });

  if (options.corsOrigins?.length) {
    const { default: cors } = await import('@fastify/cors');
    await app.register(cors, { origin: [...options.corsOrigins], exposedHeaders: ['Decision-Id', 'Retry-After'] });
  }

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'landuse-rules decision service',
        version: pkg.version,
        description:
          'Chinese land-use policy as executable, cited rules, over HTTP. Every error is application/problem+json (RFC 9457). ' +
          'Invalid facts are not an error: the report lists them in issues and the rules that read them are undetermined.',
      },
      // Tags become the API classes of a generated client: DecisionsApi, CatalogueApi, OperationsApi.
      tags: [
        { name: 'decisions', description: 'Evaluate cases: one, or a stream of them.' },
        { name: 'catalogue', description: 'The rules, documents and fact vocabulary.' },
        { name: 'operations', description: 'Health, readiness and metrics.' },
      ],
      components: {
        schemas: openApiComponents() as never,
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Required when the server was started with --token-file.' } },
      },
    },
    // Request examples are the cases of examples/; the route schemas carry no place for them.
    transformObject: (document) => {
      if (!('openapiObject' in document)) return document.swaggerObject;
      const paths = document.openapiObject.paths as
        | Record<string, { post?: { requestBody?: { content?: Record<string, Record<string, unknown>> } } }>
        | undefined;
      const media = paths?.['/v1/evaluate']?.post?.requestBody?.content?.['application/json'];
      if (media) media.examples = EXAMPLE_REQUESTS;
      return document.openapiObject;
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { validatorUrl: null, deepLinking: true } as never });

  const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
  const json = (schema: unknown, description: string) => ({ description, content: { 'application/json': { schema } } });
  const problemResponse = (description: string) => ({ description, content: { [PROBLEM_TYPE]: { schema: ref('Problem') } } });
  const security = [{ bearer: [] }, {}];
  const guardedErrors = {
    401: problemResponse('A bearer token is required and was missing or wrong.'),
    408: problemResponse('The request did not arrive in full within the request timeout.'),
    503: problemResponse('At capacity or shutting down; see Retry-After.'),
  };

  /**
   * A register's Chinese value names (设施农业) are read as codes before evaluating, each change an
   * issue of the report: a client sends what its users typed and is told what was read.
   */
  const evaluateCoded = (facts: unknown, evaluateOptions: UntypedEvaluateOptions | undefined): Report => {
    const { facts: coded, changes } = normaliseFacts(facts);
    // Read after evaluating, which refuses a locale that is not one.
    return withValueChanges(evaluateSync(coded, evaluateOptions), changes, (evaluateOptions?.locale as Locale | undefined) ?? 'zh-Hans');
  };

  const decide = (facts: unknown, evaluateOptions: UntypedEvaluateOptions | undefined, compact: CompactOptions, decisionId: string, raw?: Report) => {
    const report = raw ?? evaluateCoded(facts, evaluateOptions);
    metrics.decision(report.summary);
    if (log) {
      const concerned = [];
      for (const r of report.results) {
        if (r.status === 'not-applicable') continue;
        concerned.push(
          r.consequence === undefined ? { ruleId: r.ruleId, status: r.status } : { ruleId: r.ruleId, status: r.status, consequence: r.consequence },
        );
      }
      // The facts' text is written once, without recursion, and hashed; the record around it is
      // shallow. JSON.stringify of a record holding deep facts overflowed the stack.
      const factsJson = canonical(facts);
      const record = JSON.stringify({
        decisionId,
        time: new Date().toISOString(),
        version: pkg.version,
        rulesetHash,
        asOf: report.asOf,
        ...(evaluateOptions?.actOn !== undefined ? { actOn: evaluateOptions.actOn } : {}),
        ...(report.jurisdiction !== undefined ? { jurisdiction: report.jurisdiction } : {}),
        ...(evaluateOptions?.rules ? { rules: evaluateOptions.rules } : {}),
        factsHash: `sha256:${sha256(factsJson)}`,
        issues: report.issues.length,
        summary: report.summary,
        results: concerned,
      });
      log.appendLine(options.logFacts ? `${record.slice(0, -1)},"facts":${factsJson}}` : record);
    }
    return compactReport(report, compact);
  };

  app.post(
    '/v1/evaluate',
    {
      schema: {
        summary: 'Evaluate one case',
        description:
          'The report evaluateSync gives for the facts and options, compacted as batch output is (compactReport: no titles, empty members left out, the worst outcome), with the decision id. ' +
          'results=concerned (default) keeps pass, fail, undetermined and not-in-force results; results=all, or rules asked for by id, keep every one. ' +
          'A rule that concerns the case but whose document was not in force on the decisive date is not-in-force, worst is then at least not-in-force (never none or pass), and documentsNotInForce names each such document, its window and what to do.',
        operationId: 'evaluate',
        tags: ['decisions'],
        security,
        querystring: z.toJSONSchema(evaluateQuerySchema, { io: 'input' }),
        body: ref('EvaluateRequest'),
        response: {
          200: {
            ...json(ref('Decision'), 'The report.'),
            headers: { 'Decision-Id': { type: 'string', format: 'uuid', description: 'The decision id, as in the body.' } },
          },
          400: problemResponse('The body is not JSON, or an option is invalid (errors names it).'),
          413: problemResponse('The body is larger than the limit.'),
          415: problemResponse('The body is not application/json.'),
          ...guardedErrors,
        },
      },
    },
    (request, reply) => {
      if (reply.sent) return reply; // answered 408 while the body was still arriving
      // Most calls send no query: its defaults are parsed once, not per request.
      const given = queryOf(request);
      const query = isEmpty(given) ? DEFAULT_EVALUATE_QUERY : evaluateQuerySchema.safeParse(given);
      if (!query.success) return sendProblem(reply, problem('invalid-request', 400, 'invalid query', { errors: zodErrors(query.error, '#/query') }));
      const body = evaluateRequestSchema.safeParse(request.body);
      if (!body.success) return sendProblem(reply, problem('invalid-request', 400, 'invalid body', { errors: zodErrors(body.error, '') }));
      if (!('facts' in (request.body as object)))
        return sendProblem(reply, problem('invalid-request', 400, 'the body needs facts', { errors: [{ pointer: '/facts', detail: 'required' }] }));
      const evaluateOptions = body.data.options as UntypedEvaluateOptions | undefined;
      let report: Report;
      try {
        report = evaluateCoded(body.data.facts, evaluateOptions);
      } catch (error) {
        if (error instanceof OptionError) return sendProblem(reply, optionProblem(error, '/options', evaluateOptions));
        throw error;
      }
      const decisionId = randomUUID();
      // Rules asked for by id are reported whatever their status, as in batch.
      const compact: CompactOptions = { results: evaluateOptions?.rules ? 'all' : query.data.results, citations: query.data.citations };
      const out = decide(body.data.facts, evaluateOptions, compact, decisionId, report);
      return reply.header('Decision-Id', decisionId).send({ ...out, decisionId });
    },
  );

  await app.register(async (batch) => {
    // The body reaches the handler as a stream: read line by line, never whole.
    // NDJSON is UTF-8, or GB18030 when the charset says gbk/gb18030 (as /v1/evaluate reads a JSON
    // body, for the Java and .NET clients of Chinese Windows); any other charset is refused (415),
    // never read as UTF-8: Latin-1 bytes would be silently misread.
    batch.addContentTypeParser(['application/x-ndjson', 'application/jsonl'], (request, payload, done) => {
      const charset = charsetOf(request.headers['content-type']);
      if (charset !== undefined && encodingNamed(charset) === undefined) {
        const error = new Error(`charset=${charset} is not read: send the lines as UTF-8, or GB18030 (charset=gb18030)`);
        return done(Object.assign(error, { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' }), undefined);
      }
      done(null, payload);
    });
    batch.post(
      '/v1/evaluate/batch',
      {
        schema: {
          summary: 'Evaluate many cases, one per line',
          description:
            'NDJSON in (one facts object per line), NDJSON out (one BatchLine per input line, in order), streamed both ways. ' +
            'Options for every line come from the query. A line that is not JSON, or is longer than the line limit, gives a line with error; the batch goes on.',
          operationId: 'evaluateBatch',
          tags: ['decisions'],
          security,
          querystring: z.toJSONSchema(batchQuerySchema, { io: 'input' }),
          body: { type: 'string', description: 'NDJSON: one facts object per line.' },
          consumes: ['application/x-ndjson'],
          response: {
            200: { description: 'One BatchLine per input line.', content: { 'application/x-ndjson': { schema: ref('BatchLine') } } },
            400: problemResponse('An option in the query is invalid.'),
            415: problemResponse('The body is not application/x-ndjson, or names a charset other than UTF-8 or GB18030 (gbk, gb2312).'),
            429: problemResponse('This client has as many batch streams open as it may (maxBatchesPerClient); see Retry-After.'),
            ...guardedErrors,
          },
        },
      },
      (request, reply) => {
        const query = batchQuerySchema.safeParse(queryOf(request));
        if (!query.success) return sendProblem(reply, problem('invalid-request', 400, 'invalid query', { errors: zodErrors(query.error, '#/query') }));
        const { results, citations, asOf, actOn, jurisdiction, locale, rules, id } = query.data;
        const evaluateOptions: UntypedEvaluateOptions = {
          ...(asOf !== undefined ? { asOf } : {}),
          ...(actOn !== undefined ? { actOn } : {}),
          ...(jurisdiction !== undefined ? { jurisdiction } : {}),
          ...(locale !== undefined ? { locale } : {}),
          ...(rules !== undefined ? { rules: rules.split(',').filter(Boolean) } : {}),
        };
        try {
          checkOptions(evaluateOptions);
        } catch (error) {
          if (error instanceof OptionError) return sendProblem(reply, optionProblem(error, '#/query', evaluateOptions));
          throw error;
        }
        const compact: CompactOptions = { results: evaluateOptions.rules ? 'all' : results, citations };
        const idField = id ?? 'id';
        const input = request.body;
        // Only the NDJSON parser hands over a stream; a JSON body here is the wrong type.
        if (!(input instanceof Readable))
          return sendProblem(reply, problem('unsupported-media-type', 415, 'send application/x-ndjson: one facts object per line'));
        const client = request.socket.remoteAddress ?? 'unknown';
        const open = openBatches.get(client) ?? 0;
        if (maxBatchesPerClient > 0 && open >= maxBatchesPerClient) {
          // Connection: close, so that the body it goes on sending does not keep the socket.
          void reply.header('Retry-After', String(retryAfter)).header('Connection', 'close');
          return sendProblem(
            reply,
            problem('too-many-requests', 429, `${open} batch streams from this client are open already; the limit is ${maxBatchesPerClient}`),
          );
        }
        openBatches.set(client, open + 1);
        reply.raw.once('close', () => {
          const left = (openBatches.get(client) ?? 1) - 1;
          if (left > 0) openBatches.set(client, left);
          else openBatches.delete(client);
        });
        const answerLine = (item: InputLine): string => {
          if ('tooLong' in item) {
            return `${JSON.stringify({ line: item.line, error: problem('body-too-large', 413, `line ${item.line} has ${item.tooLong} bytes; the limit is ${maxLineBytes}`) })}\n`;
          }
          if ('notDecoded' in item) {
            const hint = item.notDecoded === 'utf-8' ? ' (NDJSON is UTF-8 unless the Content-Type says charset=gb18030)' : '';
            return `${JSON.stringify({ line: item.line, error: problem('invalid-request', 400, `line ${item.line} is not valid ${item.notDecoded.toUpperCase()}${hint}`) })}\n`;
          }
          let facts: unknown;
          try {
            facts = JSON.parse(item.text);
          } catch (error) {
            return `${JSON.stringify({ line: item.line, error: problem('invalid-json', 400, `line ${item.line}: ${(error as Error).message}`) })}\n`;
          }
          const decisionId = randomUUID();
          const own = facts !== null && typeof facts === 'object' && !Array.isArray(facts) ? (facts as Record<string, unknown>)[idField] : undefined;
          const idOf = typeof own === 'string' || typeof own === 'number' ? { id: own } : {};
          try {
            const report = decide(facts, evaluateOptions, compact, decisionId);
            return `${JSON.stringify({ line: item.line, ...idOf, decisionId, ...report })}\n`;
          } catch (error) {
            // One line's failure is that line's error: thrown on, it cut the response, and the
            // lines answered before it in the same slice were logged but never delivered.
            request.log.error(error);
            return `${JSON.stringify({ line: item.line, ...idOf, error: problem('internal', 500, `line ${item.line}: an internal error occurred; the line may be sent again`) })}\n`;
          }
        };
        // Checked by the content-type parser: undefined, or a charset encodingNamed knows.
        const bodyEncoding = encodingNamed(charsetOf(request.headers['content-type']) ?? 'utf-8') ?? 'utf-8';
        const output = Readable.from(answerLines(input), { objectMode: false });
        // A batch that stalls — no whole record for requestTimeout — is ended, so it cannot hold its
        // place for ever. Progress is a record, not a byte: reset on every byte, the timer let one
        // byte per timeout keep a stream open without end.
        let lastInput = Date.now();
        const idle =
          requestTimeout > 0
            ? setInterval(
                () => {
                  if (!request.raw.complete && Date.now() - lastInput > requestTimeout) request.raw.destroy();
                },
                Math.max(50, Math.floor(requestTimeout / 4)),
              )
            : undefined;
        // A client that goes away stops the reading, and the evaluating with it.
        reply.raw.once('close', () => {
          clearInterval(idle);
          if (!reply.raw.writableFinished) output.destroy();
        });
        return reply.type('application/x-ndjson').send(output);

        async function* answerLines(source: AsyncIterable<Buffer>): AsyncGenerator<string> {
          const progress = () => {
            lastInput = Date.now();
          };
          for await (const group of splitLines(source, maxLineBytes, progress, bodyEncoding)) {
            let out = '';
            for (const item of group) {
              out += answerLine(item);
              // Our own time answering a long group is not the client's stall.
              progress();
              if (out.length >= OUTPUT_SLICE) {
                yield out;
                out = '';
                await turn();
              }
            }
            if (out) yield out;
            await turn();
          }
        }
      },
    );
  });

  app.get(
    '/v1/rules',
    {
      schema: {
        summary: 'List the rules',
        operationId: 'listRules',
        tags: ['catalogue'],
        security,
        querystring: z.toJSONSchema(rulesQuerySchema, { io: 'input' }),
        response: {
          200: json({ type: 'array', items: ref('RuleInfo') }, 'The rules, in catalogue order.'),
          400: problemResponse('A filter is invalid.'),
          ...guardedErrors,
        },
      },
    },
    (request, reply) => {
      const query = rulesQuerySchema.safeParse(queryOf(request));
      if (!query.success) return sendProblem(reply, problem('invalid-request', 400, 'invalid query', { errors: zodErrors(query.error, '#/query') }));
      const { jurisdiction, document, asOf } = query.data;
      if (document !== undefined && !Object.hasOwn(DOCUMENTS, document)) {
        return sendProblem(
          reply,
          problem('invalid-request', 400, `unknown document ${JSON.stringify(document)}`, {
            errors: [{ pointer: '#/query/document', detail: 'unknown document id' }],
          }),
        );
      }
      const rules = listRules({ ...(jurisdiction !== undefined ? { jurisdiction } : {}), ...(document !== undefined ? { documentId: document } : {}) }).filter(
        (r) => asOf === undefined || (r.inForce.from <= asOf && (r.inForce.to === undefined || asOf <= r.inForce.to)),
      );
      return reply.send(rules);
    },
  );

  const ruleDetail = (id: string, reply: FastifyReply) => {
    const rule = RULE_BY_ID.get(id);
    if (!rule) return sendProblem(reply, problem('not-found', 404, `no rule ${JSON.stringify(id)}`));
    return reply.send({
      ...ruleInfo(rule),
      selects: rule.selects,
      decision: rule.decision,
      ...(rule.notYetDue ? { notYetDue: rule.notYetDue } : {}),
      ...(rule.decisiveDate ? { decisiveDate: rule.decisiveDate } : {}),
      ...(rule.callerParameters ? { callerParameters: rule.callerParameters } : {}),
      readings: rule.readings ?? [],
      notes: rule.notes ?? [],
    });
  };
  const ruleResponses = { 200: json(ref('RuleDetail'), 'The rule.'), 404: problemResponse('No such rule.'), ...guardedErrors };
  app.get<{ Params: { documentId: string; rule: string } }>(
    '/v1/rules/:documentId/:rule',
    {
      schema: {
        summary: 'One rule: metadata, parameters, citation, readings and condition trees',
        description: 'A rule id is <documentId>/<rule>; the two parts are two path segments.',
        operationId: 'getRule',
        tags: ['catalogue'],
        security,
        params: { type: 'object', properties: { documentId: { type: 'string' }, rule: { type: 'string' } }, required: ['documentId', 'rule'] },
        response: ruleResponses,
      },
    },
    (request, reply) => ruleDetail(`${request.params.documentId}/${request.params.rule}`, reply),
  );
  // The id as one segment, its slash encoded (%2F): what some clients send.
  app.get<{ Params: { id: string } }>('/v1/rules/:id', { schema: { hide: true } }, (request, reply) => ruleDetail(request.params.id, reply));

  app.get(
    '/v1/documents',
    {
      schema: {
        summary: 'The policy documents',
        operationId: 'listDocuments',
        tags: ['catalogue'],
        security,
        response: { 200: json({ type: 'array', items: ref('PolicyDocument') }, 'The documents.'), ...guardedErrors },
      },
    },
    (_request, reply) => reply.send(Object.values(DOCUMENTS)),
  );

  const factsSchemaDocument = factsJsonSchema();
  app.get(
    '/v1/facts',
    {
      schema: {
        summary: 'The fact vocabulary as JSON Schema (draft 2020-12)',
        operationId: 'getFactsSchema',
        tags: ['catalogue'],
        security,
        response: {
          200: { description: 'The JSON Schema of the facts.', content: { 'application/schema+json': { schema: { type: 'object' } } } },
          ...guardedErrors,
        },
      },
    },
    (_request, reply) => reply.type('application/schema+json').send(factsSchemaDocument),
  );

  app.get(
    '/healthz',
    {
      schema: {
        summary: 'Liveness',
        operationId: 'healthz',
        tags: ['operations'],
        response: { 200: json({ type: 'object', properties: { status: { const: 'ok' } }, required: ['status'] }, 'The process answers.') },
      },
    },
    (_request, reply) => reply.send({ status: 'ok' }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        summary: 'Readiness: not ready while shutting down or while the decision log cannot be written',
        operationId: 'readyz',
        tags: ['operations'],
        response: {
          200: json(ref('Readiness'), 'Ready.'),
          503: { description: 'Not ready.', content: { [PROBLEM_TYPE]: { schema: { allOf: [ref('Problem'), ref('Readiness')] } } } },
        },
      },
    },
    (_request, reply) => {
      const stats = log?.stats();
      const ready = !closing && (stats === undefined || stats.healthy);
      const body = { ready, ...(stats ? { decisionLog: stats } : {}) };
      if (ready) return reply.send(body);
      const detail = closing
        ? 'shutting down'
        : `the decision log is failing: ${stats?.failed ?? 0} records lost to write errors, ${stats?.dropped ?? 0} dropped (${stats?.lastError ?? 'buffer full'})`;
      return reply
        .header('Retry-After', String(retryAfter))
        .code(503)
        .type(PROBLEM_TYPE)
        .send({ ...problem('not-ready', 503, detail), ...body });
    },
  );

  app.get(
    '/metrics',
    {
      schema: {
        summary: 'Prometheus metrics',
        operationId: 'metrics',
        tags: ['operations'],
        security,
        response: { 200: { description: 'Prometheus text format 0.0.4.', content: { 'text/plain': { schema: { type: 'string' } } } }, ...guardedErrors },
      },
    },
    (_request, reply) => {
      const stats = log?.stats();
      const gauges: Record<string, { help: string; value: number; type?: 'gauge' | 'counter' }> = {};
      if (stats) {
        gauges.landuse_decision_log_written_total = { help: 'Decision records written.', value: stats.written, type: 'counter' };
        gauges.landuse_decision_log_failed_total = { help: 'Decision records lost to a failed write.', value: stats.failed, type: 'counter' };
        gauges.landuse_decision_log_dropped_total = { help: 'Decision records refused because the buffer was full.', value: stats.dropped, type: 'counter' };
        gauges.landuse_decision_log_buffered = { help: 'Decision records waiting to be written.', value: stats.buffered };
      }
      return reply.type('text/plain; version=0.0.4; charset=utf-8').send(metrics.render(gauges));
    },
  );

  app.get('/openapi.json', { schema: { hide: true } }, (_request, reply) => reply.send(app.swagger()));

  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onClose', async () => {
    if (ownsLog) await log?.close();
    else await log?.flush();
  });

  await app.ready();
  return app;
};
