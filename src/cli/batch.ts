import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { finished as streamFinished } from 'node:stream/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import type { Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { Parser as CsvParser } from 'csv-parse';
import type { UntypedEvaluateOptions } from '../core/options.js';
import type { FailOn } from './fail-on.js';
import { ColumnError, isTitleRow, isTotalRow, planColumns, truncateCells } from './cells.js';
import {
  addLapses,
  addValues,
  type ValueTally,
  valueLines,
  dateLines,
  COUNTED,
  FIXED_COLUMNS,
  STATUS_OF_CODE,
  isTabular,
  type ChunkRequest,
  type ChunkResult,
  type Format,
  type HeaderMessage,
  type Item,
  type Lapse,
  type WorkerSetup,
} from './formats.js';
import { FeatureCollectionSplitter } from './geojson.js';
import { type Encoding, decodeLine } from '../core/encoding.js';
import { LineSplitter } from './lines.js';
import { defuseRow } from './formula.js';
import { escapeControls, table } from './text.js';
import { columnName, outcomeWords, ruleColumnName } from './table-words.js';
import { workbookProblem, xlsxRows, xlsxWriter } from './xlsx.js';
import { checkOutputs, InputError, openOutput, writeFileWhole } from './output-file.js';

/** Records per message to a worker: large enough to amortise messaging, small enough to keep memory flat. */
const CHUNK_ITEMS = 64;
/** Bytes of input per message at most, so that long records (up to --max-line-bytes each) never pile up on a worker's small heap. */
const CHUNK_BYTES = 1 << 20;
/** Chunks a worker may hold at once; with the reorder buffer this bounds memory whatever the input length. */
const IN_FLIGHT_PER_WORKER = 2;

export interface BatchOptions {
  from: Format;
  to: Format;
  results: 'concerned' | 'all';
  citations: 'full' | 'ref' | 'none';
  only?: string[];
  idField?: string;
  map?: Record<string, string>;
  /** Names for values, by fact, from the --map's `values` (read before the library's Chinese names). */
  values?: Record<string, Record<string, string>>;
  /** A value the rules do not know makes its record an error (--strict-values). */
  strictValues?: boolean;
  encoding: Encoding;
  maxLineBytes: number;
  /** The worksheet of a workbook input to read; the first when absent. */
  sheet?: string;
  workers: number;
  /** A file to write to; standard output when absent. */
  output?: string;
  summary?: string;
  /** What turns the exit code to 1 (by default a violation, conventions §5). */
  failOn: FailOn;
  /** Start a CSV/TSV output with a UTF-8 byte-order mark: desktop Excel then reads it as UTF-8, not as the system's code page. */
  bom?: boolean;
  /**
   * Write a CSV/TSV output's cells exactly as they are, for programs that read it: by default a
   * text cell that starts like a spreadsheet formula (= + - @, a tab, a carriage return) gets a
   * quote before it, so that an id from the register cannot run in the Excel that opens the result.
   */
  verbatimCells?: boolean;
  /** A table answering a register leaves out the register's own columns (they are kept by default). */
  dropColumns?: boolean;
  /** The register's header is its Nth non-empty row, the rows above it titles (--header-row); found by itself when absent. */
  headerRow?: number;
}

const DEFAULTS: BatchOptions = {
  failOn: 'violation',
  from: 'ndjson',
  to: 'ndjson',
  results: 'concerned',
  citations: 'full',
  encoding: 'utf-8',
  maxLineBytes: 1 << 20,
  workers: availableParallelism(),
};

/**
 * One line on stderr. What it quotes comes from the input (a header, a file name, a parser's
 * message echoing a cell), so control characters are shown escaped: an ESC or BEL in a header
 * would otherwise retitle or clear the terminal.
 */
const say = (text: string) => process.stderr.write(`landuse-rules: ${escapeControls(text)}\n`);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A few dates in full, many as their span. */
const shownDates = (dates: readonly string[]): string => (dates.length <= 3 ? dates.join(', ') : `${dates.length} dates from ${dates[0]} to ${dates.at(-1)}`);

/** Whether a rule concerned some record: decided, undetermined, or not checked for a lapse (COUNTED order). */
const concernedAny = (row: readonly number[] | undefined): boolean => row !== undefined && row[0]! + row[1]! + row[2]! + row[3]! > 0;

