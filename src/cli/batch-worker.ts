import { parentPort, workerData } from 'node:worker_threads';
import { evaluateSync } from '../sync.js';
import type { EvaluateOptions } from '../core/options.js';
import type { ChunkRequest, ChunkResult } from './batch.js';

const options = (workerData as { options: EvaluateOptions }).options;

parentPort!.on('message', ({ seq, firstLine, lines }: ChunkRequest) => {
  let output = '';
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
      output += `${JSON.stringify({ line, error: `not valid JSON: ${(error as Error).message}` })}\n`;
      return;
    }
    const report = evaluateSync(facts, options);
    failed ||= report.summary.fail > 0;
    output += `${JSON.stringify({ line, ...report })}\n`;
  });
  const result: ChunkResult = { seq, output, failed, malformed, count: lines.length };
  parentPort!.postMessage(result);
});
