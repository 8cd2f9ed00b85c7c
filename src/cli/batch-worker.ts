import { parentPort, workerData } from 'node:worker_threads';
import { evaluateSync } from '../sync.js';
import type { EvaluateOptions } from '../core/options.js';
import type { ChunkRequest, ChunkResult } from './batch.js';

const options = (workerData as { options: EvaluateOptions }).options;
const encoder = new TextEncoder();

// Options are checked once, before any line: a bad option stops the batch with one message.
try {
  evaluateSync({}, options);
  parentPort!.postMessage({ ready: true });
} catch (error) {
  parentPort!.postMessage({ fatal: (error as Error).message });
}

/** One chunk's lines as UTF-8, line by line: no chunk-sized string is ever built on the worker's small heap. */
const joined = (parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> => {
  const bytes = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
};

parentPort!.on('message', ({ seq, firstLine, lines }: ChunkRequest) => {
  const output: Uint8Array[] = [];
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
      output.push(encoder.encode(`${JSON.stringify({ line, error: `not valid JSON: ${(error as Error).message}` })}\n`));
      return;
    }
    const report = evaluateSync(facts, options);
    failed ||= report.summary.fail > 0;
    output.push(encoder.encode(`${JSON.stringify({ line, ...report })}\n`));
  });
  // Sent as bytes and transferred, not copied, so the main thread's heap does not grow with the output.
  const bytes = joined(output);
  const result: ChunkResult = { seq, output: bytes, failed, malformed, count: lines.length };
  parentPort!.postMessage(result, [bytes.buffer]);
});
