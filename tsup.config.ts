import { defineConfig } from 'tsup';

// The test suite builds without declarations (NO_DTS=1), which it does not need, to start faster.
const dts = process.env.NO_DTS ? false : { compilerOptions: { ignoreDeprecations: '6.0' } };

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts,
    sourcemap: true,
    target: 'node20',
  },
  {
    // The CLI and its batch worker are ESM; the worker is found beside cli.js.
    entry: { cli: 'src/cli/main.ts', 'batch-worker': 'src/cli/batch-worker.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
