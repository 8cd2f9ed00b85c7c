// Bundles the form entry for browsers as an application would (minified, zod included) and reports its size.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

/** The form entry alone (src/form.ts), or an application using it (the facility-form fixture). */
export const measureForm = async (entry = process.env.FORM_ENTRY ?? 'src/form.ts') => {
  const result = await build({
    entryPoints: [entry],
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
  for (const entry of ['src/form.ts', 'tests/fixtures/facility-form.ts']) {
    const { minified, gzipped, inputs } = await measureForm(entry);
    const top = {};
    for (const input of inputs) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      const key = m ? m[1] : 'landuse-rules';
      top[key] = (top[key] ?? 0) + 1;
    }
    console.log(`${entry}: ${minified} bytes minified, ${gzipped} bytes min+gzip (${(gzipped / 1024).toFixed(1)} KiB); modules from ${JSON.stringify(top)}`);
  }
}
