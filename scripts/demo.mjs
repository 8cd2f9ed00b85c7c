// The README's main command: the CLI checking the bundled examples, Liuzhou cases and a pilot-city case.
// Failing rules are the point of the examples, so exit code 1 (a rule failed) is not an error here.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time under a path, so a build older than any source is rebuilt. */
const newest = (path) => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
};

const cli = 'dist/cli.js';
const stale = !existsSync(cli) || ['src', 'package.json', 'tsup.config.ts'].some((path) => newest(path) > statSync(cli).mtimeMs);
if (stale) {
  // Declarations are not needed to run the CLI; without them the build takes seconds, not half a minute.
  const build = spawnSync('npx', ['tsup', '--silent'], { stdio: 'inherit', env: { ...process.env, NO_DTS: '1' } });
  if (build.status !== 0) process.exit(build.status ?? 3);
}

const runs = [
  ['check', 'examples/liuzhou.json', '--jurisdiction', '450200', '--as-of', '2025-06-30'],
  ['check', 'examples/pilot-city.json', '--jurisdiction', 'pilot-city', '--as-of', '2025-06-30'],
];
let worst = 0;
for (const args of runs) {
  console.log(`$ landuse-rules ${args.join(' ')}\n`);
  const { status } = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
  worst = Math.max(worst, status ?? 3);
  console.log();
}
process.exit(worst > 1 ? worst : 0);
