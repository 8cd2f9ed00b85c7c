import { parentPort, workerData } from 'node:worker_threads';
import { stringify } from 'csv-stringify/sync';
import { evaluateSync } from '../sync.js';
import { untypedFacts } from '../facts/untyped.js';
import { normaliseFacts, withValueChanges } from '../facts/normalise.js';
import { type CompactReport, compactReport } from '../core/compact.js';
import type { UntypedEvaluateOptions } from '../core/options.js';
import type { Report } from '../core/report.js';
import {
  type CellProblem,
  type DateColumn,
  type FactColumn,
  type RecordDate,
  cellProblemWords,
  columnMap,
  isRecordDate,
  parseDeclaration,
  readCell,
  readRecordDate,
} from './cells.js';
import type { Locale } from '../core/locale.js';
import {
  addLapses,
  COUNTED,
  STATUS_CODE,
  isTabular,
  type ChunkRequest,
  type ChunkResult,
  type HeaderMessage,
  type Item,
  type Lapse,
  type ValueTally,
  type WorkerSetup,
  addValue,
} from './formats.js';
import { flagged } from './fail-on.js';
import { memberSpans } from './geojson.js';
import { defuseRow, startsLikeFormula } from './formula.js';
import { outcomeWords } from './table-words.js';

const setup = workerData as WorkerSetup;
const { options } = setup;
// Checked with the other options before the first record (below); the library's default otherwise.
const LOCALE: Locale = options.locale ?? 'zh-Hans';
const encoder = new TextEncoder();
const tabular = isTabular(setup.to);
const only = setup.only ? new Set(setup.only) : undefined;
const COUNT_INDEX = new Map<string, number>(COUNTED.map((name, i) => [name, i]));

let reportedRules: string[] = [];
// Options are checked once, before any line: a bad option stops the batch with one message.
try {
  const { results } = evaluateSync(untypedFacts({}), options);
  reportedRules = results.map((r) => r.ruleId);
  parentPort!.postMessage({ ready: true, rules: reportedRules, titles: Object.fromEntries(results.map((r) => [r.ruleId, r.title])) });
} catch (error) {
  parentPort!.postMessage({ fatal: (error as Error).message });
}

let columns: FactColumn[] = [];
let dateColumns: DateColumn[] = [];
let idIndex: number | undefined;
/** How many columns the register's header has: a row that could not be read keeps that many empty cells. */
let registerWidth = 0;

/** A record's own actOn and asOf, over the run's: the options it is judged with, or why its dates cannot be read. */
type RecordOptions = { options: UntypedEvaluateOptions } | { error: string };
const RUN_OPTIONS: RecordOptions = { options };

const withDates = (dates: readonly { option: RecordDate; header: string; value: unknown }[], register: boolean): RecordOptions => {
  let own: Partial<Record<RecordDate, string>> | undefined;
  for (const { option, header, value } of dates) {
    if (value === undefined || value === null) continue;
    const read = typeof value === 'string' ? readRecordDate(value, header, option, register) : { error: `${option} (${header}): not a date YYYY-MM-DD` };
    if ('error' in read) return read;
    if (read.form !== undefined) addValue(chunkDates, header, read.form, 1, 'YYYY-MM-DD');
    if (read.date !== undefined) (own ??= {})[option] = read.date;
  }
  return own ? { options: { ...options, ...own } } : RUN_OPTIONS;
};

/** A chunk's output as UTF-8, encoded piece by piece into one reused buffer (no chunk-sized string on the worker's small heap). */
let scratch = new Uint8Array(1 << 20);
let used = 0;
const append = (text: string) => {
  // UTF-8 needs at most three bytes per UTF-16 unit.
  if (used + text.length * 3 > scratch.length) {
    const larger = new Uint8Array(Math.max(scratch.length * 2, used + text.length * 3));
    larger.set(scratch.subarray(0, used));
    scratch = larger;
  }
  used += encoder.encodeInto(text, scratch.subarray(used)).written;
};

interface CellIssue extends CellProblem {
  fact: string;
  column: string;
  cell: string;
}

