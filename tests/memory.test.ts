import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const library = pathToFileURL(join(root, 'dist/index.js')).href;

/**
 * Runs in a child process with --expose-gc, so the heap is measured after a full
 * collection, away from vitest's own allocations. Every string is a distinct, flat
 * 1 MiB string: a cache keyed by such strings would keep each one.
 */
const script = `
import { evaluate, evaluateSync } from ${JSON.stringify(library)};
const MiB = 1024 * 1024;
// '2025-06-30', zeros, then the run's number: 1,000 different strings. Built from a Buffer they
// are external strings (cheap to make), so the measure is heapUsed + external.
const dateLike = (i) => Buffer.alloc(MiB, 48).fill('2025-06-30', 0, 10, 'latin1').fill(String(i).padStart(8, '0'), MiB - 8, MiB, 'latin1').toString('latin1');
const used = () => process.memoryUsage().heapUsed + process.memoryUsage().external;
// External strings are released by finalisers after a collection: collect until they are.
const settle = async () => {
  for (let k = 0; k < 3; k++) {
    globalThis.gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
};
const facts = (text) => ({ projectType: 'industrial', landWithDesignScheme: true, landPricePaidOn: text, permitsIssuedOn: text });
// Warm up: plans, dispatch tables and templates are built once and kept, by design.
for (const limits of [undefined, { maxStringLength: 2 * MiB }]) {
  evaluateSync(facts('2025-06-27'), { asOf: '2025-06-30', jurisdiction: 'pilot-city', ...(limits ? { limits } : {}) });
  await evaluate(facts('2025-06-27'), { asOf: '2025-06-30', jurisdiction: 'pilot-city', ...(limits ? { limits } : {}) });
}
await settle();
const before = used();
for (let i = 0; i < 1000; i++) {
  const text = dateLike(i);
  // Half of the runs raise the string bound, so the long strings reach the date check and its cache.
  const limits = i % 2 ? { limits: { maxStringLength: 2 * MiB } } : {};
  const options = { asOf: '2025-06-30', jurisdiction: 'pilot-city', ...limits };
  if (i % 4 < 2) evaluateSync(facts(text), options);
  else await evaluate(facts(text), options);
  try {
    evaluateSync({}, { asOf: text });
  } catch {
    // An OptionError, as expected: its message must not keep the string either.
  }
}
await settle();
const after = used();
console.log(JSON.stringify({ before, after }));
`;

describe('memory', () => {
  it('1,000 evaluations with 1 MiB date strings leave the heap within 50 MB of where it started', () => {
    // heapUsed + external, after a full collection.
    const dir = mkdtempSync(join(tmpdir(), 'landuse-memory-'));
    const file = join(dir, 'memory.mjs');
    writeFileSync(file, script);
    const result = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=512', file], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const { before, after } = JSON.parse(result.stdout) as { before: number; after: number };
    expect(after - before).toBeLessThan(50 * 1000 * 1000);
  });
});
