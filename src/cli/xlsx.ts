import { statSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { escapeNotInXml } from './text.js';

/**
 * Excel workbooks through exceljs's streaming reader and writer (loaded only when a
 * workbook is read or written): rows come and go one at a time, never a whole sheet.
 */
const exceljs = async () => {
  try {
    return (await import('exceljs')).default;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    // Should exceljs ever be made optional, a workbook without it is one clear line (exit 2).
    const missing = new Error('reading or writing .xlsx needs the exceljs package (npm install exceljs)');
    missing.name = 'InputError';
    throw missing;
  }
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A workbook's shared strings are all held while its sheet is read (a cell names one by its
 * index), so they are bounded: a 404 KB workbook of two rows held ~400 MB of them, and a
 * million distinct ones aborted V8 (exit 134). Past either bound the run ends, exit 2.
 */
export interface SharedStringBudget {
  maxEntries: number;
  /** Characters (UTF-16 code units, two bytes each as held) of all shared strings together. */
  maxCharacters: number;
}
export const SHARED_STRING_BUDGET: SharedStringBudget = { maxEntries: 1_000_000, maxCharacters: 32 * 1024 * 1024 };

/** What is wrong with a workbook, in our words: shown to the user as it is. */
export class WorkbookError extends Error {}

/**
 * An error of exceljs (or of the zip and XML readers under it) as one short line: its text can
 * be long, span lines, or quote the file's bytes, so it is cut to its first line and a bound.
 */
export const workbookProblem = (error: unknown): string => {
  if (error instanceof WorkbookError) return error.message;
  const said = String((error as Error)?.message ?? error)
    .split(/\r?\n/, 1)[0]!
    .trim();
  const short = said.length > 120 ? `${said.slice(0, 119)}…` : said;
  return `it is not a readable .xlsx file${short ? ` (the reader said: ${short})` : ''}`;
};

/** A shared string as exceljs emits it: text, or rich text in runs. */
type SharedString = string | { richText: { text: string }[] } | null | undefined;
const sharedText = (value: SharedString): string =>
  value === null || value === undefined ? '' : typeof value === 'string' ? value : value.richText.map((part) => part.text ?? '').join('');

/**
 * A cell as the text a CSV of the same sheet would hold, so it is read by its fact's type
 * exactly as a CSV cell is: a date cell (Excel keeps dates as UTC midnights) becomes
 * 'YYYY-MM-DD', a formula its result, rich text its characters, an error cell its code.
 */
const cellText = (value: unknown, shared: readonly string[]): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    const midnight = value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0 && value.getUTCMilliseconds() === 0;
    const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    // Excel keeps the wall-clock time it shows, stored as if UTC: written as shown, never as an instant.
    return midnight ? day : `${day} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}`;
  }
  if (typeof value === 'object') {
    const cell = value as { richText?: { text: string }[]; result?: unknown; formula?: string; text?: unknown; error?: string; sharedString?: number };
    if (cell.richText) return cell.richText.map((part) => part.text).join('');
    // A shared string's index, past the table: a cell that names no string is empty, as Excel shows it.
    if (typeof cell.sharedString === 'number') return shared[cell.sharedString] ?? '';
    if ('result' in cell || cell.formula !== undefined) return cellText(cell.result, shared);
    if (cell.text !== undefined) return cellText(cell.text, shared);
    if (cell.error !== undefined) return cell.error;
  }
  return String(value);
};

/**
 * A worksheet's rows, as texts, with their row numbers; blank rows are skipped by the reader.
 * The sheet is the one named `sheet`, or else the workbook's first; a name no sheet has is
 * an error that lists the names there are.
 */
