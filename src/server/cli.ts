import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { FastifyInstance } from 'fastify';
import type { DecisionLog } from './decision-log.js';
import type { ServerOptions } from './index.js';

const USAGE = `Usage: landuse-rules serve [options]

The decision service: POST /v1/evaluate, POST /v1/evaluate/batch, GET /v1/rules, /v1/rules/{document}/{rule},
/v1/documents, /v1/facts, /healthz, /readyz, /metrics; OpenAPI 3.1 at /openapi.json, API reference at /docs.

Options:
  --port N                    default 8080 (0: any free port)
  --host ADDRESS              default 127.0.0.1 (loopback only; 0.0.0.0 or :: to expose)
  --token-file FILE           require Authorization: Bearer <the file's first line> on /v1 and /metrics
  --decision-log FILE|-       one NDJSON record per decision (default: - for standard output; none: off);
                              a FILE that cannot be opened (a missing folder) is exit 2 at start
  --decision-log-max-bytes N  rotate the file at this size (default 67108864)
  --decision-log-files N      rotated files kept, FILE.1 … FILE.N (default 5)
  --log-facts                 put the facts in the decision log, not only their hash
  --body-limit BYTES          largest JSON body (default 1048576); batch lines are limited alike
  --request-timeout MS        time for headers and a JSON body to arrive in full, and the longest
                              a batch body may go without a whole line (default 30000; 0: none)
  --max-in-flight N           requests at once before 503 (default 256)
  --max-batches-per-client N  batch streams one client address may have open at once before 429
                              (default 8; 0: no limit; behind a proxy all clients share its address)
  --max-queue-delay MS        how long a request may wait behind the requests that arrived with it
                              before it gets 503 at once (default 50; 0: not checked)
  --max-event-loop-delay MS   mean event-loop delay over a second before 503 (default 1000; 0: not checked)
  --cors-origin A,B           allow these origins (CORS is off otherwise)
  --shutdown-timeout MS       on SIGTERM/SIGINT, time for requests in flight to finish (default 10000);
                              then they are ended, and the decision log is flushed before exit 1`;

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  'token-file': { type: 'string' },
  'decision-log': { type: 'string' },
  'decision-log-max-bytes': { type: 'string' },
  'decision-log-files': { type: 'string' },
  'log-facts': { type: 'boolean' },
  'body-limit': { type: 'string' },
  'request-timeout': { type: 'string' },
  'max-in-flight': { type: 'string' },
  'max-batches-per-client': { type: 'string' },
  'max-queue-delay': { type: 'string' },
  'max-event-loop-delay': { type: 'string' },
  'cors-origin': { type: 'string' },
  'shutdown-timeout': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

class ServeUsageError extends Error {}

const wholeNumber = (value: string | undefined, name: string, fallback: number, min = 0): number => {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new ServeUsageError(`--${name} must be a whole number ≥ ${min}, got '${value}'`);
  return Number(value);
};

