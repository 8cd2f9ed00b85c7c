import { defineConfig } from 'vite';

// Built as static files (no dev server in tests), served from this folder.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  build: { outDir: process.env.FORM_OUT_DIR ?? 'dist', emptyOutDir: true },
});
