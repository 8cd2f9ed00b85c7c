/** What the splitter hands on: a whole line (without its end of line), or a line over the limit. */
export interface LineSink {
  line(bytes: Buffer, line: number, offset: number): void;
  oversize(line: number, offset: number, length: number): void;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const GB18030_BOM = [0x84, 0x31, 0x95, 0x33];

/**
 * Splits a byte stream into lines, in time linear in its length and in memory bounded by
 * `maxBytes`: each byte is searched once (Buffer#indexOf) and copied at most once. A line
 * over the limit is not kept: its bytes are counted until its end, and it is reported as
 * one oversize line, so a 500 MiB line without a newline costs a read and no memory.
 * Bytes, not characters, so the split is the same in UTF-8 and GB18030 (neither has 0x0A
 * inside a multi-byte character).
 */
export class LineSplitter {
  private parts: Buffer[] = [];
  private length = 0;
  private skipping = false;
  private lineNumber = 0;
  private offset = 0;
  private started = false;
  /** A line's first byte's offset in the input. */
  private lineStart = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly sink: LineSink,
  ) {}

  /** Lines whole so far (the next line's number is this + 1). */
  get lines(): number {
    return this.lineNumber;
  }

  push(chunk: Buffer): void {
    let start = 0;
    if (!this.started) {
      // A byte-order mark is not part of the first line; it may only be split across
      // chunks on a stream that delivers under four bytes at first, which ours do not.
      this.started = true;
      const bom = [UTF8_BOM, GB18030_BOM].find((mark) => mark.every((byte, i) => chunk[i] === byte));
      if (bom) start = bom.length;
      this.offset = start;
      this.lineStart = start;
    }
    for (;;) {
      const newline = chunk.indexOf(10, start);
      const end = newline === -1 ? chunk.length : newline;
      const size = end - start;
      if (this.skipping) this.length += size;
      else if (this.length + size > this.maxBytes) {
        this.skipping = true;
        this.parts = [];
        this.length += size;
      } else if (size) {
        this.parts.push(chunk.subarray(start, end));
        this.length += size;
      }
      this.offset += size;
      if (newline === -1) return;
      this.emit();
      this.offset += 1;
      this.lineStart = this.offset;
      start = newline + 1;
    }
  }

  /** The input ended: a last line without a newline is still a line. */
  end(): void {
    if (this.length || this.skipping) this.emit();
  }

  private emit(): void {
    this.lineNumber += 1;
    if (this.skipping) this.sink.oversize(this.lineNumber, this.lineStart, this.length);
    else {
      let bytes = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts, this.length);
      if (bytes.length && bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, bytes.length - 1); // CRLF
      this.sink.line(bytes, this.lineNumber, this.lineStart);
    }
    this.parts = [];
    this.length = 0;
    this.skipping = false;
  }
}