const readToken = (file: string): string => {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ServeUsageError(`cannot read --token-file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const token = text.split(/\r?\n/)[0]!.trim();
  if (!/^[\x21-\x7e]{16,}$/.test(token))
    throw new ServeUsageError(`--token-file ${file}: the first line must be a token of at least 16 printable ASCII characters`);
  return token;
};

/** `landuse-rules serve`: runs until SIGTERM or SIGINT, then closes gracefully; resolves to the exit code. */
export const serve = async (argv: readonly string[]): Promise<number> => {
  let options: ServerOptions;
  let port: number;
  let host: string;
  let shutdownTimeout: number;
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: false, strict: true });
    } catch (error) {
      throw new ServeUsageError((error as Error).message.split(/\.\s|\n/)[0]!);
    }
    const { values } = parsed;
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    port = wholeNumber(values.port, 'port', 8080);
    if (port > 65_535) throw new ServeUsageError(`--port must be at most 65535, got ${port}`);
    host = values.host ?? '127.0.0.1';
    shutdownTimeout = wholeNumber(values['shutdown-timeout'], 'shutdown-timeout', 10_000);
    const logPath = values['decision-log'] ?? '-';
    const bodyLimit = wholeNumber(values['body-limit'], 'body-limit', 1024 * 1024, 1);
    options = {
      bodyLimit,
      maxLineBytes: bodyLimit,
      requestTimeout: wholeNumber(values['request-timeout'], 'request-timeout', 30_000),
      maxInFlight: wholeNumber(values['max-in-flight'], 'max-in-flight', 256, 1),
      maxBatchesPerClient: wholeNumber(values['max-batches-per-client'], 'max-batches-per-client', 8),
      maxQueueDelay: wholeNumber(values['max-queue-delay'], 'max-queue-delay', 50),
      maxEventLoopDelay: wholeNumber(values['max-event-loop-delay'], 'max-event-loop-delay', 1000),
      ...(values['token-file'] !== undefined ? { token: readToken(values['token-file']) } : {}),
      ...(logPath === 'none'
        ? {}
        : {
            decisionLog: {
              path: logPath,
              maxBytes: wholeNumber(values['decision-log-max-bytes'], 'decision-log-max-bytes', 64 * 1024 * 1024, 1),
              maxFiles: wholeNumber(values['decision-log-files'], 'decision-log-files', 5),
            },
          }),
      logFacts: Boolean(values['log-facts']),
      ...(values['cors-origin'] ? { corsOrigins: values['cors-origin'].split(',').filter(Boolean) } : {}),
    };
  } catch (error) {
    if (!(error instanceof ServeUsageError)) throw error;
    process.stderr.write(`landuse-rules: ${error.message}\n`);
    return 2;
  }

  if (options.decisionLog && 'path' in options.decisionLog && options.decisionLog.path === '-') {
    // The CLI ends quietly when a reader of its output goes away (EPIPE); the service must not:
    // a broken log pipe is a failed write, counted and reported by /readyz, and answering goes on.
    process.stdout.removeAllListeners('error');
    process.stdout.on('error', () => {});
  }
  // The log is opened before anything listens: a path that cannot be written (a missing
  // folder) is exit 2 with one line, not a service that says ready and loses every record.
  // The CLI owns it, so that it can flush it however the shutdown ends.
  let log: DecisionLog | undefined;
  if (options.decisionLog && !('append' in options.decisionLog)) {
    const { DecisionLog: Log } = await import('./decision-log.js');
    log = new Log(options.decisionLog);
    try {
      await log.open();
    } catch (error) {
      process.stderr.write(`landuse-rules: ${(error as Error).message}\n`);
      return 2;
    }
    options = { ...options, decisionLog: log };
  }
  // Fastify is loaded only once the options are known to be right.
  const { createServer } = await import('./index.js');
  const app = await createServer(options);
  try {
    await app.listen({ port, host });
  } catch (error) {
    await app.close();
    await log?.close();
    const code = (error as NodeJS.ErrnoException).code;
    process.stderr.write(`landuse-rules: cannot listen on ${host}:${port}: ${code ?? (error as Error).message}\n`);
    return 2;
  }
  const address = app.server.address();
  const where =
    typeof address === 'object' && address ? `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}` : String(address);
  process.stderr.write(`landuse-rules serve: listening on ${where} (OpenAPI ${where}/openapi.json, reference ${where}/docs)\n`);

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      process.stderr.write(`landuse-rules serve: ${signal}: finishing requests in flight\n`);
      void shutDown(app, log, shutdownTimeout, (line) => process.stderr.write(`landuse-rules serve: ${line}\n`)).then((code) => {
        if (code === 0) process.stderr.write('landuse-rules serve: stopped\n');
        resolve(code);
        // After the timeout something may still hold the event loop (a socket that would not end): the log is flushed, so exit.
        if (code !== 0) process.exit(code);
      });
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
};

/**
 * Closes the server, letting requests in flight finish for `timeoutMs`; then ends the
 * connections still open, so that nothing more is answered, and flushes the decision log:
 * every decision answered is in it, however the timeout falls (it used to exit at once,
 * dropping the records still queued). The flush has its own bound (`flushTimeoutMs`, by
 * default the timeout but at least 10 s: a slow disk still gets its records written), so a
 * disk that hangs cannot hold the exit for ever. Resolves to the exit code: 0 when
 * everything finished in time, 1 otherwise.
 */
export const shutDown = async (
  app: FastifyInstance,
  log: DecisionLog | undefined,
  timeoutMs: number,
  say: (line: string) => void,
  flushTimeoutMs = Math.max(timeoutMs, 10_000),
): Promise<number> => {
  let timer: NodeJS.Timeout | undefined;
  const bounded = <T>(work: Promise<T>, late: T, ms: number): Promise<T> =>
    Promise.race([work, new Promise<T>((resolve) => (timer = setTimeout(() => resolve(late), ms)))]).finally(() => clearTimeout(timer));
  const closed = app.close().then(
    () => 0,
    (error: unknown) => {
      say(`error while closing: ${(error as Error).message}`);
      return 1;
    },
  );
  let code = await bounded(closed, -1, timeoutMs);
  if (code === -1) {
    say(`requests still in flight after ${timeoutMs} ms; ending them`);
    app.server.closeAllConnections();
    code = 1;
  }
  if (log) {
    const flushed = await bounded(
      log.close().then(() => true),
      false,
      flushTimeoutMs,
    );
    if (!flushed) {
      say(`the decision log could not be flushed within ${flushTimeoutMs} ms`);
      code = 1;
    }
  }
  return code;
};
