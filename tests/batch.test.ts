import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../src/cli/batch.js';

describe('batch workers', () => {
  it("rejects at once, with the worker's error, when its workers cannot run", async () => {
    // Loaded from source, runBatch looks for its worker beside it as JavaScript, which is not
    // there: every worker fails at start, as one that ran out of memory would fail later.
    const file = join(mkdtempSync(join(tmpdir(), 'landuse-batch-')), 'cases.ndjson');
    writeFileSync(file, `${JSON.stringify({ projectType: 'facility-agriculture', siteAreaM2: 480 })}\n`.repeat(500));
    const started = Date.now();
    await expect(runBatch(file, { asOf: '2025-06-30' }, 2)).rejects.toThrow(/batch-worker/);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 20_000);
});