/** A register row's facts, by its declared columns; a cell that does not parse is passed on as its text, so the evaluator marks the fact invalid. */
const factsOfCells = (cells: readonly string[], problems: CellIssue[]): Record<string, unknown> => {
  const facts: Record<string, unknown> = {};
  for (const column of columns) {
    const text = cells[column.index] ?? '';
    const read = readCell(text, column);
    if (read === undefined) continue;
    if ('value' in read) {
      facts[column.fact] = read.value;
      if (read.form !== undefined) addValue(chunkDates, column.header, read.form, 1, 'YYYY-MM-DD');
    } else {
      facts[column.fact] = text;
      problems.push({ fact: column.fact, column: column.header, cell: text, expected: read.expected });
    }
  }
  return facts;
};

const VALUE_MAP = setup.values ? { values: setup.values } : {};
/** The current chunk's tally of values read (reset for each chunk, sent with its result). */
let chunkValues: ValueTally = Object.create(null);
/** The current chunk's tally of dates written otherwise than YYYY-MM-DD, by column and form. */
let chunkDates: ValueTally = Object.create(null);
/** The value at an issue's path: a fact, or an item of a list. */
const valueAt = (facts: unknown, path: readonly (string | number)[]): unknown => {
  let value: unknown = facts;
  for (const key of path)
    value = value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Record<string | number, unknown>)[key] : undefined;
  return value;
};

const declarations = new Map<string, ReturnType<typeof parseDeclaration>>();
// Looked up by a feature's property names, which may be constructor or __proto__: a Map of the --map's own entries.
const mapped = columnMap(setup.map);
/** A feature's properties as facts: each key read as a column header would be, strings parsed by the fact's type. */
const factsOfProperties = (properties: Record<string, unknown>, problems: CellIssue[]): Record<string, unknown> => {
  const facts: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === null || value === undefined) continue;
    let declared = declarations.get(key);
    if (!declarations.has(key)) {
      try {
        declared = parseDeclaration(mapped.get(key) ?? key);
      } catch {
        declared = undefined;
      }
      declarations.set(key, declared);
    }
    if (!declared) continue;
    const column: FactColumn = declared.unit
      ? { index: 0, header: key, fact: declared.fact, unit: declared.unit }
      : { index: 0, header: key, fact: declared.fact };
    if (typeof value === 'string') {
      const read = readCell(value, column);
      if (read === undefined) continue;
      if ('value' in read) {
        facts[declared.fact] = read.value;
        if (read.form !== undefined) addValue(chunkDates, key, read.form, 1, 'YYYY-MM-DD');
      } else {
        facts[declared.fact] = value;
        problems.push({ fact: declared.fact, column: key, cell: value, expected: read.expected });
      }
    } else facts[declared.fact] = typeof value === 'number' && declared.unit ? { value, unit: declared.unit } : value;
  }
  return facts;
};

/** Issues of register facts name the row and the column; a cell that did not parse says what it should have been. */
const withCells = (report: CompactReport, item: Item, problems: readonly CellIssue[], columnOf: (fact: string) => string | undefined) => {
  if (!report.issues.length) return report.issues;
  return report.issues.map((issue) => {
    const fact = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
    const column = fact === undefined ? undefined : columnOf(fact);
    if (fact === undefined || column === undefined) return issue;
    const problem = problems.find((p) => p.fact === fact);
    const where = { ...(item.row === undefined ? {} : { row: item.row }), line: item.line, column, fact };
    return problem
      ? {
          path: issue.path,
          code: 'unparseable-cell',
          message: cellProblemWords(column, problem.cell, problem.expected, LOCALE),
          ...where,
          cell: problem.cell,
        }
      : { ...issue, ...where };
  });
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A member of parsed JSON by a name the user gave (--id constructor): its own, never Object.prototype's. */
const ownValue = (object: Record<string, unknown>, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined);

const shownId = (value: unknown): string | number | undefined =>
  (typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value)) ? value : undefined;

/**
 * A register's id cell as shown: the whitespace around it is dropped, but never from before a
 * formula start. A leading tab is how some tools defuse `=1+1`; dropping it would make the id
 * live again in a --verbatim-cells output.
 */
const idOfCell = (cell: string): string => {
  const trimmed = cell.trim();
  return trimmed !== cell.trimEnd() && startsLikeFormula(trimmed) ? cell.trimEnd() : trimmed;
};

interface Case {
  id: string | number;
  report?: CompactReport;
  full?: Report;
  error?: string;
  /** A feature's text and the spans of its members, to write it back around its geometry. */
  feature?: { text: string; spans: Map<string, [number, number]>; properties: Record<string, unknown> };
  /** The act date the record was judged with: its own, or the run's. */
  actOn?: string;
}

