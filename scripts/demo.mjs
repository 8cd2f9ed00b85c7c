// The README's main command: the CLI checking the bundled examples, Liuzhou cases and a pilot-city case.
// Failing rules are the point of the examples, so exit code 1 (a rule failed) is not an error here.
import { spawnSync } from 'node:child_process';
import { ensureBuild } from './ensure-build.mjs';

const built = ensureBuild();
if (built !== 0) process.exit(built);
const cli = 'dist/cli.js';

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
