import { isUtf8 } from 'node:buffer';
import { accessSync, closeSync, constants, existsSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import type { UntypedEvaluateOptions, Locale, Report, RuleResult } from '../index.js';
import { isCalendarDate, toDate, fromDate, todayInChina } from '../core/dates.js';
import { LOCALES } from '../core/locale.js';
import { COMMON } from '../core/messages.js';
import { isJurisdiction } from '../core/options.js';
import { OPERATOR_SYMBOL, type OperatorName } from '../core/operators.js';
import { CONSEQUENCES } from '../core/rule.js';
import { FAIL_ON, type FailOn, flagged, isFailOn } from './fail-on.js';
import { type BatchOptions, runBatch } from './batch.js';
import { checkOutputs, writeFileWhole } from './output-file.js';
import { FORMATS, type Format, ONLY_VALUES, formatOfPath } from './formats.js';
import { encodingNamed } from '../core/encoding.js';

/**
 * The library is loaded only by the commands that evaluate here; `batch` leaves it to
 * its workers, so the main thread stays small on long inputs.
 */
const library = () => import('../index.js');
const catalogue = () => import('../rules/index.js');
/** Reading Chinese value names needs the vocabulary: loaded by the commands that read values here. */
const valueNames = () => import('../facts/normalise.js');
import { escapeControls, firstInvalidUtf8, paint, table, truncate } from './text.js';

/** A mistake of the user's: printed as one line, exit code 2, never a stack trace. */
export class UsageError extends Error {}

/**
 * The service's packages are optional (a consumer of the library or the form installs none of
 * them): `serve` without them is one line naming what to install, exit 2.
 */
const SERVICE_PACKAGES = ['fastify', '@fastify/cors', '@fastify/swagger', '@fastify/swagger-ui', '@fastify/under-pressure'] as const;
const serveWithPackages = async (args: string[]): Promise<number> => {
  try {
    return await (await import('../server/cli.js')).serve(args);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error;
    if (!SERVICE_PACKAGES.some((name) => message.includes(`'${name}'`))) throw error;
    throw new UsageError(`serve needs the service's packages, which are optional and not installed: npm install ${SERVICE_PACKAGES.join(' ')}`);
  }
};

/** What `check` takes: it keeps every report in memory and runs json-rules-engine; larger inputs go to `batch`. */
export const CHECK_MAX_BYTES = 1024 * 1024;
export const CHECK_MAX_CASES = 1000;

const USAGE = `Usage: landuse-rules <command> [options]

Commands:
  check <file|->            evaluate one facts object or an array of them
  batch <file|->            a register in (NDJSON, CSV/TSV, XLSX, GeoJSON), one compact report per record out
  rules                     the rules in force on --as-of for --jurisdiction
  expiring --within <days>  rules whose in-force window ends within <days> after --as-of, or ended within <days> before it
  explain <rule-id>         a rule's source, thresholds, facts and window
  facts [<fact>]            the facts a case may give: type, unit, description and known values with their
                            Chinese names (what a register's header and --map name); --format json
  export                    the rules as data (JSON, schema/rule-set.schema.json): --rules, --jurisdiction, -o
  serve                     the decision service over HTTP (landuse-rules serve --help)

Options:
  --as-of YYYY-MM-DD        evaluation date (default: today in China, UTC+8)
  --act-on YYYY-MM-DD       the day of the act the case is about (a plan approved, a filing made) where
                            the facts carry none: it is judged by the law in force that day (default: --as-of)
  --jurisdiction CODE       GB/T 2260 code (450000 Guangxi, 450200 Liuzhou, …) or pilot-city
  --locale zh-Hans|zh-Hant|en
  --rules a,b               rule or document ids
  --holidays <file>         extra rest days: a JSON array or one date per line
  --format table|json|ndjson (check, rules, expiring, explain: table|json)
  --all                     check: list not-applicable rules too
  --fail-on violation|fail|undetermined|not-in-force
                            check, batch: what makes the exit code 1 (default: violation —
                            a fail that only means "not eligible" or "target missed" exits 0;
                            not-in-force: also a rule that concerns a case but was not in force)
  -v, --version             the version of landuse-rules
  -h, --help                this text

Batch options:
  --from, --to FORMAT       ndjson|csv|tsv|xlsx|geojson|geojsonseq (default: by extension; --to: as --from)
  -o, --output FILE         write here instead of standard output (its extension sets --to)
  --results concerned|all   concerned (default): pass, fail, undetermined and not-in-force results only
  --citations full|ref|none ref: document and article only (the quote is one explain away)
  --only a,b                keep only results with these statuses or consequences
                            (pass, fail, undetermined, not-in-force, violation, not-eligible, target-missed)
  --id FIELD                the input's id field or column (default: id when present, else the line)
  --map FILE.json           { "the register's header": "fact" or "fact[unit]" or
                            { "fact": "projectType", "values": { "大棚": "facility-agriculture" } } }
                            (Chinese names of values, 设施农业, are read as codes without a map)
  --strict-values           a value the rules do not know makes its record an error, not an issue
  --drop-columns            a CSV/TSV/XLSX answer to a register leaves out the register's own columns
                            (kept by default, after the fixed columns: id … issues, messages, asOf, actOn)
  --encoding utf-8|gb18030  of a CSV/TSV/NDJSON/GeoJSONSeq input (GBK is read as GB18030)
  --sheet NAME              the worksheet of an .xlsx input to read (default: the first)
  --header-row N            the header is the Nth non-empty row; the rows above it are titles (default:
                            found by itself: a row of one cell that names no column above it is a title)
  --max-line-bytes N        a longer line or feature is that record's error (default 1048576, at most 8 MiB)
  --summary FILE.json       per rule, how many records had each status
  --bom                     start a CSV/TSV output with a UTF-8 byte-order mark (for desktop Excel)
  --verbatim-cells          write CSV/TSV cells as they are, for programs: by default a text cell starting
                            with = + - @, a tab or a CR gets a ' before it, so Excel shows it, never runs it
  --workers N               worker threads (default and most: the number of cores)

\`check\` reads at most ${CHECK_MAX_BYTES / 1024 / 1024} MiB and ${CHECK_MAX_CASES} cases; \`batch\` takes inputs of any length.
\`check\` reads UTF-8 (a byte order mark is accepted); \`batch\` also GB18030 (--encoding).

Exit codes: 0 nothing to flag · 1 a violation (or what --fail-on names) · 2 wrong input or arguments (batch: any record
unread) · 3 internal error · 130 batch interrupted.`;

const OPTIONS = {
  'as-of': { type: 'string' },
  'act-on': { type: 'string' },
  jurisdiction: { type: 'string' },
  locale: { type: 'string' },
  rules: { type: 'string' },
  holidays: { type: 'string' },
  format: { type: 'string' },
  within: { type: 'string' },
  workers: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  output: { type: 'string', short: 'o' },
  results: { type: 'string' },
  citations: { type: 'string' },
  only: { type: 'string' },
  id: { type: 'string' },
  map: { type: 'string' },
  encoding: { type: 'string' },
  sheet: { type: 'string' },
  'max-line-bytes': { type: 'string' },
  summary: { type: 'string' },
  bom: { type: 'boolean' },
  'verbatim-cells': { type: 'boolean' },
  'strict-values': { type: 'boolean' },
  'header-row': { type: 'string' },
  'drop-columns': { type: 'boolean' },
  all: { type: 'boolean' },
  'fail-on': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** The package's own version: package.json sits one folder above dist/cli.js (two above src/cli/main.ts). */
const version = (): string => {
  for (const relative of ['../package.json', '../../package.json']) {
    const url = new URL(relative, import.meta.url);
    if (!existsSync(url)) continue;
    const manifest = JSON.parse(readFileSync(url, 'utf8')) as { name?: string; version?: string };
    if (manifest.name === 'landuse-rules' && manifest.version) return manifest.version;
  }
  throw new Error('package.json of landuse-rules not found beside the CLI');
};

const readBytes = (file: string, maxBytes: number): Buffer => {
  const where = file === '-' ? 'standard input' : file;
  let fd: number | undefined;
  try {
    fd = file === '-' ? 0 : openSync(file, 'r');
    if (file !== '-' && fstatSync(fd).isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.allocUnsafe(64 * 1024);
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        // A non-blocking standard input with nothing yet: wait and read again.
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        if ((error as NodeJS.ErrnoException).code === 'EOF') break;
        throw error;
      }
      if (n === 0) break;
      total += n;
      // Refused as soon as the bound is passed: the rest is never read.
      if (total > maxBytes) throw new UsageError(`${where} is larger than ${maxBytes} bytes; use \`landuse-rules batch\` for long inputs (one case per line)`);
      chunks.push(Buffer.from(chunk.subarray(0, n)));
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${where}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(code ?? error)}`);
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
};

/** A UTF-8 text input: a byte order mark is dropped, invalid UTF-8 is an input error naming its byte offset. */
const readInput = (file: string, maxBytes = Number.MAX_SAFE_INTEGER): string => {
  const bytes = readBytes(file, maxBytes);
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(bom);
  if (!isUtf8(body)) throw new UsageError(`${file === '-' ? 'standard input' : file} is not valid UTF-8: byte offset ${bom + firstInvalidUtf8(body)}`);
  return body.toString('utf8');
};

const parseJson = (text: string, where: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${where} is not valid JSON: ${(error as Error).message}`);
  }
};

