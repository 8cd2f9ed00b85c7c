import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The CLI tests spawn the built CLI: build it once, without declarations, unless CI built it already. */
export default function setup(): void {
  const root = join(import.meta.dirname, '..');
  if (process.env.CI && existsSync(join(root, 'dist/cli.js'))) return;
  execFileSync('npx', ['tsup', '--silent'], { cwd: root, env: { ...process.env, NO_DTS: '1' }, stdio: 'inherit' });
}
