/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a CSV/TSV cell that starts with
 * = + - @, a tab or a carriage return is run as a formula when desktop Excel, WPS or
 * LibreOffice opens the file, and an id or cell echoed from a register is the attacker's text
 * (`=HYPERLINK("http://…", "详情")`, `-1+2`, `@SUM(…)`). Such a cell is written with a single
 * quote before it, which the spreadsheet takes as "this is text" and does not display. The
 * full-width forms (＝ ＋ － ＠) are defused too, as a precaution: a Chinese register is typed
 * with a full-width input method, and a spreadsheet that folds widths would run them.
 *
 * Numbers the library writes (line numbers, counts, an id that was a JSON number) are data,
 * not text, and are written as they are: a cell that is only a number is no formula.
 */
// Spaces before a formula start are skipped too: a spreadsheet that trims cells on import would run what follows.
const FORMULA_START = /^[ \u00a0\u3000]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** Whether a spreadsheet would run the cell as a formula. */
export const startsLikeFormula = (cell: string): boolean => FORMULA_START.test(cell);

/** A text cell as a spreadsheet will show it, never run it. */
export const defuseFormula = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/** Every text cell of a row defused; numbers are left as numbers. */
export const defuseRow = <T extends string | number>(row: readonly T[]): (T | string)[] =>
  row.map((cell) => (typeof cell === 'string' ? defuseFormula(cell) : cell));