type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

const evaluateOptions = (values: Values): UntypedEvaluateOptions => {
  const options: UntypedEvaluateOptions = {};
  if (values['as-of'] !== undefined) {
    if (!isCalendarDate(values['as-of'])) throw new UsageError(`--as-of must be a calendar date YYYY-MM-DD, got '${values['as-of']}'`);
    options.asOf = values['as-of'];
  }
  if (values['act-on'] !== undefined) {
    if (!isCalendarDate(values['act-on'])) throw new UsageError(`--act-on must be a calendar date YYYY-MM-DD, got '${escapeControls(values['act-on'])}'`);
    options.actOn = values['act-on'];
  }
  if (values.jurisdiction !== undefined) {
    if (!isJurisdiction(values.jurisdiction)) {
      throw new UsageError(
        `--jurisdiction must be a GB/T 2260 code under a province-level division (450000, 450200 …) or pilot-city, got '${escapeControls(values.jurisdiction)}'`,
      );
    }
    options.jurisdiction = values.jurisdiction;
  }
  if (values.locale !== undefined) {
    if (!(LOCALES as readonly string[]).includes(values.locale))
      throw new UsageError(`Invalid option 'locale': --locale must be one of ${LOCALES.join(', ')}, got '${escapeControls(values.locale)}'`);
    options.locale = values.locale as Locale;
  }
  if (values.rules !== undefined) {
    const rules = values.rules
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean);
    options.rules = rules;
    if (rules.length === 0) throw new UsageError('--rules lists no rule or document id (leave it out for all rules)');
  }
  if (values.holidays !== undefined) {
    const text = readInput(values.holidays).trim();
    const list = text.startsWith('[') ? parseJson(text, values.holidays) : text.split(/\s+/).filter(Boolean);
    if (!Array.isArray(list)) throw new UsageError(`${values.holidays} must hold a JSON array of dates or one date per line`);
    options.holidays = list as string[];
  }
  return options;
};

