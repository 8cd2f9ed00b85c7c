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
export const FIXED_COLUMNS = ['id', 'line', 'error', 'worst', 'pass', 'fail', 'undetermined', 'violation', 'not-eligible', 'target-missed', 'issues'] as const;

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
}

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
