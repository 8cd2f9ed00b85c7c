import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeControls, firstInvalidUtf8 } from '../src/cli/text.js';

// The CLI as users run it (dist/cli.js, built by the global setup).
const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'landuse-hostile-cli-'));

const run = (args: string[], input?: string | Buffer) => {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, input, maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
};
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const passing = { projectType: 'facility-agriculture', siteAreaM2: 480, floorAreaM2: 900, structureType: 'simple-shed', within203Scope: true };

/** One line on stderr, exit 2, nothing on stdout, no stack trace. */
const usageError = (result: ReturnType<typeof run>, message: RegExp) => {
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\s+at |internal error/);
  expect(result.stdout).toBe('');
};

describe('arguments: every user error exits 2 with one line', () => {
  it.each([
    [['rules', '--locale', 'xx'], /--locale must be one of zh-Hans, zh-Hant, en, got 'xx'/],
    [['rules', '--jurisdiction', '999999'], /--jurisdiction must be a GB\/T 2260 code/],
    [['expiring', '--within', '3', '--jurisdiction', '999999'], /--jurisdiction/],
    [['check', 'examples/liuzhou.json', '--jurisdiction', '999999'], /--jurisdiction/],
    [['check', 'examples/liuzhou.json', '--rules', ','], /--rules lists no rule/],
    [['check', 'examples/liuzhou.json', '--rules', ' , ,'], /--rules lists no rule/],
    [['explain', 'x\u001b[2J'], /unknown rule id 'x\\u001b\[2J'/],
  ])('%j', (args, message) => {
    usageError(run(args), message);
  });

  it('expiring --within a horizon past 9999-12-31 lists what ends by then, not nothing', () => {
    const far = run(['expiring', '--within', '99999999999', '--as-of', '2026-11-22', '--format', 'json']);
    const near = run(['expiring', '--within', '11', '--as-of', '2026-11-22', '--format', 'json']);
    expect(far.code).toBe(0);
    // Ending ahead: the same rules however far the horizon; behind, the far window also reaches the 2025 plan's lapse.
    const ending = (stdout: string) => (JSON.parse(stdout) as { lapsed: boolean }[]).filter((row) => !row.lapsed);
    expect(ending(far.stdout)).toEqual(ending(near.stdout));
    expect(ending(far.stdout).length).toBeGreaterThan(0);
    expect((JSON.parse(far.stdout) as { id: string; lapsed: boolean }[]).filter((row) => row.lapsed).map((row) => row.id)).toContain(
      'lz-14th-fyp/indicator-mining-output',
    );
  });

  it.each([['0000-12-31'], ['10000-01-01']])('--as-of %s is refused', (date) => {
    usageError(run(['rules', '--as-of', date]), /--as-of must be a calendar date/);
  });

  it('a well-formed code outside every document (Beijing) is valid: no rules, exit 0', () => {
    const { code, stdout } = run(['rules', '--jurisdiction', '110000', '--as-of', '2025-06-30']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^0 rules in force on 2025-06-30 for 110000$/m);
  });
});

