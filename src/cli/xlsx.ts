import type { Writable } from 'node:stream';

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
 * A cell as the text a CSV of the same sheet would hold, so it is read by its fact's type
 * exactly as a CSV cell is: a date cell (Excel keeps dates as UTC midnights) becomes
 * 'YYYY-MM-DD', a formula its result, rich text its characters, an error cell its code.
 */
const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    const midnight = value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0 && value.getUTCMilliseconds() === 0;
    const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    return midnight ? day : value.toISOString();
  }
  if (typeof value === 'object') {
    const cell = value as { richText?: { text: string }[]; result?: unknown; formula?: string; text?: unknown; error?: string };
    if (cell.richText) return cell.richText.map((part) => part.text).join('');
    if ('result' in cell || cell.formula !== undefined) return cellText(cell.result);
    if (cell.text !== undefined) return cellText(cell.text);
    if (cell.error !== undefined) return cell.error;
  }
  return String(value);
};

/**
 * A worksheet's rows, as texts, with their row numbers; blank rows are skipped by the reader.
 * The sheet is the one named `sheet`, or else the workbook's first; a name no sheet has is
 * an error that lists the names there are.
 */
export async function* xlsxRows(file: string | NodeJS.ReadableStream, sheet?: string): AsyncGenerator<{ number: number; cells: string[] }> {
  const ExcelJS = await exceljs();
  // Styles are read so that a date cell comes back as a date, not as its serial number.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file as string, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const names: string[] = [];
  for await (const worksheet of reader) {
    // The reader names a sheet from the workbook's index; a sheet not read is skipped by it.
    const name = (worksheet as unknown as { name: string }).name;
    names.push(name);
    if (sheet !== undefined && name !== sheet) continue;
    for await (const row of worksheet) {
      const values = row.values as unknown[];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
      yield { number: row.number, cells };
    }
    return;
  }
  if (sheet !== undefined) throw new Error(`it has no sheet named '${sheet}' (its sheets: ${names.map((n) => `'${n}'`).join(', ') || 'none'})`);
}

export interface SheetWriter {
  addRow(values: readonly unknown[]): void;
  close(): Promise<void>;
}

export const xlsxWriter = async (target: { filename: string } | { stream: Writable }): Promise<SheetWriter> => {
  const ExcelJS = await exceljs();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ ...target, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('landuse-rules');
  return {
    addRow: (values) => sheet.addRow(values as unknown[]).commit(),
    close: async () => {
      sheet.commit();
      await workbook.commit();
    },
  };
};
