import { join } from 'node:path';
import { defineConfig } from 'vite';

// The package's names resolve to its built entry points, as they do for an application that
// installed it (npm run form, and the browser test, build dist/ first).
const dist = join(import.meta.dirname, '../../dist');

// Built as static files (no dev server in tests), served from this folder.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  resolve: { alias: [{ find: /^landuse-rules\/(.+)$/, replacement: `${dist}/$1.js` }] },
  build: { outDir: process.env.FORM_OUT_DIR ?? 'dist', emptyOutDir: true },
});
