/** Terminal text: display width of CJK text, padding, colour only on a TTY. */

// East Asian wide and fullwidth ranges: these take two terminal columns.
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\uD840-\uD87F][\uDC00-\uDFFF]/;

const displayWidth = (text: string): number => {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
};

const padEnd = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

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
export const paint =
  (enabled: boolean) =>
  (colour: Colour, text: string): string =>
    enabled ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text;

// C0 and C1 controls, DEL, and the bidirectional overrides and isolates that reorder a line.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text from input made safe for a terminal: a control character is shown as its escape (ESC as \u001b), never sent. */
export const escapeControls = (text: string): string =>
  text.replace(CONTROLS, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));

// What XML 1.0 cannot hold: C0 but tab, line feed and carriage return; U+FFFE and U+FFFF.
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text for a workbook cell: a character XML cannot hold is written visibly as \uXXXX, never silently lost. */
export const escapeNotInXml = (text: string): string => text.replace(NOT_IN_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Rows of cells as aligned columns; the last column is not padded. Cells are escaped before colour is added. */
export const table = (rows: readonly (readonly string[])[], colour: (row: number, column: number, text: string) => string = (_r, _c, t) => t): string => {
  const safe = rows.map((row) => row.map(escapeControls));
  const widths: number[] = [];
  for (const row of safe) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return safe.map((row, r) => row.map((cell, c) => colour(r, c, c === row.length - 1 ? cell : padEnd(cell, widths[c] ?? 0))).join('  ')).join('\n');
};

/** The byte offset of the first byte that is not part of valid UTF-8 (the input is known to be invalid). */
export const firstInvalidUtf8 = (bytes: Uint8Array): number => {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    // Lead byte: the sequence length and the range of its second byte (no overlongs, no surrogates, ≤ U+10FFFF).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < low || c > high : c < 0x80 || c > 0xbf) return i;
    }
    i += length;
  }
  return bytes.length;
};
