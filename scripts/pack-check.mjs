// The package as a consumer gets it: `npm pack`, then install the tarball into fresh projects
// and import every entry under each module system a consumer may use. Run by .ci/run.
//   node scripts/pack-check.mjs [--tarball file.tgz]   (without --tarball it packs, which builds)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const MAX_TARBALL_BYTES = 1_000_000;
const root = resolve(import.meta.dirname, '..');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const { values } = parseArgs({ options: { tarball: { type: 'string' } } });

const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const step = (what) => console.log(`pack-check: ${what}`);
const failures = [];
const expect = (ok, what) => {
  if (!ok) failures.push(what);
  step(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
};

const work = mkdtempSync(join(tmpdir(), 'landuse-pack-'));
let tarball = values.tarball && resolve(values.tarball);
if (!tarball) {
  step('npm pack (prepack builds dist/)');
  const output = run('npm', ['pack', '--json', '--pack-destination', work], root);
  // prepack's build may print before npm's JSON, which is the last thing on stdout.
  const packed = JSON.parse(output.slice(output.search(/^\[/m)));
  tarball = join(work, packed[0].filename);
}
const listing = run('tar', ['-tzf', tarball], root).split('\n').filter(Boolean);
const size = statSync(tarball).size;
step(`${tarball}: ${size} bytes, ${listing.length} files`);
expect(size <= MAX_TARBALL_BYTES, `tarball is at most ${MAX_TARBALL_BYTES} bytes (${size})`);
for (const needed of [
  'package/dist/index.js',
  'package/dist/index.cjs',
  'package/dist/index.d.ts',
  'package/dist/index.d.cts',
  'package/dist/cli.js',
  'package/LICENSE',
  'package/README.md',
  'package/schema/facts.schema.json',
]) {
  expect(listing.includes(needed), `ships ${needed.slice('package/'.length)}`);
}
expect(!listing.some((f) => f.endsWith('.map')), 'ships no source maps');

// One install serves every consumer project below it: each has its own package.json and tsconfig.
const consumers = join(work, 'consumers');
mkdirSync(consumers);
writeFileSync(join(consumers, 'package.json'), JSON.stringify({ name: 'consumers', private: true }));
step('npm install the tarball into a fresh project');
run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], consumers);

const RULE = 'gx-rural-land-2023/11-small-facility-agriculture-filing';
const FACTS = "{ projectType: 'facility-agriculture', siteAreaM2: 480, floorAreaM2: 900 }";
// The same program in each module system: every entry is imported and used, and the answer checked.
const body = (importLines) => `${importLines}
const report = evaluateSync(${FACTS}, { asOf: '2025-06-30', rules: ['${RULE}'] });
// The published types keep the literal unions: a misspelled fact or rule id does not compile.
// @ts-expect-error a misspelled fact
evaluateSync({ siteAreaM: 480 });
// @ts-expect-error a misspelled rule id (never called: it would throw OptionError)
const typo = () => evaluateSync(${FACTS}, { rules: ['${RULE}x'] });
void typo;
// @ts-expect-error a misspelled rule id given to the testing oracle
const oracleTypo = () => assertRule(${FACTS}, '${RULE}x', 'pass');
void oracleTypo;
assertRule(${FACTS}, '${RULE}', 'pass', { asOf: '2025-06-30' });
const loose: unknown = JSON.parse('{}');
if (evaluateSync(untypedFacts(loose), { asOf: '2025-06-30', rules: ['${RULE}'] }).results.length !== 1) throw new Error('untyped path');
const status: string = report.results[0]!.status;
if (status !== 'pass') throw new Error('expected pass, got ' + status);
if (typeof withPolicyChecks !== 'function' || typeof assertRule !== 'function') throw new Error('form or testing entry is empty');
if (rule.id !== '${RULE}') throw new Error('rule entry has id ' + rule.id);
console.log('consumer ok: ' + status);
`;
const esmImports = `import { evaluateSync, untypedFacts } from 'landuse-rules';
import { withPolicyChecks } from 'landuse-rules/form';
import { assertRule } from 'landuse-rules/testing';
import rule from 'landuse-rules/rules/${RULE}';`;

const projects = [
  { name: 'esm-nodenext', type: 'module', file: 'index.ts', options: { module: 'nodenext', moduleResolution: 'nodenext' }, source: body(esmImports) },
  {
    name: 'bundler',
    type: 'module',
    file: 'index.ts',
    options: { module: 'esnext', moduleResolution: 'bundler' },
    source: body(esmImports),
    typecheckOnly: true,
  },
  {
    name: 'commonjs-node10',
    type: 'commonjs',
    file: 'index.ts',
    options: { module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true, ignoreDeprecations: '6.0' },
    source: body(esmImports),
  },
];
for (const project of projects) {
  const dir = join(consumers, project.name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: project.name, private: true, type: project.type }));
  const compilerOptions = {
    target: 'es2022',
    strict: true,
    types: [],
    skipLibCheck: false,
    outDir: 'out',
    ...project.options,
    ...(project.typecheckOnly ? { noEmit: true } : {}),
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: [project.file] }));
  writeFileSync(join(dir, project.file), project.source);
  try {
    run(process.execPath, [tsc, '-p', dir], dir);
    expect(true, `${project.name}: TypeScript compiles against the package's types`);
    if (!project.typecheckOnly) {
      writeFileSync(join(dir, 'out/package.json'), JSON.stringify({ type: project.type }));
      const out = run(process.execPath, [join(dir, 'out/index.js')], dir);
      expect(out.includes('consumer ok: pass'), `${project.name}: runs under Node`);
    }
  } catch (error) {
    expect(false, `${project.name}: ${(error.stdout || '') + (error.stderr || error.message)}`.trim());
  }
}

const plainCjs = join(consumers, 'plain-cjs.cjs');
writeFileSync(
  plainCjs,
  `const { evaluateSync } = require('landuse-rules');
const { withPolicyChecks } = require('landuse-rules/form');
const { assertRule } = require('landuse-rules/testing');
const rule = require('landuse-rules/rules/${RULE}').default;
const status = evaluateSync(${FACTS}, { asOf: '2025-06-30', rules: ['${RULE}'] }).results[0].status;
if (status !== 'pass' || typeof withPolicyChecks !== 'function' || typeof assertRule !== 'function' || rule.id !== '${RULE}') throw new Error('plain require failed');
console.log('consumer ok: ' + status);
`,
);
try {
  expect(run(process.execPath, [plainCjs], consumers).includes('consumer ok: pass'), 'plain CommonJS require of every entry');
} catch (error) {
  expect(false, `plain CommonJS require: ${error.stderr || error.message}`);
}

const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
try {
  expect(run('npx', ['--no-install', 'landuse-rules', '--version'], consumers).trim() === version, `npx landuse-rules --version prints ${version}`);
} catch (error) {
  expect(false, `npx landuse-rules --version: ${error.stderr || error.message}`);
}

if (failures.length) {
  console.error(`pack-check: ${failures.length} failed`);
  process.exit(1);
}
console.log('pack-check: all passed');