/** What turns the exit code to 1 (conventions §5: by default only a violation does). */
const failOnOf = (values: Values): FailOn => {
  const chosen = values['fail-on'] ?? 'violation';
  if (!isFailOn(chosen)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, got '${chosen}'`);
  return chosen;
};

const format = (values: Values, allowed: readonly string[]): string => {
  const chosen = values.format ?? 'table';
  if (!allowed.includes(chosen)) throw new UsageError(`--format must be one of ${allowed.join(', ')}, got '${chosen}'`);
  return chosen;
};

const colourOn = (): boolean => Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;

const shown = (value: unknown): string =>
  Array.isArray(value) ? `[${value.map(shown).join(', ')}]` : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);

const COMPARISONS = new Set(['atMost', 'atLeast', 'above', 'below', 'onOrBefore', 'onOrAfter', 'before', 'after']);

/** The one line that best says why a rule came out as it did. */
export const decisiveReason = (result: RuleResult): string => {
  if (result.status === 'undetermined') return `missing or invalid: ${result.missingFacts.join(', ')}`;
  if (result.status === 'not-in-force' || result.status === 'not-applicable') return result.message;
  // A failing condition explains a fail; a threshold that held explains a pass best.
  const candidates = result.reasons.filter((r) => r.holds === (result.status === 'pass'));
  const reason = candidates.find((r) => COMPARISONS.has(r.operator)) ?? candidates.find((r) => r.operator !== 'present') ?? candidates[0];
  if (!reason) return result.message;
  const fact = reason.fact.replace(/^[$@]/, '');
  if (reason.operator === 'present') return `${fact}: ${reason.actual === undefined ? 'not given' : 'given'}`;
  if (reason.operator === 'isEmpty') return reason.holds ? `${fact}: none` : `${fact}: ${shown(reason.actual)} ✗`;
  const unit = reason.unit ? ` ${reason.unit === 'm2' ? 'm²' : reason.unit}` : '';
  const symbol = OPERATOR_SYMBOL[reason.operator as OperatorName] ?? reason.operator;
  return `${fact} ${shown(reason.actual)}${unit} ${symbol} ${shown(reason.expected)}${unit}${reason.holds ? '' : ' ✗'}`;
};

const STATUS_COLOUR = { pass: 'green', fail: 'red', undetermined: 'yellow', 'not-applicable': 'grey', 'not-in-force': 'yellow' } as const;

/** A fail says in words what it means: a violation, an option not open, a target missed. */
const statusWords = (result: RuleResult, locale: Locale): string =>
  result.consequence ? `fail: ${COMMON[result.consequence][locale]}` : notYetDue(result) ? 'not yet due' : result.status;

/** A target not yet due is not applicable, but its target, gap and due date are worth a row. */
const notYetDue = (result: RuleResult): boolean => result.status === 'not-applicable' && 'dueBy' in result.conclusions;

const reportTable = (report: Report, label: string, showAll: boolean, locale: Locale): string => {
  const paintIf = paint(colourOn());
  // A rule not checked for a lapse is said once per document below, not as a row each (--all lists them).
  const visible = report.results.filter((r) => showAll || (r.status !== 'not-applicable' && r.status !== 'not-in-force') || notYetDue(r));
  const rows = [
    ['status', 'rule', 'title', 'reason'],
    ...visible.map((r) => [statusWords(r, locale), r.ruleId, truncate(r.title, 34), truncate(decisiveReason(r), 90)]),
  ];
  const { summary } = report;
  const failWords = summary.fail
    ? ` (${CONSEQUENCES.filter((c) => summary[c] > 0)
        .map((c) => `${summary[c]} ${COMMON[c][locale]}`)
        .join(', ')})`
    : '';
  const lines = [
    paintIf('bold', escapeControls(`${label} — as of ${report.asOf}${report.jurisdiction ? `, jurisdiction ${report.jurisdiction}` : ''}`)),
    visible.length
      ? table(rows, (row, column, text) => (row === 0 ? paintIf('bold', text) : column === 0 ? paintIf(STATUS_COLOUR[visible[row - 1]!.status], text) : text))
      : report.documentsNotInForce.length
        ? '(no rule in force concerns this case)'
        : '(no rule concerns this case)',
    `${summary.pass} pass · ${summary.fail} fail${failWords} · ${summary.undetermined} undetermined · ${summary['not-in-force']} not in force · ${summary['not-applicable']} not applicable${showAll || !summary['not-applicable'] ? '' : ' (--all lists them)'}`,
  ];
  for (const lapse of report.documentsNotInForce) lines.push(paintIf('yellow', `! ${escapeControls(lapse.message)}`));
  for (const issue of report.issues) lines.push(paintIf('yellow', `! ${escapeControls(issue.message)}`));
  return lines.join('\n');
};

const caseLabel = (facts: unknown, index: number, count: number): string => {
  const name = typeof facts === 'object' && facts !== null && !Array.isArray(facts) ? (facts as Record<string, unknown>).case : undefined;
  const prefix = count > 1 ? `case ${index + 1}` : 'case';
  return typeof name === 'string' ? `${prefix}: ${name}` : prefix;
};

const check = async (file: string | undefined, values: Values): Promise<number> => {
  if (!file) throw new UsageError('check needs a file, or - for standard input');
  const chosen = format(values, ['table', 'json', 'ndjson']);
  const failOn = failOnOf(values);
  const options = evaluateOptions(values);
  const input = parseJson(readInput(file, CHECK_MAX_BYTES), file === '-' ? 'standard input' : file);
  const cases = Array.isArray(input) ? input : [input];
  const where = file === '-' ? 'standard input' : file;
  if (cases.length === 0) throw new UsageError(`${where} holds no case: give one object of facts, or an array of them`);
  if (cases.length > CHECK_MAX_CASES) {
    throw new UsageError(
      `${file === '-' ? 'standard input' : file} holds ${cases.length} cases, more than check takes (${CHECK_MAX_CASES}); use \`landuse-rules batch\` with one case per line`,
    );
  }
  const reports: Report[] = [];
  const [{ evaluate }, { normaliseFacts, withValueChanges }] = await Promise.all([library(), valueNames()]);
  // A case file written by hand may name values in Chinese (设施农业): read as codes, and said so in the report.
  for (const facts of cases) {
    const { facts: coded, changes } = normaliseFacts(facts);
    reports.push(withValueChanges(await evaluate(coded, options), changes, options.locale ?? 'zh-Hans'));
  }
  if (chosen === 'json') console.log(JSON.stringify(Array.isArray(input) ? reports : reports[0], null, 2));
  else if (chosen === 'ndjson') for (const report of reports) console.log(JSON.stringify(report));
  else
    console.log(
      reports.map((report, i) => reportTable(report, caseLabel(cases[i], i, cases.length), Boolean(values.all), options.locale ?? 'zh-Hans')).join('\n\n'),
    );
  // A case that is no object of facts is wrong input (its report says so in its issues): exit 2, as for any input not read.
  if (cases.some((facts) => facts === null || typeof facts !== 'object' || Array.isArray(facts))) return 2;
  return reports.some((r) => flagged(r.summary, failOn)) ? 1 : 0;
};