const evaluateCase = (
  facts: unknown,
  problems: CellIssue[],
  item: Item,
  id: string | number,
  columnOf: (fact: string) => string | undefined,
  dated: RecordOptions = RUN_OPTIONS,
): Case => {
  // A record whose own date cannot be read is not judged under a date it did not give.
  if ('error' in dated) return { id, error: dated.error };
  // A register's words for values (设施农业, or the --map's own) are read as codes, and the record says what was read.
  const { facts: coded, changes } = normaliseFacts(facts, VALUE_MAP);
  let full = evaluateSync(coded, dated.options);
  for (const change of changes) addValue(chunkValues, String(change.path[0]), change.from, 1, change.to);
  const unknown = full.issues.filter((issue) => issue.code === 'unknown-value');
  for (const issue of unknown) {
    const text = valueAt(coded, issue.path);
    if (typeof text === 'string') addValue(chunkValues, String(issue.path[0]), text, 1);
  }
  if (unknown.length && setup.strictValues)
    return {
      id,
      error: `${unknown.map((issue) => `${issue.path.join('.')}: ${JSON.stringify(valueAt(coded, issue.path))}`).join(', ')} is no value the rules know (--strict-values)`,
    };
  full = withValueChanges(full, changes, LOCALE);
  let report = compactReport(full, { results: setup.requested ? 'all' : setup.results, citations: setup.citations });
  // Asked-for rules keep their not-in-force results; not-applicable ones still concern nothing.
  if (setup.requested && setup.results === 'concerned') report = { ...report, results: report.results.filter((r) => r.status !== 'not-applicable') };
  if (only) report = { ...report, results: report.results.filter((r) => only.has(r.status) || (r.consequence !== undefined && only.has(r.consequence))) };
  if (problems.length || report.issues.length) report = { ...report, issues: withCells(report, item, problems, columnOf) };
  const actOn = (dated.options as { actOn?: unknown }).actOn;
  return typeof actOn === 'string' ? { id, report, full, actOn } : { id, report, full };
};

const readItem = (item: Item): Case => {
  const fallbackId = item.line;
  if (item.error !== undefined) return { id: fallbackId, error: item.error };
  const problems: CellIssue[] = [];
  if (item.cells) {
    const id = idIndex === undefined ? undefined : shownId(idOfCell(item.cells[idIndex] ?? ''));
    const facts = factsOfCells(item.cells, problems);
    const columnOf = (fact: string) => columns.find((c) => c.fact === fact)?.header;
    const dated = dateColumns.length
      ? withDates(
          dateColumns.map((c) => ({ option: c.option, header: c.header, value: item.cells![c.index] })),
          true,
        )
      : RUN_OPTIONS;
    return evaluateCase(facts, problems, item, id ?? fallbackId, columnOf, dated);
  }
  let text = item.text!.trim();
  if (setup.from === 'geojsonseq' && text.charCodeAt(0) === 0x1e) text = text.slice(1).trim(); // RFC 8142 record separator
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { id: fallbackId, error: `not valid JSON: ${(error as Error).message}` };
  }
  const idField = setup.idField ?? 'id';
  if (setup.from === 'geojson' || setup.from === 'geojsonseq') {
    if (!isObject(parsed) || parsed.type !== 'Feature') return { id: fallbackId, error: 'not a GeoJSON Feature (an object with "type": "Feature")' };
    const properties = isObject(parsed.properties) ? parsed.properties : {};
    const id = shownId(setup.idField === undefined ? (parsed.id ?? properties.id) : ownValue(properties, setup.idField));
    const facts = factsOfProperties(properties, problems);
    const byFact = new Map(problems.map((p) => [p.fact, p.column]));
    const columnOf = (fact: string) => byFact.get(fact) ?? (fact in properties ? fact : undefined);
    const result = evaluateCase(facts, problems, item, id ?? fallbackId, columnOf, withDates(ownDates(properties), true));
    result.feature = { text, spans: memberSpans(text), properties };
    return result;
  }
  const id = isObject(parsed) ? shownId(ownValue(parsed, idField)) : undefined;
  return evaluateCase(parsed, problems, item, id ?? fallbackId, () => undefined, isObject(parsed) ? withDates(ownDates(parsed), false) : RUN_OPTIONS);
};

