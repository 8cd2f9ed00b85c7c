import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listRules } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'landuse-cli-'));

const run = (args: string[], input?: string) => {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const passing = { projectType: 'facility-agriculture', siteAreaM2: 480, floorAreaM2: 900, structureType: 'simple-shed', within203Scope: true };
const failing = { ...passing, siteAreaM2: 501 };
/** A real violation: the point-supply reserve is over its 5% cap (450 m² > 5% of 8000 m²). */
const violating = { planType: 'village-plan', plannedNewConstructionLandM2: 8000, pointSupplyReserveM2: 450 };
/** A legal 0.8-亩 greenhouse: too large for the simplified filing, which is not open to it; nothing is violated. */
const greenhouse = {
  projectType: 'facility-agriculture',
  siteAreaM2: { value: 0.8, unit: 'mu' },
  floorAreaM2: 600,
  structureType: 'glasshouse',
  within203Scope: true,
};

describe('landuse-rules check', () => {
  it('prints a table and exits 0 when no rule fails', () => {
    const { code, stdout } = run(['check', file('pass.json', JSON.stringify(passing)), '--as-of', '2025-06-30']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/pass\s+gx-rural-land-2023\/11-small-facility-agriculture-filing/);
    expect(stdout).toContain('siteAreaM2 480 m² ≤ 500 m²');
    expect(stdout).not.toContain('\u001b['); // no colour when stdout is not a terminal
  });
  // Second reading: a fail that only means "not eligible" no longer exits 1 (it did before).
  it('exits 0 on a fail that only means the option is not open, naming the failing condition and saying so in words', () => {
    const { code, stdout } = run(['check', file('fail.json', JSON.stringify(failing)), '--as-of', '2025-06-30', '--locale', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain('siteAreaM2 501 m² ≤ 500 m² ✗');
    expect(stdout).toMatch(/fail: not eligible \(nothing violated\)\s+gx-rural-land-2023\/11-small-facility-agriculture-filing/);
  });
  it('a legal 0.8-亩 greenhouse too large for the simplified filing exits 0 and says the simplification is not open to it', () => {
    for (const [locale, words] of [
      ['en', 'not eligible (nothing violated)'],
      ['zh-Hans', '不符合适用条件（未违规）'],
      ['zh-Hant', '不符合適用條件（未違規）'],
    ] as const) {
      const { code, stdout } = run([
        'check',
        file(`greenhouse-${locale}.json`, JSON.stringify(greenhouse)),
        '--as-of',
        '2025-06-30',
        '--jurisdiction',
        '450200',
        '--locale',
        locale,
      ]);
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`fail: ${words.replace(/[()（）]/g, '.')}\\s+gx-rural-land-2023/11-small-facility-agriculture-filing`));
      expect(stdout).not.toContain('violation');
    }
  });
  it('exits 1 on a violation, and says so in words', () => {
    const { code, stdout } = run([
      'check',
      file('violation.json', JSON.stringify(violating)),
      '--as-of',
      '2025-06-30',
      '--jurisdiction',
      '450200',
      '--locale',
      'en',
    ]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/fail: violation\s+lz-proposal-048\/village-point-supply-reserve/);
    expect(stdout).toContain('1 fail (1 violation)');
  });
  it.each([
    ['violation', failing, 0],
    ['fail', failing, 1],
    ['fail', passing, 0],
    ['undetermined', { projectType: 'facility-agriculture', siteAreaM2: 480 }, 1],
    ['violation', { projectType: 'facility-agriculture', siteAreaM2: 480 }, 0],
  ] as const)('--fail-on %s decides the exit code (%#)', (failOn, facts, expected) => {
    const { code } = run(['check', '-', '--as-of', '2025-06-30', '--fail-on', failOn], JSON.stringify(facts));
    expect(code).toBe(expected);
  });
  it('rejects an unknown --fail-on with exit 2', () => {
    const { code, stderr } = run(['check', '-', '--fail-on', 'warning'], JSON.stringify(passing));
    expect(code).toBe(2);
    expect(stderr).toMatch(/--fail-on must be one of violation, fail, undetermined/);
  });
  it('reads an array from standard input and prints JSON reports', () => {
    const { code, stdout } = run(['check', '-', '--as-of', '2025-06-30', '--format', 'json', '--locale', 'en'], JSON.stringify([passing, failing, violating]));
    expect(code).toBe(1);
    const reports = JSON.parse(stdout) as { summary: { fail: number; violation: number; 'not-eligible': number } }[];
    expect(reports.map((r) => r.summary.fail)).toEqual([0, 1, 1]);
    expect(reports.map((r) => r.summary.violation)).toEqual([0, 0, 1]);
    expect(reports.map((r) => r.summary['not-eligible'])).toEqual([0, 1, 0]);
  });
  it('prints one report per line with --format ndjson', () => {
    const { stdout } = run(['check', '-', '--as-of', '2025-06-30', '--format', 'ndjson'], JSON.stringify([passing, passing]));
    expect(stdout.trim().split('\n')).toHaveLength(2);
  });
  it('aligns Chinese titles by display width', () => {
    const { stdout } = run(['check', file('pass2.json', JSON.stringify(passing)), '--as-of', '2025-06-30', '--locale', 'zh-Hans']);
    const rows = stdout.split('\n').filter((l) => l.startsWith('pass'));
    const reasonColumn = rows.map((row) => {
      const at = row.search(/(siteAreaM2|structureType)/);
      let width = 0;
      for (const char of row.slice(0, at)) width += /[\u4e00-\u9fff…]/.test(char) && char !== '…' ? 2 : 1;
      return width;
    });
    expect(new Set(reasonColumn).size).toBe(1);
  });
  it.each([
    [['check', join(dir, 'missing.json')], /cannot read .*missing\.json: no such file/],
    [['check', 'BAD'], /cannot read BAD/],
    [['check'], /check needs a file/],
    [['check', 'examples/liuzhou.json', '--as-of', '2025-02-30'], /--as-of must be a calendar date/],
    [['check', 'examples/liuzhou.json', '--locale', 'fr'], /Invalid option 'locale'/],
    [['check', 'examples/liuzhou.json', '--bogus'], /Unknown option '--bogus'/],
    [['check', 'examples/liuzhou.json', '--format', 'xml'], /--format must be one of/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['explain', 'no/such-rule'], /unknown rule id/],
    [['expiring'], /--within <days>/],
  ])('%j is a usage error: one line, exit 2, no stack trace', (args, message) => {
    const { code, stderr, stdout } = run(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\s+at /);
    expect(stdout).toBe('');
  });
  it('malformed JSON names the file and the position', () => {
    const { code, stderr } = run(['check', file('bad.json', '{ "siteAreaM2": 12, }')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/bad\.json is not valid JSON/);
  });
  it('an empty array of cases is a usage error; a case that is no object is reported and exits 2', () => {
    const empty = run(['check', file('none.json', '[]')]);
    expect([empty.code, empty.stderr.trim()]).toEqual([2, expect.stringMatching(/none\.json holds no case: give one object of facts, or an array of them$/)]);
    const text = run(['check', file('text.json', '"facility"'), '--as-of', '2025-06-30', '--locale', 'en']);
    expect(text.code).toBe(2);
    expect(text.stdout).toMatch(/! the facts must be a JSON object, got "facility"/);
  });
  it('takes holidays from a file', () => {
    const holidays = file('holidays.txt', '2025-10-01\n2025-10-02\n');
    const { code } = run(['check', file('p3.json', JSON.stringify(passing)), '--holidays', holidays, '--as-of', '2025-06-30']);
    expect(code).toBe(0);
  });
});

describe('landuse-rules batch', () => {
  it('keeps going past a bad line and answers every line in order', () => {
    const lines = [JSON.stringify(passing), '{ not json', JSON.stringify(failing), '', JSON.stringify(passing)].join('\n');
    const { code, stdout } = run(['batch', file('batch.ndjson', `${lines}\n`), '--as-of', '2025-06-30', '--workers', '2']);
    expect(code).toBe(2);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; error?: string; summary?: { fail: number } });
    expect(out.map((o) => o.line)).toEqual([1, 2, 3, 5]);
    expect(out[1]!.error).toMatch(/not valid JSON/);
    expect(out.map((o) => o.summary?.fail)).toEqual([0, undefined, 1, 0]);
  });
  // Second reading: sites over 500 m² are "not eligible", which exits 0 by default; --fail-on fail restores 1.
  it('exits 1 when a rule fails and every line is valid, under --fail-on fail; 0 by default when nothing is violated', () => {
    const many = Array.from({ length: 1000 }, (_, i) => JSON.stringify({ ...passing, siteAreaM2: i })).join('\n');
    expect(run(['batch', '-', '--as-of', '2025-06-30'], many).code).toBe(0);
    const { code, stdout } = run(['batch', '-', '--as-of', '2025-06-30', '--fail-on', 'fail'], many);
    expect(code).toBe(1);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number });
    expect(out.map((o) => o.line)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
  });
  it('exits 1 on a violation in any line', () => {
    const lines = [JSON.stringify(passing), JSON.stringify(violating)].join('\n');
    expect(run(['batch', '-', '--as-of', '2025-06-30'], lines).code).toBe(1);
  });
  it('names a missing file', () => {
    const { code, stderr } = run(['batch', join(dir, 'nope.ndjson')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot read .*nope\.ndjson/);
  });
});