const windowText = (inForce: { from: string; to?: string }): string => `${inForce.from} … ${inForce.to ?? '(open)'}`;

const rulesInForce = async (values: Values): Promise<number> => {
  const { listRules } = await library();
  const chosen = format(values, ['table', 'json']);
  const options = evaluateOptions(values);
  const asOf = values['as-of'] ?? todayInChina();
  const listed = listRules(options.jurisdiction ? { jurisdiction: options.jurisdiction } : {});
  const rules = listed.filter((r) => r.inForce.from <= asOf && (r.inForce.to === undefined || asOf <= r.inForce.to));
  if (chosen === 'json') console.log(JSON.stringify(rules, null, 2));
  else {
    const locale = options.locale ?? 'zh-Hans';
    console.log(table([['rule', 'in force', 'strength', 'title'], ...rules.map((r) => [r.id, windowText(r.inForce), r.strength, r.title[locale]])]));
    console.log(`${rules.length} rules in force on ${asOf}${options.jurisdiction ? ` for ${options.jurisdiction}` : ''}`);
    // A document that lapsed (or is not yet in force) is news: its rules still govern the acts of its window.
    const windows = new Map(listed.map((r): [string, { from: string; to?: string }] => [r.documentId, r.inForce]));
    for (const [id, inForce] of windows) {
      if (inForce.to !== undefined && inForce.to < asOf)
        console.log(`! ${id} lapsed on ${inForce.to}: its rules still judge acts done while it was in force (give --act-on DATE)`);
      else if (inForce.from > asOf) console.log(`! ${id} is not yet in force on ${asOf}: it takes effect on ${inForce.from}`);
    }
  }
  return 0;
};