/** The results as flat properties a GIS can colour by; names of ten characters at most, so they survive a shapefile. */
const gisProperties = (c: Case): Record<string, unknown> => {
  if (c.error !== undefined) return { lr_error: c.error };
  const { report } = c;
  const s = report!.summary as Record<string, number>;
  return {
    lr_worst: report!.worst,
    lr_pass: s.pass ?? 0,
    lr_fail: s.fail ?? 0,
    lr_undet: s.undetermined ?? 0,
    lr_viol: s.violation ?? 0,
    lr_notelig: s['not-eligible'] ?? 0,
    lr_tgtmiss: s['target-missed'] ?? 0,
    lr_issues: report!.issues.length,
    lr_results: report!.results,
  };
};

const writeFeature = (c: Case, item: Item) => {
  // In a FeatureCollection each feature follows ",\n" (the main thread drops it before the first); in GeoJSONSeq each ends its line.
  const [separator, end] = setup.to === 'geojson' ? [',\n', ''] : ['', '\n'];
  if (!c.feature) {
    // A record that is not a feature stays in the layer, without geometry, so it is not lost from view.
    append(`${separator}${JSON.stringify({ type: 'Feature', geometry: null, properties: { lr_id: c.id, lr_line: item.line, ...gisProperties(c) } })}${end}`);
    return;
  }
  const { text, spans, properties } = c.feature;
  const raw = (name: string) => {
    const span = spans.get(name);
    return span ? text.slice(span[0], span[1]) : undefined;
  };
  // The geometry (and id, bbox) are copied as the input wrote them, byte for byte.
  let out = `${separator}{"type":"Feature"`;
  const id = raw('id');
  if (id !== undefined) out += `,"id":${id}`;
  const bbox = raw('bbox');
  if (bbox !== undefined) out += `,"bbox":${bbox}`;
  out += `,"geometry":${raw('geometry') ?? 'null'}`;
  out += `,"properties":${JSON.stringify({ ...properties, ...gisProperties(c) })}}${end}`;
  append(out);
};

/**
 * A tabular row, spooled as a JSON array for the main thread, which picks the rule columns
 * once every row is known: the fixed columns, then one status code a rule reported (STATUS_CODE).
 */
/**
 * A spooled row: for a workbook, its cells and codes as one JSON array; for CSV/TSV, the
 * fixed columns already written as CSV here (in parallel, by csv-stringify) and the codes,
 * so the main thread's second pass only appends the kept statuses (about 7× less work a row).
 */
const spool = (cells: (string | number)[], codes: string) => {
  // A workbook's text cells are typed as text and never run; a CSV/TSV cell that starts like a formula would be.
  if (setup.to === 'xlsx') append(`${JSON.stringify([...cells, codes])}\n`);
  else
    append(
      `${JSON.stringify([stringify([setup.defuseFormulas ? defuseRow(cells) : cells], { delimiter: setup.to === 'tsv' ? '\t' : ',', record_delimiter: 'unix' }).slice(0, -1), codes])}\n`,
    );
};

/** The words of a table for a clerk when --locale was given; codes otherwise. */
const TABLE_LOCALE = options.locale;
const SEPARATOR = LOCALE === 'en' ? '; ' : '；';

/** The register's own cells, kept after the fixed columns of a table (the clerk's columns: 项目名称, 乡镇 …). */
const registerCells = (item: Item): string[] => (setup.keepColumns ? (item.cells ?? Array<string>(registerWidth).fill('')) : []);

/** Why each rule that was not passed says what it says, one after the other: the answer a clerk hands on. */
const messagesOf = (report: Report): string =>
  report.results
    .filter((r) => r.status === 'fail' || r.status === 'undetermined' || r.status === 'not-in-force')
    .map((r) => `【${r.title}】${r.message}`)
    .join(SEPARATOR);

