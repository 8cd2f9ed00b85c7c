// Builds dist/ when it is missing or older than its sources, without declarations (about 3 s):
// run by `prepare` after `npm ci`, so `npx landuse-rules …` works on a fresh clone, and by the demo.
// `npm pack` builds everything (declarations included) through `prepack` first.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time under a path. */
const newest = (path) => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
};

export const ensureBuild = () => {
  const cli = 'dist/cli.js';
  const stale = !existsSync(cli) || ['src', 'package.json', 'tsup.config.ts'].some((path) => newest(path) > statSync(cli).mtimeMs);
  if (!stale) return 0;
  const build = spawnSync('npx', ['tsup', '--silent'], { stdio: 'inherit', env: { ...process.env, NO_DTS: '1' } });
  return build.status ?? 3;
};

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureBuild());
