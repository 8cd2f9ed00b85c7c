import { extname } from 'node:path';
import type { UntypedEvaluateOptions } from '../core/options.js';
import type { DateColumn, FactColumn } from './cells.js';
import type { FailOn } from './fail-on.js';

export const FORMATS = ['ndjson', 'csv', 'tsv', 'xlsx', 'geojson', 'geojsonseq'] as const;
export type Format = (typeof FORMATS)[number];

const BY_EXTENSION: Readonly<Record<string, Format>> = {
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.xlsx': 'xlsx',
  '.geojson': 'geojson',
  '.geojsonl': 'geojsonseq',
  '.geojsons': 'geojsonseq',
  '.geojsonseq': 'geojsonseq',
};

export const formatOfPath = (path: string): Format | undefined => BY_EXTENSION[extname(path).toLowerCase()];

/** Result filters --only understands: statuses and consequences. */
export const ONLY_VALUES = ['pass', 'fail', 'undetermined', 'not-in-force', 'not-applicable', 'violation', 'not-eligible', 'target-missed'] as const;

/** Counted per rule for the summary, in this order. */
export const COUNTED = ['pass', 'fail', 'undetermined', 'not-in-force', 'not-applicable', 'violation', 'not-eligible', 'target-missed'] as const;

/** One character a rule's status, in a spooled tabular row; '-' for a rule not reported. */
export const STATUS_CODE = { pass: 'p', fail: 'f', undetermined: 'u', 'not-in-force': 'i', 'not-applicable': 'a' } as const;
export const STATUS_OF_CODE: Readonly<Record<string, string>> = { p: 'pass', f: 'fail', u: 'undetermined', i: 'not-in-force', a: 'not-applicable', '-': '' };
/** The columns of a tabular output before the rules'. */
export const FIXED_COLUMNS = [
  'id',
  'line',
  'error',
  'worst',
  'pass',
  'fail',
  'undetermined',
  'violation',
  'not-eligible',
  'target-missed',
  'issues',
  'messages',
  'asOf',
  'actOn',
] as const;

/** What each worker is told once, at start. */
export interface WorkerSetup {
  options: UntypedEvaluateOptions;
  from: Format;
  to: Format;
  results: 'concerned' | 'all';
  citations: 'full' | 'ref' | 'none';
  only?: string[];
  /** --rules was given: its not-in-force results are kept, as asked for. */
  requested: boolean;
  idField?: string;
  map: Record<string, string>;
  /** What turns the exit code to 1. */
  failOn: FailOn;
  /** A CSV/TSV output's text cells that start like a formula are written with a quote before them (src/cli/formula.ts). */
  defuseFormulas: boolean;
  /** The --map's own names for values, by fact (read before the library's Chinese names). */
  values?: Record<string, Record<string, string>>;
  /** --strict-values: a value the rules do not know makes its record an error instead of an issue. */
  strictValues: boolean;
  /** A table from a register keeps the register's own cells after the fixed columns (unless --drop-columns). */
  keepColumns: boolean;
}

/** A CSV/TSV header, once read, to every worker before any row. */
export interface HeaderMessage {
  header: { facts: FactColumn[]; dates: DateColumn[]; idIndex?: number; headers: string[] };
}

/** One input record: its text (a JSON line or feature), its cells (a CSV row), or why it could not be read. */
export interface Item {
  line: number;
  row?: number;
  text?: string;
  cells?: string[];
  error?: string;
}

/** Formats of one row per case. */
export const isTabular = (format: Format): boolean => format === 'csv' || format === 'tsv' || format === 'xlsx';

export interface ChunkRequest {
  seq: number;
  /** Set when a chunk is sent again record by record, after a worker died holding it. */
  part?: number;
  items: Item[];
}

export interface ChunkResult {
  seq: number;
  part?: number;
  /** The chunk's output, UTF-8; for the first chunk of a tabular output, the header first. */
  output: Uint8Array;
  failed: boolean;
  errors: number;
  /** The chunk's first record that could not be read. */
  firstError?: { line: number; message: string };
  count: number;
  /** Per rule, the counts in COUNTED order. */
  counts: Record<string, number[]>;
  /** Per document not in force for some record's rules: how many records, on which dates, which rules. */
  lapses: Record<string, Lapse>;
  /** How the chunk's enumerated values were read. */
  values: ValueTally;
  /** The chunk's dates written otherwise than YYYY-MM-DD: by column, each form read as YYYY-MM-DD. */
  dates: ValueTally;
}