describe('landuse-rules rules, expiring, explain', () => {
  it('lists the rules in force for a jurisdiction on a date', () => {
    const inForce = run(['rules', '--as-of', '2025-06-30', '--jurisdiction', '450200', '--format', 'json']);
    expect(inForce.code).toBe(0);
    const ids = (JSON.parse(inForce.stdout) as { id: string }[]).map((r) => r.id);
    expect(ids).toContain('gx-rural-land-2023/11-small-facility-agriculture-filing');
    const lapsed = JSON.parse(run(['rules', '--as-of', '2026-12-04', '--jurisdiction', '450000', '--format', 'json']).stdout) as unknown[];
    expect(lapsed).toEqual([]);
  });
  it('lists what expires, with its last day', () => {
    const within = run(['expiring', '--within', '30', '--as-of', '2026-11-22']);
    expect(within.code).toBe(0);
    expect(within.stdout).toMatch(/gx-rural-land-2023\/01-interim-planning-basis\s+2026-12-03\s+11/);
    const notYet = JSON.parse(run(['expiring', '--within', '10', '--as-of', '2026-11-22', '--format', 'json']).stdout) as unknown[];
    expect(notYet.filter((r) => JSON.stringify(r).includes('gx-rural'))).toEqual([]);
  });
  it('also lists what lapsed within the window before --as-of: the Guangxi rules that ended yesterday are news, not silence', () => {
    const guangxi = listRules({ documentId: 'gx-rural-land-2023' }).length;
    const day = run(['expiring', '--within', '30', '--as-of', '2026-12-04']);
    expect(day.stdout).toMatch(/gx-rural-land-2023\/01-interim-planning-basis\s+2026-12-03\s+1$/m);
    expect(day.stdout).toMatch(new RegExp(`^${guangxi} rules lapsed within 30 days before 2026-12-04: they still judge acts done while in force`, 'm'));
    const rows = JSON.parse(run(['expiring', '--within', '30', '--as-of', '2026-12-04', '--format', 'json']).stdout) as {
      id: string;
      lapsed: boolean;
      daysLeft: number;
    }[];
    expect(rows.filter((r) => r.lapsed && r.id.startsWith('gx-rural')).map((r) => r.daysLeft)).toEqual(Array(guangxi).fill(-1));
    // The window is exact: lapsed the day before --as-of is within 1 day; 2 days before is not within 1.
    expect(JSON.parse(run(['expiring', '--within', '1', '--as-of', '2026-12-04', '--format', 'json']).stdout)).toHaveLength(guangxi);
    expect(JSON.parse(run(['expiring', '--within', '1', '--as-of', '2026-12-05', '--format', 'json']).stdout)).toHaveLength(0);
  });
  it('rules says which documents lapsed and that they still judge the acts of their window', () => {
    const { stdout } = run(['rules', '--as-of', '2026-12-04', '--jurisdiction', '450200']);
    expect(stdout).toMatch(/^! gx-rural-land-2023 lapsed on 2026-12-03: its rules still judge acts done while it was in force \(give --act-on DATE\)$/m);
    expect(stdout).toMatch(/^! lz-14th-fyp lapsed on 2025-12-31/m);
  });
  it('explains a rule with its quote and thresholds', () => {
    const { code, stdout } = run(['explain', 'gx-rural-land-2023/11-small-facility-agriculture-filing']);
    expect(code).toBe(0);
    expect(stdout).toContain('對用地規模不超過500平方米');
    expect(stdout).toContain('maxSiteArea = 500 m2');
  });
});

