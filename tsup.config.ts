import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'tsup';

// The test suite builds without declarations (NO_DTS=1), which it does not need, to start faster.
const dts = process.env.NO_DTS ? false : { compilerOptions: { ignoreDeprecations: '6.0' } };

/** Each rule file is an entry, so a form imports only the rules it checks: landuse-rules/rules/<document-id>/<rule>. */
const ruleEntries = Object.fromEntries(
  readdirSync('src/rules')
    .filter((d) => statSync(join('src/rules', d)).isDirectory())
    .flatMap((d) =>
      readdirSync(join('src/rules', d))
        // Only the rule files: a document's locales/ folder is read by its rules, not an entry.
        .filter((f) => f.endsWith('.ts'))
        .map((f) => [`rules/${d}/${f.replace(/\.ts$/, '')}`, `src/rules/${d}/${f}`]),
    ),
);

export default defineConfig([
  {
    entry: { index: 'src/index.ts', form: 'src/form.ts', testing: 'src/testing.ts', server: 'src/server/index.ts', ...ruleEntries },
    format: ['esm', 'cjs'],
    // CommonJS chunks shared between entries too (ESM splits by default): without it every CJS entry carried its own
    // copy of the core, and the tarball passed 1 MB once the service and the hostile-input checks came.
    splitting: true,
    dts,
    // No source maps: they would point at src/, which the package does not ship (and were 57% of the tarball).
    sourcemap: false,
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