/** The fact vocabulary, for whoever writes a register's header or a --map: each fact, its type, unit and values. */
const listFacts = async (name: string | undefined, values: Values): Promise<number> => {
  const [{ FACTS, FACT_NAMES }, { FACT_DESCRIPTIONS }, { VALUE_LABELS }] = await Promise.all([
    import('../facts/vocabulary.js'),
    import('../facts/descriptions.js'),
    import('../facts/value-labels.js'),
  ]);
  const chosen = format(values, ['table', 'json']);
  const locale = evaluateOptions(values).locale ?? 'zh-Hans';
  if (name !== undefined && !(FACT_NAMES as readonly string[]).includes(name))
    throw new UsageError(`'${escapeControls(name)}' is not a fact (landuse-rules facts lists them)`);
  const names = name === undefined ? FACT_NAMES : [name as (typeof FACT_NAMES)[number]];
  const rows = names.map((fact) => {
    const kind = FACTS[fact];
    const labels = VALUE_LABELS[fact] ?? {};
    const known = kind.values?.map((value) => ({ value, labels: labels[value]?.[locale === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans'] ?? [] }));
    return {
      fact,
      type: kind.type,
      ...(kind.unit ? { unit: kind.unit } : {}),
      description: FACT_DESCRIPTIONS[fact][locale === 'en' ? 'en' : 'zh'],
      ...(known ? { values: known } : {}),
    };
  });
  if (chosen === 'json') console.log(JSON.stringify(rows, null, 2));
  else {
    const shownValues = (row: (typeof rows)[number]) =>
      (row.values ?? []).map((v) => (v.labels.length ? `${v.value}（${v.labels.join('、')}）` : v.value)).join('；');
    console.log(
      table([
        ['fact', 'type', 'description', 'values'],
        ...rows.map((row) => [row.fact, row.unit ? `${row.type} [${row.unit}]` : row.type, row.description, shownValues(row)]),
      ]),
    );
  }
  return 0;
};

const expiring = async (values: Values): Promise<number> => {
  const { listRules } = await library();
  const chosen = format(values, ['table', 'json']);
  if (values.within === undefined || !/^\d+$/.test(values.within)) throw new UsageError('expiring needs --within <days>, a whole number of days');
  const options = evaluateOptions(values);
  const asOf = values['as-of'] ?? todayInChina();
  // A horizon past 9999-12-31 is that day: no rule's window ends later.
  const end = addDays(toDate(asOf), Number(values.within));
  const horizon = Number.isNaN(end.getTime()) || end.getFullYear() > 9999 ? '9999-12-31' : fromDate(end);
  // And the window before: what lapsed within as many days is news too (the day before --as-of at the latest).
  const start = addDays(toDate(asOf), -Number(values.within));
  const since = Number.isNaN(start.getTime()) || start.getFullYear() < 1 ? '0001-01-01' : fromDate(start);
  const listed = listRules(options.jurisdiction ? { jurisdiction: options.jurisdiction } : {});
  const rowOf = (r: (typeof listed)[number], lapsed: boolean) => ({
    id: r.id,
    lastDay: r.inForce.to!,
    daysLeft: differenceInCalendarDays(toDate(r.inForce.to!), toDate(asOf)),
    lapsed,
  });
  const rows = listed
    .filter((r) => r.inForce.to !== undefined && r.inForce.to >= asOf && r.inForce.to <= horizon && r.inForce.from <= asOf)
    .map((r) => rowOf(r, false));
  const lapsedRows = listed.filter((r) => r.inForce.to !== undefined && r.inForce.to < asOf && r.inForce.to >= since).map((r) => rowOf(r, true));
  if (chosen === 'json') console.log(JSON.stringify([...rows, ...lapsedRows], null, 2));
  else {
    console.log(table([['rule', 'last day in force', 'days left'], ...rows.map((r) => [r.id, r.lastDay, String(r.daysLeft)])]));
    console.log(`${rows.length} rules end within ${values.within} days of ${asOf}`);
    if (lapsedRows.length) {
      console.log(table([['rule', 'lapsed after', 'days ago'], ...lapsedRows.map((r) => [r.id, r.lastDay, String(-r.daysLeft)])]));
      console.log(
        `${lapsedRows.length} rules lapsed within ${values.within} days before ${asOf}: they still judge acts done while in force (give --act-on DATE)`,
      );
    }
  }
  return 0;
};

const explain = async (id: string | undefined, values: Values): Promise<number> => {
  const { listRules, DOCUMENTS } = await library();
  const { RULE_BY_ID } = await catalogue();
  const chosen = format(values, ['table', 'json']);
  if (!id) throw new UsageError('explain needs a rule id');
  const rule = RULE_BY_ID.get(id);
  if (!rule) throw new UsageError(`unknown rule id '${escapeControls(id)}' (landuse-rules rules lists them)`);
  const info = listRules().find((r) => r.id === id)!;
  if (chosen === 'json') {
    console.log(JSON.stringify({ ...info, selects: rule.selects, decision: rule.decision, readings: rule.readings ?? [] }, null, 2));
    return 0;
  }
  const document = DOCUMENTS[rule.documentId];
  const lines = [
    `${rule.id}`,
    `${rule.title['zh-Hans']} · ${rule.title.en}`,
    `${rule.kind}, ${rule.strength}${rule.attribute ? `, ${rule.attribute}` : ''}`,
    `document: ${rule.documentId} (${document.title['zh-Hans']}), jurisdiction ${document.jurisdiction}, in force ${windowText(document.inForce)}`,
    '',
    `${rule.citation.article} ${rule.citation.quote}`,
    '',
    'thresholds:',
    ...(Object.entries(rule.parameters).length
      ? Object.entries(rule.parameters).map(
          ([name, p]) => `  ${name} = ${p.value === '' ? '(blank in the source)' : p.value}${p.unit ? ` ${p.unit}` : ''} — ${p.source}`,
        )
      : ['  (none)']),
    'facts:',
    ...rule.facts.map((f) => `  ${f}`),
    ...(rule.readings?.length ? ['readings:', ...rule.readings.map((r) => `  chosen: ${r.chosen}\n  alternative: ${r.alternative}`)] : []),
  ];
  console.log(lines.join('\n'));
  return 0;
};

const oneOf = <T extends string>(values: Values, name: 'from' | 'to' | 'results' | 'citations', allowed: readonly T[]): T | undefined => {
  const given = values[name];
  if (given === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(given)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got '${given}'`);
  return given as T;
};

/**
 * A --map: header → fact, or header → { fact, values } where `values` names the codes of the
 * register's own words for that column ({"大棚": "facility-agriculture"}); checked whole here.
 */
const readMap = async (path: string): Promise<{ columns: Record<string, string>; values?: Record<string, Record<string, string>> }> => {
  const map = parseJson(readInput(path), path);
  const shape = `${path} must hold a JSON object of header → fact, e.g. { "用地面积(亩)": "siteAreaM2[mu]" }, or header → { "fact": "projectType", "values": { "大棚": "facility-agriculture" } }`;
  const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isPlain(map)) throw new UsageError(shape);
  const columns: Record<string, string> = {};
  let values: Record<string, Record<string, string>> | undefined;
  for (const [header, entry] of Object.entries(map)) {
    if (typeof entry === 'string') {
      Object.defineProperty(columns, header, { value: entry, enumerable: true });
      continue;
    }
    const { fact, values: own, ...rest } = isPlain(entry) ? entry : {};
    const table = own === undefined ? {} : own;
    if (typeof fact !== 'string' || Object.keys(rest).length || !isPlain(table) || !Object.values(table).every((v) => typeof v === 'string'))
      throw new UsageError(shape);
    Object.defineProperty(columns, header, { value: fact, enumerable: true });
    const name = fact.replace(/\[.*\]$/, '').trim();
    const { checkValueMap, ValueMapError } = await valueNames();
    try {
      checkValueMap({ [name]: table as Record<string, string> });
    } catch (error) {
      if (error instanceof ValueMapError) throw new UsageError(`${path}: column '${header}': ${error.message}`);
      throw error;
    }
    values ??= {};
    Object.defineProperty(values, name, { value: { ...values[name], ...(table as Record<string, string>) }, enumerable: true, configurable: true });
  }
  return values ? { columns, values } : { columns };
};

/**
 * Parsing a line needs several times its size in a worker's 64 MB heap, and V8 aborts the whole
 * process (not just the worker) when a 16 MiB line of numbers overruns it (measured); 8 MiB was answered.
 */
const MAX_LINE_BYTES_CAP = 8 << 20;

const batch = async (target: string | undefined, values: Values): Promise<number> => {
  if (!target) throw new UsageError('batch needs a file (NDJSON, CSV, TSV, XLSX, GeoJSON), or - for standard input');
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1)) throw new UsageError('--workers must be a whole number ≥ 1');
  const maxLineBytes = values['max-line-bytes'] === undefined ? undefined : Number(values['max-line-bytes']);
  if (maxLineBytes !== undefined && !(Number.isInteger(maxLineBytes) && maxLineBytes >= 1 && maxLineBytes <= MAX_LINE_BYTES_CAP)) {
    throw new UsageError(`--max-line-bytes must be a whole number from 1 to ${MAX_LINE_BYTES_CAP} (8 MiB)`);
  }
  const failOn = failOnOf(values);
  const options = evaluateOptions(values);
  if (target !== '-') {
    let directory = false;
    try {
      accessSync(target, constants.R_OK);
      directory = statSync(target).isDirectory();
    } catch {
      throw new UsageError(`cannot read ${target}: no such file, or not readable`);
    }
    if (directory) throw new UsageError(`cannot read ${target}: it is a directory`);
  }
  const from = oneOf<Format>(values, 'from', FORMATS) ?? (target === '-' ? 'ndjson' : formatOfPath(target));
  if (!from) throw new UsageError(`cannot tell the format of ${target} from its extension: say --from ${FORMATS.join('|')}`);
  const to = oneOf<Format>(values, 'to', FORMATS) ?? (values.output === undefined ? undefined : formatOfPath(values.output)) ?? from;
  const encoding = values.encoding === undefined ? 'utf-8' : encodingNamed(values.encoding);
  if (!encoding) throw new UsageError(`--encoding must be utf-8 or gb18030 (GBK is read as GB18030), got '${values.encoding}'`);
  if (encoding !== 'utf-8' && from === 'geojson') throw new UsageError('a GeoJSON file is UTF-8 (RFC 7946): --encoding does not apply');
  if (encoding !== 'utf-8' && from === 'xlsx') throw new UsageError('a workbook names its own encoding: --encoding does not apply to .xlsx');
  if (values.sheet !== undefined && from !== 'xlsx') throw new UsageError(`--sheet names a worksheet of an .xlsx input; this input is ${from}`);
  const only = values.only
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const wrong = only?.find((o) => !(ONLY_VALUES as readonly string[]).includes(o));
  if (wrong !== undefined) throw new UsageError(`--only takes ${ONLY_VALUES.join(', ')}; got '${wrong}'`);
  const settings: Partial<BatchOptions> = { from, to, encoding, failOn };
  const results = oneOf(values, 'results', ['concerned', 'all'] as const);
  if (results) settings.results = results;
  const citations = oneOf(values, 'citations', ['full', 'ref', 'none'] as const);
  if (citations) settings.citations = citations;
  if (only) settings.only = only;
  if (values.id !== undefined) settings.idField = values.id;
  if (values.map !== undefined) {
    const map = await readMap(values.map);
    settings.map = map.columns;
    if (map.values) settings.values = map.values;
  }
  if (values['strict-values']) settings.strictValues = true;
  if (values['drop-columns']) settings.dropColumns = true;
  // A workbook is bytes no terminal shows: it goes to a file, or through a pipe the user chose.
  if (to === 'xlsx' && values.output === undefined && process.stdout.isTTY)
    throw new UsageError('an .xlsx answer is a binary file: give -o FILE.xlsx, or pipe it');
  if (values['header-row'] !== undefined) {
    const headerRow = Number(values['header-row']);
    if (!(Number.isInteger(headerRow) && headerRow >= 1 && headerRow <= 100)) throw new UsageError('--header-row must be a whole number from 1 to 100');
    settings.headerRow = headerRow;
  }
  if (maxLineBytes !== undefined) settings.maxLineBytes = maxLineBytes;
  if (workers !== undefined) settings.workers = workers;
  if (values.output !== undefined) settings.output = values.output;
  if (values.summary !== undefined) settings.summary = values.summary;
  if (values.bom) settings.bom = true;
  if (values['verbatim-cells']) settings.verbatimCells = true;
  if (values.sheet !== undefined) settings.sheet = values.sheet;
  return runBatch(target, options, settings);
};

/** `export`: every rule (or those named) as one rule set, which `loadRules` reads back and another runtime can implement. */
const exportRules = async (values: Values): Promise<number> => {
  if ((values.format ?? 'json') !== 'json') throw new UsageError(`--format for export must be json, got '${escapeControls(values.format ?? '')}'`);
  const { exportRules: toRuleSet, listRules } = await library();
  const options = evaluateOptions(values);
  let rules = listRules({ withLogic: true, ...(options.jurisdiction ? { jurisdiction: options.jurisdiction } : {}) }).map((info) => info.definition);
  if (options.rules) {
    const named = new Set(options.rules);
    const unknown = options.rules.filter((name) => !rules.some((rule) => rule.id === name || rule.documentId === name));
    if (unknown.length) throw new UsageError(`--rules names no rule or document: ${unknown.map(escapeControls).join(', ')}`);
    rules = rules.filter((rule) => named.has(rule.id) || named.has(rule.documentId));
  }
  const text = `${JSON.stringify(toRuleSet(rules), null, 2)}\n`;
  if (values.output !== undefined) {
    checkOutputs('-', [{ option: '-o', path: values.output }]);
    writeFileWhole(values.output, text);
  } else process.stdout.write(text);
  return 0;
};

export const main = async (argv: readonly string[]): Promise<number> => {
  // The decision service (Fastify) reads its own options and is loaded only for this command.
  if (argv[0] === 'serve') return serveWithPackages(argv.slice(1));
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split(/\.\s|\n/)[0]!);
  }
  const { values, positionals } = parsed;
  const [command, target, ...rest] = positionals;
  if (values.version) {
    console.log(version());
    return 0;
  }
  if (values.help || command === undefined || command === 'help') {
    console.log(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  if (rest.length) throw new UsageError(`unexpected argument '${escapeControls(rest[0]!)}'`);
  switch (command) {
    case 'check':
      return check(target, values);
    case 'batch':
      return batch(target, values);
    case 'rules':
      return rulesInForce(values);
    case 'expiring':
      return expiring(values);
    case 'explain':
      return explain(target, values);
    case 'facts':
      return listFacts(target, values);
    case 'export':
      if (target !== undefined) throw new UsageError(`unexpected argument '${escapeControls(target)}'`);
      return exportRules(values);
    default:
      throw new UsageError(`unknown command '${escapeControls(command)}' (check, batch, rules, expiring, explain, facts, export, serve)`);
  }
};

const fail = (error: unknown): number => {
  // OptionError is matched by name: the library may not be loaded in this thread.
  if (error instanceof UsageError || (error instanceof Error && (error.name === 'OptionError' || error.name === 'InputError'))) {
    // One line, whatever the message carries.
    process.stderr.write(`landuse-rules: ${escapeControls(error.message).replace(/\n\s*/g, ' ')}\n`);
    return 2;
  }
  process.stderr.write(`landuse-rules: internal error: ${escapeControls(String((error as Error)?.message ?? error)).replace(/\n\s*/g, ' ')}\n`);
  return 3;
};

// A reader that stops early (`| head`) closes the pipe: end quietly, as a Unix tool killed by
// SIGPIPE does (128 + 13), instead of crashing with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(141);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = fail(error);
  },
);