const writeRow = (c: Case, item: Item) => {
  if (c.error !== undefined) {
    spool([c.id, item.line, c.error, '', '', '', '', '', '', '', '', '', '', '', ...registerCells(item)], '');
    return;
  }
  const report = c.report!;
  const s = report.summary as Record<string, number>;
  // Every report lists the same rules in the same order, so the codes follow the results; the
  // ids are checked as they go (equal strings, one comparison each), and a map is the fallback.
  const { results } = c.full!;
  let codes = '';
  if (results.length === reportedRules.length && results.every((r, i) => r.ruleId === reportedRules[i])) {
    for (const r of results) codes += STATUS_CODE[r.status];
  } else {
    const status = new Map(results.map((r) => [r.ruleId, r.status]));
    for (const id of reportedRules) {
      const found = status.get(id);
      codes += found === undefined ? '-' : STATUS_CODE[found];
    }
  }
  // An issue's message names its fact or column already; one that does not gets its path before it.
  const issues = report.issues.map((i) => (i.message.startsWith(i.path.join('.')) ? i.message : `${i.path.join('.')}: ${i.message}`)).join('; ');
  spool(
    [
      c.id,
      item.line,
      '',
      outcomeWords(report.worst, TABLE_LOCALE),
      s.pass ?? 0,
      s.fail ?? 0,
      s.undetermined ?? 0,
      s.violation ?? 0,
      s['not-eligible'] ?? 0,
      s['target-missed'] ?? 0,
      issues,
      messagesOf(c.full!),
      report.asOf,
      c.actOn ?? '',
      ...registerCells(item),
    ],
    codes,
  );
};

const writeLine = (c: Case, item: Item) => {
  const head = `{"line":${item.line},${item.row === undefined ? '' : `"row":${item.row},`}"id":${JSON.stringify(c.id)},`;
  if (c.error !== undefined) append(`${head}"error":${JSON.stringify(c.error)}}\n`);
  else {
    append(head);
    append(JSON.stringify(c.report).slice(1));
    append('\n');
  }
};

const count = (counts: Record<string, number[]>, report: Report) => {
  for (const r of report.results) {
    let row = counts[r.ruleId];
    if (!row) {
      row = Array<number>(COUNTED.length).fill(0);
      counts[r.ruleId] = row;
    }
    row[COUNT_INDEX.get(r.status)!]! += 1;
    if (r.consequence !== undefined) row[COUNT_INDEX.get(r.consequence)!]! += 1;
  }
};

/** A JSON record's or a feature's own actOn and asOf: the fields of those names, or the keys --map maps to them. */
const ownDates = (record: Record<string, unknown>): { option: RecordDate; header: string; value: unknown }[] => {
  const dates: { option: RecordDate; header: string; value: unknown }[] = [];
  for (const key of Object.keys(record)) {
    const named = (mapped.get(key) ?? key).trim();
    if (isRecordDate(named)) dates.push({ option: named, header: key, value: record[key] });
  }
  return dates;
};

parentPort!.on('message', (message: ChunkRequest | HeaderMessage) => {
  if ('header' in message) {
    columns = message.header.facts;
    dateColumns = message.header.dates;
    idIndex = message.header.idIndex;
    registerWidth = message.header.headers.length;
    return;
  }
  const { seq, part, items } = message;
  used = 0;
  let failed = false;
  let errors = 0;
  let firstError: { line: number; message: string } | undefined;
  const counts: Record<string, number[]> = {};
  // Keyed by document id: no prototype to collide with.
  const lapses: Record<string, Lapse> = Object.create(null);
  chunkValues = Object.create(null);
  chunkDates = Object.create(null);
  for (const item of items) {
    let c: Case;
    try {
      c = readItem(item);
    } catch (error) {
      // Whatever one record does, the worker goes on with the next.
      c = { id: item.line, error: `could not be evaluated: ${(error as Error).message}` };
    }
    if (c.error !== undefined) {
      errors += 1;
      firstError ??= { line: item.line, message: c.error };
    } else {
      failed ||= flagged(c.full!.summary, setup.failOn);
      count(counts, c.full!);
      for (const lapse of c.full!.documentsNotInForce)
        addLapses(lapses, lapse.documentId, { records: 1, inForce: { ...lapse.inForce }, dates: [...lapse.dates], ruleIds: [...lapse.ruleIds] });
    }
    if (tabular) writeRow(c, item);
    else if (setup.to === 'geojson' || setup.to === 'geojsonseq') writeFeature(c, item);
    else writeLine(c, item);
  }
  // Copied out once and transferred, not cloned, so the main thread's heap does not grow with the output.
  const bytes = scratch.slice(0, used);
  const result: ChunkResult = {
    seq,
    ...(part === undefined ? {} : { part }),
    output: bytes,
    failed,
    errors,
    count: items.length,
    counts,
    lapses,
    values: chunkValues,
    dates: chunkDates,
    ...(firstError ? { firstError } : {}),
  };
  parentPort!.postMessage(result, [bytes.buffer]);
});
