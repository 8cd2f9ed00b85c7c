import { parentPort, workerData } from 'node:worker_threads';
import { evaluateSync } from '../sync.js';
import type { EvaluateOptions } from '../core/options.js';
import type { ChunkRequest, ChunkResult } from './batch.js';
import { type FailOn, flagged } from './fail-on.js';

const { options, failOn } = workerData as { options: EvaluateOptions; failOn: FailOn };
const encoder = new TextEncoder();

// Options are checked once, before any line: a bad option stops the batch with one message.
try {
  evaluateSync({}, options);
  parentPort!.postMessage({ ready: true });
} catch (error) {
  parentPort!.postMessage({ fatal: (error as Error).message });
}

/**
 * A chunk's output as UTF-8, encoded line by line into one reused buffer: no chunk-sized
 * string is built on the worker's small heap, and no buffer is made per line.
 */
let scratch = new Uint8Array(1 << 20);
let used = 0;
const append = (text: string) => {
  // UTF-8 needs at most three bytes per UTF-16 unit.
  if (used + text.length * 3 > scratch.length) {
    const larger = new Uint8Array(Math.max(scratch.length * 2, used + text.length * 3));
    larger.set(scratch.subarray(0, used));
    scratch = larger;
  }
  used += encoder.encodeInto(text, scratch.subarray(used)).written;
};

parentPort!.on('message', ({ seq, firstLine, lines }: ChunkRequest) => {
  used = 0;
  let failed = false;
  let malformed = false;
  lines.forEach((raw, i) => {
    const line = firstLine + i;
    const text = raw.trim();
    if (text === '') return; // blank lines carry no case
    let facts: unknown;
    try {
      facts = JSON.parse(text);
    } catch (error) {
      malformed = true;
      append(`${JSON.stringify({ line, error: `not valid JSON: ${(error as Error).message}` })}\n`);
      return;
    }
    const report = evaluateSync(facts, options);
    failed ||= flagged(report.summary, failOn);
    // `{"line":n,` then the report's own members: the same line as stringifying { line, ...report }, without the copy.
    append(`{"line":${line},`);
    append(JSON.stringify(report).slice(1));
    append('\n');
  });
  // Copied out once and transferred, not cloned, so the main thread's heap does not grow with the output.
  const bytes = scratch.slice(0, used);
  const result: ChunkResult = { seq, output: bytes, failed, malformed, count: lines.length };
  parentPort!.postMessage(result, [bytes.buffer]);
});