export async function* xlsxRows(
  file: string | NodeJS.ReadableStream,
  sheet?: string,
  budget: SharedStringBudget = SHARED_STRING_BUDGET,
): AsyncGenerator<{ number: number; cells: string[] }> {
  const ExcelJS = await exceljs();
  // Styles are read so that a date cell comes back as a date, not as its serial number. Shared
  // strings are emitted, not cached by exceljs, so that they are kept here, counted as they come.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file as string, {
    worksheets: 'emit',
    sharedStrings: 'emit',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const shared: string[] = [];
  let characters = 0;
  const names: string[] = [];
  // parse() is an async generator; exceljs's types call it a bare AsyncIterator.
  const events = reader.parse() as AsyncGenerator<{ eventType?: string; value?: unknown; index?: number; text?: SharedString }>;
  for await (const event of events) {
    const { eventType, value } = event;
    // exceljs 4.4 yields a shared string bare, as { index, text }, not as the { eventType, value } its read() expects.
    const string = eventType === 'shared-strings' ? (value as { index: number; text: SharedString }) : typeof event.index === 'number' ? event : undefined;
    if (string) {
      const { index, text } = string as { index: number; text: SharedString };
      const entry = sharedText(text);
      characters += entry.length;
      // A register's workbook holds far fewer: past a bound the file is crafted or broken, and reading on would exhaust memory.
      if (shared.length >= budget.maxEntries) throw new WorkbookError(`it holds more than ${budget.maxEntries} shared strings, the limit; not read further`);
      if (characters > budget.maxCharacters) {
        throw new WorkbookError(`its shared strings hold more than ${budget.maxCharacters * 2} bytes of text, the limit; not read further`);
      }
      shared[index] = entry;
      continue;
    }
    if (eventType !== 'worksheet') continue;
    const worksheet = value as InstanceType<typeof ExcelJS.stream.xlsx.WorksheetReader>;
    // The reader names a sheet from the workbook's index; a sheet not read is skipped by it.
    const name = (worksheet as unknown as { name: string }).name;
    names.push(name);
    if (sheet !== undefined && name !== sheet) continue;
    for await (const row of worksheet) {
      const values = row.values as unknown[];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellText(values[i], shared));
      yield { number: row.number, cells };
    }
    return;
  }
  // A workbook whose sheets come before its index in the zip, or name their parts by absolute
  // paths (openpyxl, pandas), is streamed with made-up names (Sheet1, Sheet2): read the file whole,
  // as its index names its sheets, when it is one of a register's size.
  if (sheet !== undefined && typeof file === 'string' && names.every((name) => /^Sheet\d+$/.test(name)) && statSync(file).size <= WHOLE_WORKBOOK_BYTES) {
    yield* wholeSheetRows(ExcelJS, file, sheet);
    return;
  }
  if (sheet !== undefined) throw new WorkbookError(`it has no sheet named '${sheet}' (its sheets: ${names.map((n) => `'${n}'`).join(', ') || 'none'})`);
}

/** The largest workbook read whole when streaming cannot name its sheets: a register's, not a crafted one's. */
const WHOLE_WORKBOOK_BYTES = 32 << 20;

async function* wholeSheetRows(ExcelJS: Awaited<ReturnType<typeof exceljs>>, file: string, sheet: string): AsyncGenerator<{ number: number; cells: string[] }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const worksheet = book.getWorksheet(sheet);
  if (!worksheet) throw new WorkbookError(`it has no sheet named '${sheet}' (its sheets: ${book.worksheets.map((w) => `'${w.name}'`).join(', ') || 'none'})`);
  for (let number = 1; number <= worksheet.rowCount; number++) {
    const row = worksheet.getRow(number);
    if (!row.hasValues) continue;
    const values = row.values as unknown[];
    const cells: string[] = [];
    for (let i = 1; i < values.length; i++) cells.push(cellText(values[i], []));
    yield { number, cells };
  }
}

export interface SheetWriter {
  addRow(values: readonly unknown[]): void;
  close(): Promise<void>;
}

/** A text cell as a workbook can hold it (exceljs dropped what XML cannot hold without a word). */
const xmlSafe = (value: unknown): unknown => (typeof value === 'string' ? escapeNotInXml(value) : value);

export const xlsxWriter = async (target: { filename: string } | { stream: Writable }): Promise<SheetWriter> => {
  const ExcelJS = await exceljs();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ ...target, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('landuse-rules');
  return {
    addRow: (values) => sheet.addRow((values as unknown[]).map(xmlSafe)).commit(),
    close: async () => {
      sheet.commit();
      await workbook.commit();
    },
  };
};