/**
 * How a run read enumerated values, by fact and then by the text a record gave: the code a
 * Chinese name or the --map's table read it as, or no `to` when it is no value the rules know.
 * Keyed by register text: objects without a prototype, so no text reaches Object.prototype.
 */
export type ValueTally = Record<string, Record<string, { to?: string; records: number }>>;

/** Counts one record's value, or adds one chunk's tally to a run's. */
export const addValue = (into: ValueTally, fact: string, text: string, records: number, to?: string): void => {
  const byText = (into[fact] ??= Object.create(null) as ValueTally[string]);
  const seen = (byText[text] ??= to === undefined ? { records: 0 } : { to, records: 0 });
  seen.records += records;
};
export const addValues = (into: ValueTally, from: ValueTally): void => {
  for (const [fact, byText] of Object.entries(from)) for (const [text, { to, records }] of Object.entries(byText)) addValue(into, fact, text, records, to);
};

/** A document that was not in force on the decisive dates of rules that concern some records. */
export interface Lapse {
  records: number;
  inForce: { from: string; to?: string };
  dates: string[];
  ruleIds: string[];
}

/** Adds one record's or one chunk's lapses to a running tally (dates and rules kept once each, in order). */
export const addLapses = (into: Record<string, Lapse>, documentId: string, lapse: Lapse): void => {
  const known = (into[documentId] ??= { records: 0, inForce: lapse.inForce, dates: [], ruleIds: [] });
  known.records += lapse.records;
  for (const date of lapse.dates) if (!known.dates.includes(date)) known.dates.push(date);
  for (const id of lapse.ruleIds) if (!known.ruleIds.includes(id)) known.ruleIds.push(id);
  known.dates.sort();
};

/** At most this many texts are named per fact on stderr; the summary file has them all. */
const SHOWN_VALUES = 8;

/**
 * What a run read, said once per fact on stderr: the register words read as codes, and the
 * words that are no value the rules know, with what to do about them. Most records first.
 */
export const valueLines = (values: ValueTally): string[] => {
  const lines: string[] = [];
  const named = (entries: [string, { to?: string; records: number }][], show: (text: string, to?: string) => string) => {
    const sorted = entries.sort((a, b) => b[1].records - a[1].records);
    const shown = sorted.slice(0, SHOWN_VALUES).map(([text, { to, records }]) => `${show(text, to)} (${records} ${records === 1 ? 'record' : 'records'})`);
    if (sorted.length > SHOWN_VALUES) shown.push(`and ${sorted.length - SHOWN_VALUES} more (see --summary)`);
    return shown.join(', ');
  };
  for (const [fact, byText] of Object.entries(values)) {
    const entries = Object.entries(byText);
    const read = entries.filter(([, v]) => v.to !== undefined);
    const unknown = entries.filter(([, v]) => v.to === undefined);
    if (read.length) lines.push(`${fact}: read ${named(read, (text, to) => `${JSON.stringify(text)} as ${to}`)}`);
    if (unknown.length)
      lines.push(
        `${fact}: ${named(unknown, (text) => JSON.stringify(text))} ${unknown.length === 1 ? 'is no value' : 'are no values'} the rules know; the rules read ${unknown.length === 1 ? 'it' : 'them'} as another kind, or a value their lists do not name. Name the code in --map ({"<header>": {"fact": "${fact}", "values": {"<text>": "<code>"}}}), or give --strict-values to refuse such records`,
      );
  }
  return lines;
};

/** The dates a run read in other forms than YYYY-MM-DD, said once per column: how they were written, and that their day was read. */
export const dateLines = (dates: ValueTally): string[] =>
  Object.entries(dates).map(([column, byForm]) => {
    const forms = Object.entries(byForm)
      .sort((a, b) => b[1].records - a[1].records)
      .map(([form, { records }]) => `${form} (${records} ${records === 1 ? 'record' : 'records'})`);
    return `column '${column}': read dates written ${forms.join(', ')} as their day, YYYY-MM-DD`;
  });
