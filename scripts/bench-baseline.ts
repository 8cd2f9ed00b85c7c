/**
 * A previous release, built once for `npm run bench -- --baseline <commit>`: the commit's
 * files (`git archive`, so the work tree and its branches are never touched) unpacked into
 * node_modules/.cache/landuse-bench/<sha>, its own lockfile installed (`npm ci
 * --prefer-offline`, its dependencies its own) and `npm run build` run there without
 * declarations. A later run finds the finished build and reuses it; a build that broke
 * off half-way is started again.
 *
 * Alone: `npx tsx scripts/bench-baseline.ts <commit>` builds it and prints its folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

const run = (command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): string => {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) failed: ${(result.stderr || result.stdout || String(result.error)).trim().slice(-2000)}`);
  return result.stdout;
};

/** The full sha of a commit-ish of this repository, or an error naming it. */
export const resolveCommit = (revision: string): string => {
  if (!/^[\w./^~-]+$/.test(revision)) throw new Error(`not a commit: ${JSON.stringify(revision)}`);
  return run('git', ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], root).trim();
};

/** The folder of the baseline's build (its dist/ beside its own node_modules/), built on first use. */
export const baselineBuild = (revision: string, log: (line: string) => void = (line) => console.error(line)): { sha: string; dir: string; version: string } => {
  const sha = resolveCommit(revision);
  const dir = join(root, 'node_modules', '.cache', 'landuse-bench', sha);
  const done = join(dir, '.built');
  if (!existsSync(done)) {
    log(`building baseline ${sha.slice(0, 7)} once into ${dir} (git archive, npm ci --prefer-offline, npm run build) …`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const archive = join(dir, '..', `${sha}.tar`);
    run('git', ['archive', '--format=tar', '-o', archive, sha], root);
    run('tar', ['-xf', archive, '-C', dir], root);
    rmSync(archive, { force: true });
    // Its own lifecycle scripts are not run here (prepare would build twice); the build below is the one.
    run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], dir);
    run('npm', ['run', 'build', '--silent'], dir, { ...process.env, NO_DTS: '1' });
    if (!existsSync(join(dir, 'dist', 'index.js'))) throw new Error(`baseline ${sha} built no dist/index.js`);
    writeFileSync(done, `${new Date().toISOString()}\n`);
  }
  const version = (JSON.parse(run('node', ['-p', 'JSON.stringify(require("./package.json").version)'], dir)) as string) ?? '?';
  return { sha, dir, version };
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const revision = process.argv[2];
  if (!revision) {
    console.error('usage: npx tsx scripts/bench-baseline.ts <commit>');
    process.exit(2);
  }
  console.log(baselineBuild(revision).dir);
}
