import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { EvaluateOptions } from '../index.js';
import type { FailOn } from './fail-on.js';

/** Lines per message to a worker: large enough to amortise messaging, small enough to keep memory flat. */
const CHUNK_LINES = 64;
/** Chunks a worker may hold at once; with the reorder buffer this bounds memory whatever the input length. */
const IN_FLIGHT_PER_WORKER = 2;

export interface ChunkRequest {
  seq: number;
  firstLine: number;
  lines: string[];
}
export interface ChunkResult {
  seq: number;
  /** The chunk's output lines, UTF-8. */
  output: Uint8Array;
  failed: boolean;
  malformed: boolean;
  count: number;
}

/**
 * Streams NDJSON through worker threads that run evaluateSync, and writes one JSON
 * line per input line in input order. Exit code: 2 if any line was not valid JSON,
 * else 1 if any report is flagged under `failOn` (by default: a violation), else 0.
 */
export const runBatch = (file: string, options: EvaluateOptions, workerCount = availableParallelism(), failOn: FailOn = 'violation'): Promise<number> =>
  new Promise((resolve, reject) => {
    const input = file === '-' ? process.stdin : createReadStream(file);
    const workers = Array.from(
      { length: workerCount },
      // A small old generation makes each worker collect early, keeping memory flat on long inputs.
      () => new Worker(new URL('./batch-worker.js', import.meta.url), { workerData: { options, failOn }, resourceLimits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 2 } }),
    );
    const busy = new Map<Worker, number>(workers.map((w) => [w, 0]));
    const finished = new Map<number, ChunkResult>();
    let nextSeq = 0;
    let nextToWrite = 0;
    let lineNumber = 0;
    let pending: string[] = [];
    let carry = '';
    let ended = false;
    let anyFailed = false;
    let anyMalformed = false;
    let processed = 0;
    /** Every line is answered and the workers are being let go. */
    let done = false;
    const started = Date.now();
    const progress = process.stderr.isTTY
      ? setInterval(() => {
          const seconds = (Date.now() - started) / 1000;
          process.stderr.write(`\r${processed} lines, ${Math.round(processed / Math.max(seconds, 0.001))} lines/s `);
        }, 1000)
      : undefined;

    const inFlight = () => [...busy.values()].reduce((a, b) => a + b, 0);
    const full = () => inFlight() >= workerCount * IN_FLIGHT_PER_WORKER;
    let waitingForDrain = false;

    const dispatch = (lines: string[]) => {
      const worker = [...busy.entries()].sort((a, b) => a[1] - b[1])[0]![0];
      busy.set(worker, busy.get(worker)! + 1);
      const request: ChunkRequest = { seq: nextSeq++, firstLine: lineNumber - lines.length + 1, lines };
      worker.postMessage(request);
    };

    const maybeResume = () => {
      if (!ended && !full() && !waitingForDrain) input.resume();
    };

    const finish = () => {
      if (!ended || nextToWrite < nextSeq) return;
      if (progress) {
        clearInterval(progress);
        process.stderr.write(`\r${processed} lines in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      }
      done = true;
      void Promise.all(workers.map((w) => w.terminate())).then(() => resolve(anyMalformed ? 2 : anyFailed ? 1 : 0));
    };

    const flush = () => {
      let result = finished.get(nextToWrite);
      while (result) {
        finished.delete(nextToWrite);
        nextToWrite += 1;
        processed += result.count;
        anyFailed ||= result.failed;
        anyMalformed ||= result.malformed;
        // One drain listener at a time, however many writes the pipe holds back.
        if (result.output.length && !process.stdout.write(result.output) && !waitingForDrain) {
          waitingForDrain = true;
          process.stdout.once('drain', () => {
            waitingForDrain = false;
            maybeResume();
          });
        }
        result = finished.get(nextToWrite);
      }
      finish();
    };

    let stopped = false;
    /** Stops everything for good: without this a dead worker would leave the others, and the input, holding the process open. */
    const stop = (error: Error) => {
      if (stopped) return;
      stopped = true;
      if (progress) clearInterval(progress);
      input.destroy();
      void Promise.all(workers.map((w) => w.terminate())).finally(() => reject(error));
    };

    for (const worker of workers) {
      worker.on('message', (message: ChunkResult | { ready: true } | { fatal: string }) => {
        if ('ready' in message || stopped) return;
        if ('fatal' in message) {
          const error = new Error(message.fatal);
          error.name = 'OptionError';
          stop(error);
          return;
        }
        const result = message;
        busy.set(worker, busy.get(worker)! - 1);
        finished.set(result.seq, result);
        flush();
        maybeResume();
      });
      worker.on('error', stop);
      worker.on('exit', (code) => {
        if (!done) stop(new Error(`a batch worker stopped early (exit code ${code})`));
      });
    }

    input.setEncoding('utf8');
    input.on('data', (chunk: string | Buffer) => {
      const parts = (carry + String(chunk)).split('\n');
      carry = parts.pop() ?? '';
      for (const line of parts) {
        lineNumber += 1;
        pending.push(line);
        if (pending.length === CHUNK_LINES) {
          dispatch(pending);
          pending = [];
        }
      }
      if (full()) input.pause();
    });
    input.on('end', () => {
      if (carry !== '') {
        lineNumber += 1;
        pending.push(carry);
      }
      if (pending.length) dispatch(pending);
      ended = true;
      finish();
    });
    input.on('error', (error: Error) => stop(error));
  });