/**
 * Streams a register (NDJSON, CSV/TSV, GeoJSON) through worker threads that run
 * evaluateSync, and writes one output record per input record, in input order. A record
 * that cannot be read (bad JSON, over the size limit, bad bytes) is that record's error
 * and the run goes on. Exit code: 2 if any record could not be read, else 1 if any report is
 * flagged under `failOn` (by default: a violation), else 0; 130 when interrupted.
 */
export const runBatch = async (file: string, options: UntypedEvaluateOptions, given: Partial<BatchOptions> | number = {}): Promise<number> => {
  const settings: BatchOptions = { ...DEFAULTS, ...(typeof given === 'number' ? { workers: given } : given) };
  // Checked before anything is opened: an output that is the register would empty it before it is read.
  checkOutputs(file, [
    ...(settings.output === undefined ? [] : [{ option: '-o', path: settings.output }]),
    ...(settings.summary === undefined ? [] : [{ option: '--summary', path: settings.summary }]),
  ]);
  const outputFile = settings.output === undefined ? undefined : openOutput(settings.output);
  let sheet: Awaited<ReturnType<typeof xlsxWriter>> | undefined;
  try {
    sheet = settings.to === 'xlsx' ? await xlsxWriter(outputFile ? { filename: outputFile.path } : { stream: process.stdout }) : undefined;
  } catch (error) {
    outputFile?.abandon();
    throw error;
  }
  const run = new Promise<number>((resolve, reject) => {
    const workerCount = Math.max(1, Math.min(settings.workers, availableParallelism()));
    const fromWorkbook = settings.from === 'xlsx';
    // A workbook is read by exceljs from its path; every other format is a byte stream read here.
    const input = fromWorkbook ? undefined : file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 16 });
    let resumeWorkbook: (() => void) | undefined;
    const tabular = isTabular(settings.to);
    /** Where the table goes at the end (CSV/TSV; a workbook goes to `sheet`). */
    const final: Writable = outputFile && !sheet ? createWriteStream(outputFile.path) : process.stdout;
    // A write that fails (a full disk, /dev/full) ends the run with one line; the named file is left as it was.
    if (final !== process.stdout) final.on('error', (error) => stop(writeFailed(error)));
    // A table's rows are spooled to a temporary file while the run goes, and written out
    // once it is known which rules concern any case: those are its columns.
    const spoolDir = tabular ? mkdtempSync(join(tmpdir(), 'landuse-spool-')) : undefined;
    const spoolPath = spoolDir ? join(spoolDir, 'rows.ndjson') : undefined;
    const out: Writable = spoolPath ? createWriteStream(spoolPath) : final;
    /** The rules each report lists, in order: a spooled row's status codes follow it. */
    let reported: string[] = [];
    /** The reported rules' titles, in the run's locale: a rule column's name when --locale was given. */
    let titles: Record<string, string> = {};
    const where = file === '-' ? 'standard input' : file;
    const setup: WorkerSetup = {
      options,
      from: settings.from,
      to: settings.to,
      results: settings.results,
      citations: settings.citations,
      requested: options.rules !== undefined,
      map: settings.map ?? {},
      ...(settings.values ? { values: settings.values } : {}),
      strictValues: settings.strictValues === true,
      // A table answering a register keeps the register's own columns, for the clerk who hands it on.
      keepColumns: tabular && (settings.from === 'csv' || settings.from === 'tsv' || settings.from === 'xlsx') && !settings.dropColumns,
      failOn: settings.failOn,
      defuseFormulas: !settings.verbatimCells,
      ...(settings.only ? { only: settings.only } : {}),
      ...(settings.idField !== undefined ? { idField: settings.idField } : {}),
    };
    const workers: Worker[] = [];
    const busy = new Map<Worker, number>();
    /** What each worker holds, by `seq` or `seq:part`: what to send again if it dies. */
    const holding = new Map<Worker, Map<string, ChunkRequest>>();
    /** Workers that said they are ready: one that dies before that cannot run at all. */
    const ready = new Set<Worker>();
    let headerMessage: HeaderMessage | undefined;
    let restarts = 0;
    /** Chunks answered record by record after a worker died holding them: the parts so far. */
    const parts = new Map<number, (ChunkResult | undefined)[]>();
    const finished = new Map<number, ChunkResult>();
    const lastLineOf = new Map<number, number>();
    let nextSeq = 0;
    let nextToWrite = 0;
    let pending: Item[] = [];
    let pendingBytes = 0;
    let ended = false;
    let anyFailed = false;
    let errors = 0;
    let firstError: { line: number; message: string } | undefined;
    let processed = 0;
    let lastLineWritten = 0;
    let wroteAny = false;
    const counts: Record<string, number[]> = {};
    const lapses: Record<string, Lapse> = Object.create(null);
    const values: ValueTally = Object.create(null);
    const dates: ValueTally = Object.create(null);
    /** Every record is answered and the workers are being let go. */
    let done = false;
    let stopped = false;
    const started = Date.now();
    const size = file === '-' ? undefined : statSync(file).size;
    let bytesRead = 0;
    const progress = process.stderr.isTTY
      ? setInterval(() => {
          const seconds = Math.max((Date.now() - started) / 1000, 0.001);
          const rate = processed / seconds;
          const eta = size && bytesRead ? ` · ETA ${Math.max(0, Math.round((seconds * (size - bytesRead)) / bytesRead))} s` : '';
          process.stderr.write(`\r${processed} records, ${Math.round(rate)} records/s${eta} `);
        }, 1000)
      : undefined;

    const inFlight = () => [...busy.values()].reduce((a, b) => a + b, 0);
    const full = () => inFlight() >= workerCount * IN_FLIGHT_PER_WORKER;
    let waitingForDrain = false;

    const write = (bytes: Uint8Array | string) => {
      // One drain listener at a time, however many writes the pipe holds back.
      if (!out.write(bytes) && !waitingForDrain) {
        waitingForDrain = true;
        out.once('drain', () => {
          waitingForDrain = false;
          maybeResume();
        });
      }
    };

    const keyOf = (request: ChunkRequest) => (request.part === undefined ? String(request.seq) : `${request.seq}:${request.part}`);
    const send = (request: ChunkRequest) => {
      const worker = [...busy.entries()].sort((a, b) => a[1] - b[1])[0]![0];
      busy.set(worker, busy.get(worker)! + 1);
      holding.get(worker)!.set(keyOf(request), request);
      worker.postMessage(request);
    };

    const dispatch = () => {
      if (!pending.length) return;
      const request: ChunkRequest = { seq: nextSeq, items: pending };
      lastLineOf.set(nextSeq, pending[pending.length - 1]!.line);
      nextSeq += 1;
      pending = [];
      pendingBytes = 0;
      send(request);
    };

    const add = (item: Item) => {
      pending.push(item);
      pendingBytes += item.text?.length ?? item.cells?.reduce((sum, cell) => sum + cell.length, 0) ?? 0;
      if (pending.length === CHUNK_ITEMS || pendingBytes >= CHUNK_BYTES) dispatch();
    };

    const maybeResume = () => {
      if (ended || stopped || full() || waitingForDrain) return;
      if (input) input.resume();
      else if (resumeWorkbook) {
        const resume = resumeWorkbook;
        resumeWorkbook = undefined;
        resume();
      }
    };

    const letGo = () => Promise.all(workers.map((w) => w.terminate()));

    /** Ends a stream and waits until its data is written, or its write failed. */
    const ending = async (stream: Writable): Promise<void> => {
      if (stream === process.stdout) return;
      stream.end();
      await streamFinished(stream);
    };
    /** A write that failed, as one line naming the file (exit 2), not an internal error. */
    const writeFailed = (error: unknown): Error =>
      error instanceof Error && 'code' in error && typeof error.code === 'string'
        ? new InputError(`cannot write ${settings.output ?? 'the output'}: ${error.code}`)
        : (error as Error);

    /** The second pass of a table: its header and rows, with a column for each rule that concerns any case (or was asked for). */
    const writeTable = async () => {
      await ending(out);
      const keep = reported.map((id, i) => [id, i] as const).filter(([id]) => setup.requested || concernedAny(counts[id]));
      const delimiter = settings.to === 'tsv' ? '\t' : ',';
      let rows: unknown[][] = [];
      let text = '';
      const emit = async () => {
        if (sheet) for (const row of rows) sheet.addRow(row);
        else if (text && !final.write(text)) await once(final, 'drain');
        rows = [];
        text = '';
      };
      const locale = options.locale;
      const names = [
        ...FIXED_COLUMNS.map((code) => columnName(code, locale)),
        ...(setup.keepColumns ? (headerMessage?.header.headers ?? []) : []),
        ...keep.map(([id]) => ruleColumnName(id, titles[id], locale)),
      ];
      const statusOf = (code: string | undefined): string => outcomeWords(STATUS_OF_CODE[code ?? '-'] ?? '', locale);
      // A workbook's cells are typed (text is never a formula); CSV/TSV cells are defused like the rows'.
      const header = sheet || settings.verbatimCells ? names : defuseRow(names);
      if (sheet) rows.push(header);
      else text = `${settings.bom ? '\u{feff}' : ''}${stringifyCsv([header], { delimiter, record_delimiter: 'unix' })}`;
      const splitter = new LineSplitter(Number.MAX_SAFE_INTEGER, {
        line: (bytes) => {
          const spooled = JSON.parse(bytes.toString('utf8')) as unknown[];
          const codes = spooled.pop() as string;
          if (sheet) rows.push([...spooled, ...keep.map(([, i]) => statusOf(codes[i]))]);
          else {
            // The fixed columns come as CSV already; a status is a plain word, never quoted.
            let row = spooled[0] as string;
            // A status in words may hold the delimiter's neighbours (（）) but never the delimiter or a quote.
            for (const [, i] of keep) row += delimiter + statusOf(codes[i]);
            text += `${row}\n`;
          }
        },
        oversize: () => undefined,
      });
      for await (const chunk of createReadStream(spoolPath!)) {
        splitter.push(chunk as Buffer);
        await emit();
      }
      splitter.end();
      await emit();
    };

    const closeOutput = async (): Promise<void> => {
      // The collection's members after "features" (a crs, a name) close it as they opened it.
      if (settings.to === 'geojson') write(`${wroteAny ? '\n]' : ']'}${collectionTail.trimEnd()}}\n`);
      try {
        if (tabular) await writeTable();
        if (sheet) await sheet.close();
        else await ending(final);
      } finally {
        if (spoolDir) rmSync(spoolDir, { recursive: true, force: true });
      }
    };

    const writeSummary = () => {
      const rules = Object.fromEntries(Object.entries(counts).map(([id, row]) => [id, Object.fromEntries(COUNTED.map((name, i) => [name, row[i]!]))]));
      const documentsNotInForce = Object.entries(lapses).map(([documentId, lapse]) => ({ documentId, ...lapse }));
      if (settings.summary)
        writeFileWhole(
          settings.summary,
          `${JSON.stringify({ records: processed, errors, rules, documentsNotInForce, values, dateForms: dates, totalRows }, null, 2)}\n`,
        );
      for (const line of [...valueLines(values), ...dateLines(dates)]) say(`${where}: ${line}`);
      if (totalRows.length)
        say(
          `${where}: skipped ${plural(totalRows.length, 'total row')} (合计/小计/总计), not a case: line ${totalRows.slice(0, 10).join(', ')}${totalRows.length > 10 ? ', …' : ''}`,
        );
      // A lapse is news, said once per document whatever the terminal: rules that concerned records were not checked.
      for (const { documentId, records, inForce, dates, ruleIds } of documentsNotInForce)
        say(
          `${where}: ${documentId} (${inForce.from} … ${inForce.to ?? 'no end stated'}) was not in force on ${shownDates(dates)} for ${plural(records, 'record')}: ${plural(ruleIds.length, 'rule')} that concern them ${ruleIds.length === 1 ? 'was' : 'were'} not checked (${ruleIds.join(', ')}); for acts done while it was in force, give --act-on DATE or an actOn column`,
        );
      if (process.stderr.isTTY) {
        // Per rule × status, the rules that concerned some record: what a person at a terminal reads first.
        const shown = [0, 1, 2, 3, 5, 6, 7] as const;
        const concerned = Object.entries(counts).filter(([, row]) => concernedAny(row));
        const rows = [['rule', ...shown.map((i) => COUNTED[i])], ...concerned.map(([id, row]) => [id, ...shown.map((i) => String(row[i]))])];
        process.stderr.write(`${concerned.length ? table(rows) : 'no rule concerned any record'}\n`);
      }
    };

    const finish = () => {
      if (!ended || nextToWrite < nextSeq || done || stopped) return;
      done = true;
      if (progress) {
        clearInterval(progress);
        process.stderr.write(`\r${processed} records in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      }
      writeSummary();
      // Nothing to check is not a pass: an empty register (or one with a header only) says so.
      if (processed === 0) say(`${where}: no records to check`);
      if (errors && firstError)
        say(
          `${where}: ${plural(errors, 'record')} could not be read (each has its "error" in the output); the first, line ${firstError.line}: ${firstError.message}`,
        );
      void letGo()
        .then(closeOutput)
        .then(
          () => {
            process.removeListener('SIGINT', interrupt);
            resolve(errors ? 2 : anyFailed ? 1 : 0);
          },
          (error: unknown) => reject(writeFailed(error)),
        );
    };

    const flush = () => {
      let result = finished.get(nextToWrite);
      while (result) {
        finished.delete(nextToWrite);
        lastLineWritten = lastLineOf.get(nextToWrite) ?? lastLineWritten;
        lastLineOf.delete(nextToWrite);
        nextToWrite += 1;
        processed += result.count;
        anyFailed ||= result.failed;
        errors += result.errors;
        firstError ??= result.firstError;
        for (const [documentId, lapse] of Object.entries(result.lapses)) addLapses(lapses, documentId, lapse);
        addValues(values, result.values);
        addValues(dates, result.dates);
        for (const [id, row] of Object.entries(result.counts)) {
          const total = (counts[id] ??= Array<number>(COUNTED.length).fill(0));
          row.forEach((n, i) => (total[i]! += n));
        }
        if (result.output.length) {
          // A FeatureCollection's features are written each after ",\n": the very first without it.
          const bytes = settings.to === 'geojson' && !wroteAny ? result.output.subarray(2) : result.output;
          wroteAny = true;
          write(bytes);
        }
        result = finished.get(nextToWrite);
      }
      finish();
    };

    /** Stops everything for good: without this a dead worker would leave the others, and the input, holding the process open. */
    const stop = (error: Error) => {
      if (stopped || done) return;
      stopped = true;
      if (progress) clearInterval(progress);
      input?.destroy();
      process.removeListener('SIGINT', interrupt);
      void letGo().finally(() => {
        if (spoolDir) rmSync(spoolDir, { recursive: true, force: true });
        reject(error);
      });
    };

    // Ctrl-C: what is written is whole chunks of whole records; say how far it got and end there.
    const interrupt = () => {
      // Every record is answered and the output is being finished (a table's second pass): a
      // moment more keeps it whole; a second Ctrl-C, with no listener left, ends the process.
      if (done) {
        process.stderr.write('\nlanduse-rules: every record is answered; finishing the output (Ctrl-C again to abandon it)\n');
        return;
      }
      if (stopped) return;
      stopped = true;
      if (progress) clearInterval(progress);
      input?.destroy();
      void letGo().then(() => {
        if (settings.to === 'ndjson') write(`${JSON.stringify({ interrupted: true, lastLine: lastLineWritten })}\n`);
        process.stderr.write(`\nlanduse-rules: interrupted; the output holds every record up to line ${lastLineWritten}\n`);
        return closeOutput().then(() => resolve(130), reject);
      });
    };
    process.once('SIGINT', interrupt);
    // A FeatureCollection made here (not copied from the input's own head) starts at once.
    if (settings.to === 'geojson' && settings.from !== 'geojson') write('{"type":"FeatureCollection","features":[\n');

    /** A chunk answered in parts, whole again: its outputs in order, its counts added. */
    const joinParts = (seq: number, answers: ChunkResult[]): ChunkResult => {
      const counts: Record<string, number[]> = {};
      for (const answer of answers) {
        for (const [id, row] of Object.entries(answer.counts)) {
          const total = (counts[id] ??= Array<number>(COUNTED.length).fill(0));
          row.forEach((n, i) => (total[i]! += n));
        }
      }
      const lapses: Record<string, Lapse> = Object.create(null);
      for (const answer of answers) for (const [documentId, lapse] of Object.entries(answer.lapses)) addLapses(lapses, documentId, lapse);
      const values: ValueTally = Object.create(null);
      const dates: ValueTally = Object.create(null);
      for (const answer of answers) {
        addValues(values, answer.values);
        addValues(dates, answer.dates);
      }
      const firstError = answers.find((a) => a.firstError)?.firstError;
      return {
        seq,
        output: Buffer.concat(answers.map((a) => a.output)),
        failed: answers.some((a) => a.failed),
        errors: answers.reduce((n, a) => n + a.errors, 0),
        count: answers.reduce((n, a) => n + a.count, 0),
        counts,
        lapses,
        values,
        dates,
        ...(firstError ? { firstError } : {}),
      };
    };

    const answered = (worker: Worker, result: ChunkResult) => {
      busy.set(worker, busy.get(worker)! - 1);
      holding.get(worker)!.delete(result.part === undefined ? String(result.seq) : `${result.seq}:${result.part}`);
      if (result.part === undefined) finished.set(result.seq, result);
      else {
        const got = parts.get(result.seq)!;
        got[result.part] = result;
        if (got.every((part) => part !== undefined)) {
          parts.delete(result.seq);
          finished.set(result.seq, joinParts(result.seq, got as ChunkResult[]));
        }
      }
      flush();
      maybeResume();
    };

    /**
     * A worker died (out of memory on one record, say): a new one takes its place, and what
     * it held is sent again record by record, so that the record that killed it is found and
     * answered as its own error while every other record is answered as usual.
     */
    const replace = (dead: Worker, reason: string) => {
      const lost = [...holding.get(dead)!.values()];
      workers.splice(workers.indexOf(dead), 1);
      busy.delete(dead);
      holding.delete(dead);
      restarts += 1;
      if (restarts > 1000) {
        stop(new Error(`batch workers keep stopping (${reason})`));
        return;
      }
      startWorker();
      // A worker takes its messages in order, so the first it still held is the one it was on;
      // the others were waiting and are sent again as they were.
      const [current, ...waiting] = lost;
      if (current?.part !== undefined) {
        // Alone, it killed a worker: it is that record's error.
        const item = current.items[0]!;
        send({ ...current, items: [{ line: item.line, ...(item.row === undefined ? {} : { row: item.row }), error: `could not be evaluated: ${reason}` }] });
      } else if (current) {
        parts.set(current.seq, Array<ChunkResult | undefined>(current.items.length).fill(undefined));
        current.items.forEach((item, part) => send({ seq: current.seq, part, items: [item] }));
      }
      for (const request of waiting) send(request);
    };

    const startWorker = () => {
      // A small old generation makes each worker collect early, keeping memory flat on long inputs.
      const worker = new Worker(new URL('./batch-worker.js', import.meta.url), {
        workerData: setup,
        resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 },
      });
      workers.push(worker);
      busy.set(worker, 0);
      holding.set(worker, new Map());
      if (headerMessage) worker.postMessage(headerMessage);
      let lastError: Error | undefined;
      worker.on('message', (message: ChunkResult | { ready: true; rules: string[]; titles: Record<string, string> } | { fatal: string }) => {
        if (stopped) return;
        if ('ready' in message) {
          ready.add(worker);
          reported = message.rules;
          titles = message.titles;
          return;
        }
        if ('fatal' in message) {
          const error = new Error(message.fatal);
          error.name = 'OptionError';
          stop(error);
          return;
        }
        answered(worker, message);
      });
      worker.on('error', (error) => {
        lastError = error;
        // One that cannot even start (its file missing, say) would fail again: stop at once.
        if (!ready.has(worker)) stop(error);
      });
      worker.on('exit', (code) => {
        if (done || stopped) return;
        if (!ready.has(worker)) stop(lastError ?? new Error(`a batch worker stopped early (exit code ${code})`));
        else
          replace(
            worker,
            lastError && /memory limit/.test(lastError.message)
              ? 'it needs more memory than a batch worker has'
              : `its worker stopped (${lastError?.message ?? `exit code ${code}`})`,
          );
      });
    };
    for (let i = 0; i < workerCount; i++) startWorker();

    const tooLong = (length: number) => `${plural(length, 'byte')} long, over the limit of ${settings.maxLineBytes} (--max-line-bytes); skipped`;
    const badBytes = (offset: number) => `not valid ${settings.encoding === 'utf-8' ? 'UTF-8' : 'GB18030'} at byte offset ${offset} of the input`;
    // A register saved by Chinese desktop Excel is GB18030/GBK: a line that reads as such says so.
    const badTextBytes = (offset: number, bytes: Buffer) =>
      settings.encoding === 'utf-8' && typeof decodeLine(bytes, 'gb18030') === 'string'
        ? `${badBytes(offset)}; it reads as GB18030 (GBK, as Chinese desktop Excel saves): say --encoding gb18030`
        : badBytes(offset);

    // — a register's records, from CSV/TSV or a workbook: the header first, then one case a row —
    let header: string[] | undefined;
    let row = 0;
    /** Rows above the header: the ones --header-row skips, or title rows found above it. */
    let aboveHeader = 0;
    const totalRows: number[] = [];
    const onRecord = (record: string[], line: number) => {
      // A formatted but empty row (spaces, or cells a workbook keeps styled) is no record.
      if (record.every((cell) => cell.trim() === '')) return;
      if (!header) {
        aboveHeader += 1;
        if (settings.headerRow !== undefined ? aboveHeader < settings.headerRow : isTitleRow(record, settings.map ?? {}, settings.idField)) {
          say(
            `${where}: line ${line} is ${settings.headerRow !== undefined ? 'above --header-row' : 'a title above the header'}, skipped: ${truncateCells(record)}`,
          );
          return;
        }
        header = record;
        try {
          const plan = planColumns(header, settings.map ?? {}, settings.idField);
          if (plan.ignored.length) say(`columns that name no fact are left out: ${plan.ignored.join(', ')}`);
          headerMessage = {
            header: { facts: plan.facts, dates: plan.dates, headers: header, ...(plan.idIndex === undefined ? {} : { idIndex: plan.idIndex }) },
          };
          for (const worker of workers) worker.postMessage(headerMessage);
        } catch (error) {
          if (error instanceof ColumnError) stop(new InputError(`${where}: ${error.message}`));
          else throw error;
        }
        return;
      }
      // A register's total row (合计, 小计, 总计) sums the records above it: it is no case.
      if (isTotalRow(record)) {
        totalRows.push(line);
        return;
      }
      row += 1;
      if (record.length > header.length && record.slice(header.length).every((cell) => cell === '')) record = record.slice(0, header.length);
      if (fromWorkbook && record.length < header.length) record = [...record, ...Array<string>(header.length - record.length).fill('')];
      if (record.length !== header.length) add({ line, row, error: `has ${plural(record.length, 'cell')}, the header ${header.length}` });
      else if (fromWorkbook && record.reduce((sum, cell) => sum + cell.length, 0) > settings.maxLineBytes)
        add({ line, row, error: `this row is over the limit of ${settings.maxLineBytes} (--max-line-bytes); skipped` });
      else add({ line, row, cells: record });
    };

    /** A FeatureCollection's text after its features, up to its closing brace: written back after them. */
    let collectionTail = '';

    // — readers, one per input format; each hands records to `add` in input order —
    let push: (chunk: Buffer) => void;
    let end: () => void;
    if (settings.from === 'geojson') {
      const splitter = new FeatureCollectionSplitter(settings.maxLineBytes, {
        head: (text) => {
          if (settings.to === 'geojson') write(`${text.toString('utf8').trimEnd() || '{'}"features":[\n`);
        },
        feature: (bytes, line, offset) => {
          const text = decodeLine(bytes, 'utf-8');
          add(typeof text === 'string' ? { line, text } : { line, error: badBytes(offset + text.badByte) });
        },
        oversize: (line, _offset, length) => add({ line, error: `this feature is ${tooLong(length)}` }),
        problem: (line, _offset, message) => add({ line, error: message }),
        tail: (bytes) => {
          const text = decodeLine(bytes, 'utf-8');
          if (typeof text === 'string') collectionTail = text;
          else add({ line: splitter.lineNow, error: 'the members after "features" are not valid UTF-8, and are not written back' });
        },
      });
      push = (chunk) => splitter.push(chunk);
      end = () => {
        splitter.end();
        if (!splitter.found)
          throw new InputError(
            `${where} is not a GeoJSON FeatureCollection (no "features" array); a file of one feature per line is GeoJSONSeq (--from geojsonseq)`,
          );
      };
    } else if (fromWorkbook) {
      push = () => undefined;
      end = () => undefined;
    } else if (settings.from === 'csv' || settings.from === 'tsv') {
      // csv-parse reads the records (quotes, embedded newlines); lines are split and decoded
      // here first, so that a line over the limit or with bad bytes is one record's error.
      const problems = new Map<number, string>();
      let text = '';
      const parser = new CsvParser({
        delimiter: settings.from === 'tsv' ? '\t' : ',',
        relax_column_count: true,
        skip_empty_lines: true,
        skip_records_with_error: true,
        on_skip: (error) => {
          const line = (error as { lines?: number } | undefined)?.lines ?? 0;
          add({ line, error: `not a valid CSV record: ${(error as Error).message}` });
        },
      });
      // A record is handed on as its last character is read, so the parser's line count is
      // then the record's last line (asking csv-parse for a per-record info object cost ~10% of the run);
      // its first is that, less the line breaks inside its cells.
      parser.on('data', (record: string[]) => {
        const lastLine = parser.info.lines;
        const problem = record.length === 1 ? problems.get(lastLine) : undefined;
        if (problem !== undefined && record[0] === `\u0000${lastLine}`) {
          problems.delete(lastLine);
          add({ line: lastLine, error: problem });
          return;
        }
        // A record whose quoted cells hold line breaks began as many lines before its last: it is
        // reported at the line it starts on, where a clerk looks for it.
        let line = lastLine;
        for (const cell of record) for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) line -= 1;
        onRecord(record, line);
      });
      parser.on('error', (error) => stop(new InputError(`${where}: ${error.message}`)));
      // A line that cannot be read reaches the parser as a marker of its own, so its error
      // comes out in its place among the records.
      const splitter = new LineSplitter(settings.maxLineBytes, {
        line: (bytes, line, offset) => {
          const decoded = decodeLine(bytes, settings.encoding);
          if (typeof decoded === 'string') text += `${decoded}\n`;
          else {
            problems.set(line, badTextBytes(offset + decoded.badByte, bytes));
            text += `\u0000${line}\n`;
          }
        },
        oversize: (line, _offset, length) => {
          problems.set(line, `this line is ${tooLong(length)}`);
          text += `\u0000${line}\n`;
        },
      });
      push = (chunk) => {
        splitter.push(chunk);
        if (text) parser.write(text);
        text = '';
      };
      end = () => {
        splitter.end();
        if (text) parser.write(text);
        text = '';
        parser.end();
      };
    } else {
      const splitter = new LineSplitter(settings.maxLineBytes, {
        line: (bytes, line, offset) => {
          const decoded = decodeLine(bytes, settings.encoding);
          if (typeof decoded !== 'string') add({ line, error: badTextBytes(offset + decoded.badByte, bytes) });
          else if (decoded.trim() !== '') add({ line, text: decoded }); // blank lines carry no case
        },
        oversize: (line, _offset, length) => add({ line, error: `this line is ${tooLong(length)}` }),
      });
      push = (chunk) => splitter.push(chunk);
      end = () => splitter.end();
    }

    const inputEnded = () => {
      dispatch();
      ended = true;
      finish();
    };
    if (input) {
      input.on('data', (chunk: string | Buffer) => {
        if (stopped) return;
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        bytesRead += bytes.length;
        try {
          push(bytes);
        } catch (error) {
          stop(error as Error);
          return;
        }
        if (full()) input.pause();
      });
      input.on('end', () => {
        if (stopped) return;
        try {
          end();
        } catch (error) {
          stop(error as Error);
          return;
        }
        // csv-parse hands on its last records when it ends.
        if (settings.from === 'csv' || settings.from === 'tsv') setImmediate(inputEnded);
        else inputEnded();
      });
      input.on('error', (error: Error) => stop(error));
    } else {
      void (async () => {
        try {
          for await (const { number, cells } of xlsxRows(file === '-' ? process.stdin : file, settings.sheet)) {
            if (stopped) return;
            onRecord(cells, number);
            if (full()) await new Promise<void>((resume) => (resumeWorkbook = resume));
          }
        } catch (error) {
          stop(new InputError(`${where} could not be read as an Excel workbook: ${workbookProblem(error)}`));
          return;
        }
        if (!stopped) inputEnded();
      })();
    }
  });
  try {
    const code = await run;
    // The output takes the named file's place only now, whole; an interrupted run (130) keeps
    // what it wrote, every record up to the line it says, as before.
    outputFile?.commit();
    return code;
  } catch (error) {
    outputFile?.abandon();
    throw error;
  }
};
