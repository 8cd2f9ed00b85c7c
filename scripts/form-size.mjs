// Bundles the form entry for browsers as an application would (minified, zod included) and reports its size.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

export const measureForm = async () => {
  const result = await build({
    entryPoints: [process.env.FORM_ENTRY ?? 'tests/fixtures/facility-form.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return {
    minified: code.length,
    gzipped: gzipSync(code, { level: 9 }).length,
    inputs: Object.keys(result.metafile.inputs),
  };
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const { minified, gzipped, inputs } = await measureForm();
  const top = {};
  for (const input of inputs) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
    const key = m ? m[1] : 'landuse-rules';
    top[key] = (top[key] ?? 0) + 1;
  }
  console.log(`landuse-rules/form: ${(minified / 1024).toFixed(1)} kB minified, ${(gzipped / 1024).toFixed(1)} kB min+gzip; modules from ${JSON.stringify(top)}`);
}
