import { type AddressInfo, connect, type Socket } from 'node:net';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { expect } from 'vitest';
import { createServer, type ServerOptions } from '../src/server/index.js';

export interface Running {
  readonly base: string;
  readonly port: number;
  close(): Promise<void>;
  readonly app: Awaited<ReturnType<typeof createServer>>;
}

/**
 * The real server on an ephemeral port of the loopback interface, nothing else. It shares its
 * event loop with the test (its client, Ajv, the OpenAPI validator), whose own work would read
 * as pressure: the queue-delay and event-loop-delay limits are off unless a test sets them.
 */
export const start = async (options: ServerOptions = {}): Promise<Running> => {
  const app = await createServer({ maxQueueDelay: 0, maxEventLoopDelay: 0, ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { app, port, base: `http://127.0.0.1:${port}`, close: () => app.close() };
};

type OpenApi = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>> };

// ajv-formats is CommonJS: its function is the default export under some loaders, the module under others.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

const DOC_ID = 'https://landuse-rules.invalid/openapi.json';
const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Validates responses against the OpenAPI document the server itself serves: the schema of
 * the route's documented status and media type, resolved by Ajv (draft 2020-12, as OpenAPI
 * 3.1). A status or media type the document does not list fails the test.
 */
export class ResponseChecker {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly cache = new Map<string, ValidateFunction>();
  constructor(readonly document: OpenApi) {
    addFormats(this.ajv);
    this.ajv.addSchema({ ...(document as object), $id: DOC_ID });
  }

  private validator(pointer: string): ValidateFunction {
    let validate = this.cache.get(pointer);
    if (!validate) this.cache.set(pointer, (validate = this.ajv.compile({ $ref: `${DOC_ID}#${pointer}` })));
    return validate;
  }

  component(name: string, value: unknown): void {
    const validate = this.validator(`/components/schemas/${name}`);
    expect(validate(value), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  }

  check(template: string, method: string, status: number, contentType: string | null, body: unknown): void {
    const operation = this.document.paths[template]?.[method.toLowerCase()];
    expect(operation, `${method} ${template} is in the OpenAPI document`).toBeDefined();
    const response = operation!.responses[String(status)];
    expect(response, `${method} ${template} documents status ${status}`).toBeDefined();
    const mediaType = (contentType ?? '').split(';')[0]!.trim();
    const media = response!.content?.[mediaType];
    expect(media, `${method} ${template} ${status} documents ${mediaType}`).toBeDefined();
    const pointer = `/paths/${escapePointer(template)}/${method.toLowerCase()}/responses/${status}/content/${escapePointer(mediaType)}/schema`;
    if (mediaType === 'application/x-ndjson') {
      for (const line of String(body).split('\n').filter(Boolean)) {
        const validate = this.validator(pointer);
        expect(validate(JSON.parse(line)), `${line.slice(0, 200)}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
      }
      return;
    }
    const validate = this.validator(pointer);
    expect(validate(body), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  }
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: unknown;
}

/**
 * One request to a documented route (`template` with {params} filled from `params`); the
 * answer is checked against the OpenAPI document before it is returned.
 */
export const call = async (
  server: Running,
  checker: ResponseChecker,
  method: string,
  template: string,
  init: { params?: Record<string, string>; query?: string; body?: unknown; raw?: string | Buffer; contentType?: string; headers?: Record<string, string> } = {},
): Promise<Answer> => {
  let path = template;
  for (const [name, value] of Object.entries(init.params ?? {})) path = path.replace(`{${name}}`, encodeURIComponent(value));
  const headers: Record<string, string> = { ...init.headers };
  let body: string | Buffer | undefined;
  if (init.raw !== undefined) body = init.raw;
  else if (init.body !== undefined) body = JSON.stringify(init.body);
  if (body !== undefined) headers['content-type'] = init.contentType ?? 'application/json';
  const response = await fetch(`${server.base}${path}${init.query ? `?${init.query}` : ''}`, {
    method,
    headers,
    // Bytes as they are (a body in another encoding); text as UTF-8.
    ...(body !== undefined ? { body: typeof body === 'string' ? body : new Uint8Array(body) } : {}),
    signal: AbortSignal.timeout(20_000),
  });
  const text = await response.text();
  const type = response.headers.get('content-type');
  const parsed = type?.includes('json') && !type.includes('ndjson') ? (JSON.parse(text) as unknown) : text;
  checker.check(template, method, response.status, type, parsed);
  return { status: response.status, headers: response.headers, text, body: parsed };
};

/** A raw connection to the loopback server, for requests a fetch cannot make (slow, half-sent, malformed). */
export const rawSocket = (port: number): Promise<{ socket: Socket; received: () => string; ended: Promise<string> }> =>
  new Promise((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1' });
    let data = '';
    const ended = new Promise<string>((done) => {
      socket.on('close', () => done(data));
    });
    socket.on('data', (chunk) => (data += chunk.toString('utf8')));
    socket.once('connect', () => resolve({ socket, received: () => data, ended }));
    socket.once('error', reject);
    socket.setTimeout(15_000, () => socket.destroy());
  });

/** One chunk of a chunked HTTP/1.1 request body. */
export const chunk = (text: string): string => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;

/** The body of a chunked HTTP/1.1 response. */
export const dechunk = (body: string): string => {
  let out = '';
  let rest = body;
  for (;;) {
    const eol = rest.indexOf('\r\n');
    const size = Number.parseInt(rest.slice(0, eol), 16);
    if (!size) return out;
    const bytes = Buffer.from(rest.slice(eol + 2));
    out += bytes.subarray(0, size).toString('utf8');
    rest = bytes.subarray(size + 2).toString('utf8');
  }
};

/** Polls until `test` holds, at most `ms` milliseconds; the last value is returned either way. */
export const eventually = async <T>(get: () => Promise<T>, test: (value: T) => boolean, ms = 5000): Promise<T> => {
  const until = Date.now() + ms;
  let value = await get();
  while (!test(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await get();
  }
  return value;
};