describe('landuse-rules batch options', () => {
  it('a bad option stops the batch with one line and exit 2', () => {
    const { code, stderr } = run(['batch', '-', '--rules', 'no/such-rule'], JSON.stringify(passing));
    expect(code).toBe(2);
    expect(stderr.trim()).toMatch(/^landuse-rules: Invalid option 'rules'/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('landuse-rules on a terminal', () => {
  // util-linux `script` gives the CLI a pseudo-terminal, as a person's shell would.
  const onTty = (command: string) =>
    spawnSync('script', ['-qc', command, '/dev/null'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } }).stdout;
  it('colours the status column only on a terminal', () => {
    const out = onTty(`${process.execPath} ${cli} check ${file('tty.json', JSON.stringify(passing))} --as-of 2025-06-30`);
    expect(out).toContain('\u001b[32mpass');
  });
  it('shows batch progress on stderr when it is a terminal', () => {
    const lines = Array.from({ length: 300 }, () => JSON.stringify(passing)).join('\n');
    const out = onTty(`${process.execPath} ${cli} batch ${file('tty.ndjson', lines)} --as-of 2025-06-30 > /dev/null`);
    expect(out).toMatch(/300 records in \d+\.\d s/);
  });
});

describe('landuse-rules batch output', () => {
  const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ ...passing, siteAreaM2: i % 600 })).join('\n');

  it('ends quietly with 141 (as a Unix tool cut off by SIGPIPE) when the reader closes the pipe early', () => {
    const input = file('pipe.ndjson', lines);
    const result = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${cli}" batch "${input}" --as-of 2025-06-30 | head -c 100 > /dev/null; echo "\${PIPESTATUS[0]}"`],
      { encoding: 'utf8' },
    );
    expect(result.stdout.trim()).toBe('141');
    expect(result.stderr).toBe('');
  });

  it('answers every line, in order and without warnings, to a reader slower than the workers', () => {
    const input = file('slow.ndjson', lines);
    const script = `"${process.execPath}" "${cli}" batch "${input}" --as-of 2025-06-30 | (sleep 1; "${process.execPath}" -e "let n=0,order=0;require('readline').createInterface({input:process.stdin}).on('line',l=>{n++;if(JSON.parse(l).line===n)order++}).on('close',()=>console.log(n,order))")`;
    const result = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(result.stdout.trim()).toBe('3000 3000');
    expect(result.stderr).toBe('');
  });
});

