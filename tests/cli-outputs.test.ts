import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A register is never destroyed by its own check, and an output is never left half-written:
 * `-o` or `--summary` naming the input (by any path to the same file) is refused before anything
 * is opened; outputs are written under a temporary name and put in place only when the run ends.
 */
const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'landuse-outputs-'));

const run = (args: string[], cwd = dir) => {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, maxBuffer: 1 << 26, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
};

const REGISTER = 'id,projectType,siteAreaM2,floorAreaM2\nA-1,facility-agriculture,480,900\nA-2,facility-agriculture,501,100\n';
const fresh = (name: string, content = REGISTER) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** Exit 2, one line naming the problem, no stack trace. */
const refused = (result: ReturnType<typeof run>, message: RegExp) => {
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\s+at |internal error/);
};

describe('batch never writes over the register it reads', () => {
  it.each([
    ['the same name', (reg: string) => ['-o', reg]],
    ['./ the same name', (reg: string) => ['-o', `./${reg}`]],
    ['a symbolic link to it', (reg: string) => ['-o', link('symlink', reg)]],
    ['a hard link to it', (reg: string) => ['-o', link('hardlink', reg)]],
    ['--summary naming it', (reg: string) => ['-o', 'out.csv', '--summary', reg]],
  ])('-o or --summary as %s: exit 2, one line, the register unchanged', (_what, outputArgs) => {
    const name = `reg-${Math.random().toString(36).slice(2)}.csv`;
    const path = fresh(name);
    const result = run(['batch', name, '--as-of', '2025-06-30', ...outputArgs(name)]);
    refused(result, /is the register being checked/);
    expect(readFileSync(path, 'utf8')).toBe(REGISTER);
  });

  it('-o and --summary naming one file are refused too', () => {
    fresh('twice.csv');
    fresh('same-out.json', 'before');
    refused(run(['batch', 'twice.csv', '-o', 'same-out.json', '--summary', 'same-out.json']), /are the same file/);
    expect(readFileSync(join(dir, 'same-out.json'), 'utf8')).toBe('before');
  });
});

let links = 0;
const link = (kind: 'symlink' | 'hardlink', target: string): string => {
  const name = `${kind}-${(links += 1)}.csv`;
  if (kind === 'symlink') symlinkSync(target, join(dir, name));
  else linkSync(join(dir, target), join(dir, name));
  return name;
};

describe('an output is whole or not written at all', () => {
  it('a run that fails leaves the previous output as it was, and no temporary file behind', () => {
    fresh('good.csv');
    const previous = fresh('previous-out.csv', 'the results of yesterday\n');
    refused(run(['batch', 'good.csv', '--id', 'no-such-column', '-o', 'previous-out.csv']), /no-such-column/);
    expect(readFileSync(previous, 'utf8')).toBe('the results of yesterday\n');
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('a run that succeeds replaces the output whole, and a symbolic link to it still points where it did', () => {
    fresh('in.csv');
    const target = fresh('real-out.csv', 'old\n');
    symlinkSync('real-out.csv', join(dir, 'out-link.csv'));
    const result = run(['batch', 'in.csv', '--as-of', '2025-06-30', '--id', 'id', '-o', 'out-link.csv']);
    // A 501 m² site is not eligible for the simplified filing: no violation, exit 0.
    expect(result.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^id,line,error,worst/);
    expect(readFileSync(join(dir, 'out-link.csv'), 'utf8')).toBe(readFileSync(target, 'utf8'));
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it.each([
    ['-o into a folder that does not exist', ['-o', 'missing/out.csv'], /the folder missing does not exist/],
    ['-o naming a folder', ['-o', 'a-folder'], /is a folder/],
    ['--summary into a folder that does not exist', ['--summary', 'missing/summary.json'], /the folder missing does not exist/],
  ])('%s: exit 2 with one line, before any work', (_what, args, message) => {
    fresh('any.csv');
    if (!existsSync(join(dir, 'a-folder'))) mkdirSync(join(dir, 'a-folder'));
    refused(run(['batch', 'any.csv', '--as-of', '2025-06-30', ...args]), message);
  });

  it.runIf(existsSync('/dev/full'))('-o /dev/full (a full disk): exit 2 with one line naming the file', () => {
    fresh('full.csv');
    refused(run(['batch', 'full.csv', '--as-of', '2025-06-30', '--to', 'ndjson', '-o', '/dev/full']), /cannot write \/dev\/full: ENOSPC/);
  });

  it('export -o writes the rule set whole; into a missing folder it is one line', () => {
    expect(run(['export', '-o', 'rules.json']).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'rules.json'), 'utf8'))).toHaveProperty('rules');
    refused(run(['export', '-o', 'missing/rules.json']), /the folder missing does not exist/);
  });
});

describe('the answer points at the register as the clerk sees it', () => {
  it('a CSV record whose quoted cells hold line breaks is reported at the line it starts on', () => {
    fresh('multiline.csv', 'id,projectType,siteAreaM2\n"A\n1",facility-agriculture,abc\nB,facility-agriculture,300\n"C\r\n\r\n3",facility-agriculture,300\n');
    const result = run(['batch', 'multiline.csv', '--as-of', '2025-06-30', '--to', 'ndjson']);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; line: number });
    expect(lines.map((line) => [line.id, line.line])).toEqual([
      ['A\n1', 2],
      ['B', 4],
      // CRLF line ends are read as line ends, inside quotes too.
      ['C\n\n3', 5],
    ]);
  });

  it('an id holding a character a workbook cannot hold is written visibly as \\uXXXX, not dropped', () => {
    fresh('control-id.csv', 'id,projectType,siteAreaM2\nA\u0001B,facility-agriculture,300\n');
    expect(run(['batch', 'control-id.csv', '--as-of', '2025-06-30', '-o', 'control-id.xlsx']).code).toBe(0);
    const back = run(['batch', 'control-id.xlsx', '--as-of', '2025-06-30', '--to', 'ndjson', '--id', 'id']);
    expect((JSON.parse(back.stdout.trim().split('\n')[0]!) as { id: string }).id).toBe('A\\u0001B');
  });
});
