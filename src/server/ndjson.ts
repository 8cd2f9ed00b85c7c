import { decodeLine, type Encoding } from '../core/encoding.js';

/** One input line: its number, and its text or the byte count that put it over the limit. */
export type InputLine =
  | { readonly line: number; readonly text: string }
  | { readonly line: number; readonly tooLong: number }
  /** Its bytes are not valid in the body's encoding: never decoded into replacement characters. */
  | { readonly line: number; readonly notDecoded: Encoding };

/**
 * Splits a byte stream into lines, linear in its length: each byte is looked at once, and a
 * line over `maxLineBytes` is skipped to its end (reported by its length) instead of being
 * held in memory. Lines are yielded in groups, one group per input chunk, so the caller
 * can answer a chunk with one write. Blank lines keep their number but are not yielded.
 * `onRecord` is told of each line that ends and is not blank (the caller times stalls with it:
 * progress is a whole record, not a byte, or one byte per timeout would hold a stream for ever).
 */
export async function* splitLines(
  source: AsyncIterable<Buffer | string>,
  maxLineBytes: number,
  onRecord?: () => void,
  // GB18030 never uses the newline byte inside a character, so its lines split as UTF-8's do.
  encoding: Encoding = 'utf-8',
): AsyncGenerator<InputLine[]> {
  let parts: Buffer[] = [];
  let held = 0;
  /** Bytes of the current line, counted on even when it is too long to hold. */
  let length = 0;
  let line = 0;
  const finish = (out: InputLine[]) => {
    line += 1;
    const before = out.length;
    if (length > maxLineBytes) out.push({ line, tooLong: length });
    else if (held) {
      const text = decodeLine(parts.length === 1 ? parts[0]! : Buffer.concat(parts, held), encoding);
      if (typeof text !== 'string') out.push({ line, notDecoded: encoding });
      else if (text.trim()) out.push({ line, text });
    }
    if (out.length > before) onRecord?.();
    parts = [];
    held = 0;
    length = 0;
  };
  for await (const raw of source) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    const out: InputLine[] = [];
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      take(chunk, start, nl);
      finish(out);
      start = nl + 1;
    }
    take(chunk, start, chunk.length);
    if (out.length) yield out;
  }
  const out: InputLine[] = [];
  if (length > 0) finish(out);
  if (out.length) yield out;

  function take(chunk: Buffer, from: number, to: number): void {
    if (to <= from) return;
    length += to - from;
    if (length > maxLineBytes) {
      // Over the limit: what was held is let go; only the length is kept.
      parts = [];
      held = 0;
      return;
    }
    parts.push(chunk.subarray(from, to));
    held += to - from;
  }
}
