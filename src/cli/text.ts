/** Terminal text: display width of CJK text, padding, colour only on a TTY. */

// East Asian wide and fullwidth ranges: these take two terminal columns.
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\uD840-\uD87F][\uDC00-\uDFFF]/;

export const displayWidth = (text: string): number => {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
};

export const padEnd = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

export const truncate = (text: string, width: number): string => {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const char of text) {
    if (displayWidth(out + char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
};

const CODES = { red: 31, green: 32, yellow: 33, blue: 34, grey: 90, bold: 1 } as const;
export type Colour = keyof typeof CODES;
export const paint = (enabled: boolean) => (colour: Colour, text: string): string => (enabled ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text);

/** Rows of cells as aligned columns; the last column is not padded. */
export const table = (rows: readonly (readonly string[])[], colour: (row: number, column: number, text: string) => string = (_r, _c, t) => t): string => {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows
    .map((row, r) => row.map((cell, c) => colour(r, c, c === row.length - 1 ? cell : padEnd(cell, widths[c] ?? 0))).join('  '))
    .join('\n');
};