describe('landuse-rules --version and --help', () => {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  it.each([['--version'], ['-v']])('%s prints the package version and exits 0', (flag) => {
    const { code, stdout } = run([flag]);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(version);
  });
  it('--help lists every command with one line each', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    for (const command of ['check', 'batch', 'rules', 'expiring', 'explain', 'serve']) expect(stdout).toMatch(new RegExp(`^  ${command}\\b.*\\S`, 'm'));
  });
});

describe('landuse-rules facts (issue 24, item 6)', () => {
  it('lists every fact with its type, unit and known values, each with its Chinese names, as the facts JSON Schema does', () => {
    const listed = JSON.parse(run(['facts', '--format', 'json']).stdout) as {
      fact: string;
      type: string;
      unit?: string;
      values?: { value: string; labels: string[] }[];
    }[];
    const schema = JSON.parse(readFileSync(join(root, 'schema/facts.schema.json'), 'utf8')) as { properties: Record<string, { examples?: string[] }> };
    expect(listed.map((f) => f.fact).sort()).toEqual(Object.keys(schema.properties).sort());
    for (const fact of listed)
      expect(
        fact.values?.map((v) => v.value),
        fact.fact,
      ).toEqual(schema.properties[fact.fact]!.examples);
    expect(listed.find((f) => f.fact === 'siteAreaM2')).toMatchObject({ type: 'area', unit: 'm2' });
    expect(listed.find((f) => f.fact === 'projectType')!.values).toContainEqual({ value: 'facility-agriculture', labels: ['设施农业', '设施农业用地'] });
  });
  it('names one fact, in traditional characters with --locale zh-Hant; a name that is no fact is exit 2', () => {
    expect(run(['facts', 'structureType', '--locale', 'zh-Hant']).stdout).toContain('simple-shed（簡易棚房）');
    const wrong = run(['facts', 'projectTyp']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("'projectTyp' is not a fact");
  });
});