describe('check input', () => {
  it('invalid UTF-8 is an input error naming its byte offset', () => {
    const bytes = Buffer.concat([Buffer.from('{"projectType":"ind'), Buffer.from([0xff]), Buffer.from('"}')]);
    usageError(run(['check', file('bad-utf8.json', bytes)]), /bad-utf8\.json is not valid UTF-8: byte offset 19$/m);
    usageError(run(['check', '-'], bytes), /standard input is not valid UTF-8: byte offset 19/);
  });

  it('a byte order mark is accepted by check and in a holidays file', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const { code, stdout } = run(['check', file('bom.json', Buffer.concat([bom, Buffer.from(JSON.stringify(passing))])), '--as-of', '2025-06-30']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^pass\s+gx-rural-land-2023\/11-small-facility-agriculture-filing/m);
    const holidays = file('holidays-bom.txt', Buffer.concat([bom, Buffer.from('2025-10-01\n')]));
    expect(run(['check', file('p.json', JSON.stringify(passing)), '--holidays', holidays, '--as-of', '2025-06-30']).code).toBe(0);
  });

  it('a byte order mark after the offset shifts it: the offset counts the file’s bytes', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    usageError(run(['check', file('bom-bad.json', bytes)]), /byte offset 9/);
  });

  it.each([
    [1024 * 1024 - 20, true],
    [1024 * 1024, true],
    [1024 * 1024 + 1, false],
  ])('an input of %i bytes is taken: %s (the bound is 1 MiB; beyond it, batch)', (size, ok) => {
    const body = JSON.stringify({ ...passing, note: '' });
    const text = `${body.slice(0, -1)}${' '.repeat(size - body.length)}}`;
    expect(Buffer.byteLength(text)).toBe(size);
    const result = run(['check', '-', '--as-of', '2025-06-30', '--format', 'json'], text);
    if (ok) expect(result.code).toBe(0);
    else usageError(result, /standard input is larger than 1048576 bytes; use `landuse-rules batch`/);
  });

  it.each([
    [1000, true],
    [1001, false],
  ])('an array of %i cases is taken: %s (beyond 1,000, batch)', (count, ok) => {
    const result = run(['check', '-', '--as-of', '2025-06-30', '--format', 'ndjson'], JSON.stringify(Array.from({ length: count }, () => ({}))));
    if (ok) expect(result.stdout.trim().split('\n')).toHaveLength(count);
    else usageError(result, /holds 1001 cases, more than check takes \(1000\); use `landuse-rules batch`/);
  });

  it('40,000 cases are refused at once, not evaluated for minutes', () => {
    usageError(run(['check', file('many.json', JSON.stringify(Array.from({ length: 40_000 }, () => passing)))]), /use `landuse-rules batch`/);
  });
});

describe('terminal output', () => {
  it('control characters from the input (ESC sequences, bidi overrides) are escaped, never sent', () => {
    const facts = { ...passing, case: 'evil\u001b[2J\u001b]0;title\u0007', structureType: 'shed\u202e', floorAreaM2: 'x\u0008\u0008' };
    const { code, stdout } = run(['check', file('esc.json', JSON.stringify(facts)), '--as-of', '2025-06-30', '--locale', 'en', '--fail-on', 'fail']);
    expect(code).toBe(1);
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(stdout).toContain('case: evil\\u001b[2J\\u001b]0;title\\u0007');
    expect(stdout).toContain('structureType shed\\u202e = simple-shed ✗');
    expect(stdout).toContain('! floorAreaM2 must be an area: a number ≥ 0, or { value, unit: "m2" | "mu" | "ha" }, got "x\\b\\b"');
    // A C0/C1 control in a fact makes it invalid, named by its code point: the character itself is never shown.
    const controlled = run([
      'check',
      file('esc2.json', JSON.stringify({ ...passing, structureType: 'shed\u001b[31m' })),
      '--as-of',
      '2025-06-30',
      '--locale',
      'en',
    ]);
    expect(controlled.stdout).toContain('! structureType contains the control character U+001B');
    expect(controlled.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('escapeControls keeps printable text, CJK included', () => {
    expect(escapeControls('面积 500 m² ≤ 1\u001b\n')).toBe('面积 500 m² ≤ 1\\u001b\\n');
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    [[0x61, 0x80], 1], // a lone continuation byte
    [[0xc0, 0xaf], 0], // an overlong '/'
    [[0xe0, 0x80, 0xaf], 0], // an overlong three-byte form
    [[0xed, 0xa0, 0x80], 0], // a surrogate
    [[0xf4, 0x90, 0x80, 0x80], 0], // past U+10FFFF
    [[0x61, 0xe4, 0xb8], 1], // cut short at the end
    [[0xe4, 0xb8, 0xad, 0xff], 3], // after a whole 中
  ])('%j: offset %i', (bytes, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(offset);
  });
});
