/**
 * GeoJSON without parsing whole files: a FeatureCollection is cut into its features as
 * raw bytes (so each feature's geometry can be written back byte for byte), and a
 * feature's members are found by their spans in its text. Only JSON's own structure is
 * scanned — strings, escapes and brackets — in one pass, linear in the input.
 */

export interface FeatureSink {
  /** The collection's text before "features" (its type, name, crs …), once. */
  head(text: Buffer): void;
  /**
   * The collection's text after the "features" array, up to its closing brace (a crs, name or
   * type written after the features, each after a comma), once, when the collection closes.
   */
  tail(text: Buffer): void;
  feature(bytes: Buffer, line: number, offset: number): void;
  oversize(line: number, offset: number, length: number): void;
  /** What is wrong at a place of the file that is no whole feature: a member that is no object, a feature cut off, the file ending early. */
  problem(line: number, offset: number, message: string): void;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COLON = 0x3a;
const NEWLINE = 0x0a;
const COMMA = 0x2c;
const isSpace = (byte: number): boolean => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

export class FeatureCollectionSplitter {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private line = 1;
  private offset = 0;
  /** Bytes of the current depth-1 key while it is read (keys are short; longer ones are not "features"). */
  private key: number[] | undefined;
  private lastKey = '';
  private headParts: Buffer[] = [];
  private headLength = 0;
  private inFeatures = false;
  private featuresDone = false;
  private started = false;
  // The feature being read.
  private parts: Buffer[] = [];
  private length = 0;
  private skipping = false;
  private featureLine = 0;
  private featureOffset = -1;
  /** Where the current feature started in the current chunk, or -1 if it began in an earlier one. */
  private startInChunk = -1;
  /** The current member of "features" is no object and has been reported. */
  private badMember = false;
  /** Anything but whitespace after the collection has been reported. */
  private trailingReported = false;
  /** In "features": what came last, to find an empty member (`,,`, a comma first or last). */
  private lastInFeatures: 'open' | 'member' | 'comma' = 'open';
  // The members after "features": kept until the collection closes.
  private tailParts: Buffer[] = [];
  private tailLength = 0;
  /** Where the tail starts in the current chunk, or -1 when not in the tail. */
  private tailStartInChunk = -1;
  /** The tail is being read, was given, or cannot be written back (too long, or it holds a second "features"). */
  private tailState: 'reading' | 'given' | 'refused' = 'reading';

  constructor(
    private readonly maxBytes: number,
    private readonly sink: FeatureSink,
  ) {}

  /** The collection's features were read and its closing brace passed. */
  private get closed(): boolean {
    return this.featuresDone && this.depth === 0;
  }

  /** The line being read (for a problem found by the sink in what it was given). */
  get lineNow(): number {
    return this.line;
  }

  get found(): boolean {
    return this.inFeatures || this.featuresDone;
  }

  push(chunk: Buffer): void {
    let i = 0;
    if (!this.started) {
      this.started = true;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) i = 3;
      this.offset = i;
    }
    const base = this.offset - i;
    const scanStart = i;
    this.startInChunk = this.featureOffset >= 0 ? 0 : -1;
    this.tailStartInChunk = this.featuresDone && this.depth > 0 && this.tailState === 'reading' ? i : -1;
    const n = chunk.length;
    for (; i < n; i++) {
      const byte = chunk[i]!;
      if (byte === NEWLINE) this.line += 1;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (byte === BACKSLASH) this.escaped = true;
        else if (byte === QUOTE) {
          this.inString = false;
          if (this.key) {
            this.lastKey = Buffer.from(this.key).toString('utf8');
            this.key = undefined;
          }
        } else if (this.key) {
          if (this.key.length < 16) this.key.push(byte);
          else {
            this.key = undefined; // too long to be "features"
            this.lastKey = '';
          }
        }
        continue;
      }
      if (this.inFeatures && this.depth === 2 && !isSpace(byte)) {
        if (byte === COMMA) {
          // [{…},,{…}] is not JSON: the hole is said where it is, never read past in silence.
          if (this.lastInFeatures !== 'member')
            this.sink.problem(this.line, base + i, 'an empty member of "features" (a comma with no feature before it) is not JSON');
          this.lastInFeatures = 'comma';
          this.badMember = false;
        } else if (byte === CLOSE_BRACKET) {
          if (this.lastInFeatures === 'comma') this.sink.problem(this.line, base + i, 'a comma after the last member of "features" is not JSON');
        } else {
          this.lastInFeatures = 'member';
          if (byte !== OPEN_BRACE && !this.badMember) {
            this.badMember = true;
            this.sink.problem(this.line, base + i, 'a member of "features" that is not an object is not a feature; skipped');
          }
        }
      }
      if (this.closed && !this.trailingReported && !isSpace(byte)) {
        this.trailingReported = true;
        this.sink.problem(this.line, base + i, 'text after the end of the FeatureCollection is not read');
      }
      if (byte === QUOTE) {
        this.inString = true;
        if (this.depth === 1 && !this.inFeatures) this.key = [];
        continue;
      }
      if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
        if (this.inFeatures && this.depth === 2 && byte === OPEN_BRACE) {
          this.featureLine = this.line;
          this.featureOffset = base + i;
          this.startInChunk = i;
        }
        if (this.depth === 1 && byte === OPEN_BRACKET && this.lastKey === 'features' && !this.featuresDone) {
          this.inFeatures = true;
          this.keepHead(chunk.subarray(scanStart, i));
        }
        this.depth += 1;
      } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
        this.depth -= 1;
        if (this.inFeatures && this.depth === 2 && byte === CLOSE_BRACE && this.featureOffset >= 0) this.endFeature(chunk, i + 1);
        else if (this.inFeatures && this.depth === 1) {
          this.inFeatures = false;
          this.featuresDone = true;
          this.tailStartInChunk = i + 1;
        } else if (this.featuresDone && this.depth === 0 && this.tailState === 'reading') this.endTail(chunk, i);
      } else if (this.depth === 1 && !this.inFeatures && byte === COMMA) this.lastKey = '';
      else if (this.depth === 1 && this.featuresDone && byte === COLON && this.lastKey === 'features') {
        // Which of two arrays is the layer cannot be told; the first is read, the second said.
        this.tailState = 'refused';
        this.tailParts = [];
        this.sink.problem(this.line, base + i, 'a second "features" member: only the first is read, and the members after it are not written back');
      }
    }
    if (this.featureOffset >= 0) this.keep(chunk.subarray(Math.max(this.startInChunk, 0)));
    else if (!this.found) this.keepHeadBytes(chunk.subarray(scanStart));
    else if (this.tailStartInChunk >= 0) this.keepTail(chunk.subarray(this.tailStartInChunk));
    this.offset = base + n;
  }

  /**
   * The end of the input: a feature still open, or a collection that never closed, means the
   * file was cut short (a copy broken off, a download not finished), and what it lacks is said.
   */
  end(): void {
    if (!this.found) return;
    if (this.featureOffset >= 0) {
      this.sink.problem(this.featureLine, this.featureOffset, 'the file ends inside this feature: it is cut short (is the file complete?)');
      this.featureOffset = -1;
    } else if (!this.closed) {
      this.sink.problem(
        this.line,
        this.offset,
        'the file ends before its FeatureCollection closes: features after this point, if any, are missing (is the file complete?)',
      );
    }
  }

  private keepHeadBytes(bytes: Buffer): void {
    if (this.headLength > this.maxBytes) return;
    this.headParts.push(bytes);
    this.headLength += bytes.length;
  }

  /** The collection's head: everything before the "features" key, given once the array opens. */
  private keepHead(last: Buffer): void {
    const text = Buffer.concat([...this.headParts, last]).toString('utf8');
    const at = text.lastIndexOf('"features"');
    this.sink.head(Buffer.from(text.slice(0, at), 'utf8'));
    this.headParts = [];
    this.headLength = 0;
  }

  private keepTail(bytes: Buffer): void {
    if (this.tailState !== 'reading') return;
    if (this.tailLength + bytes.length > this.maxBytes) {
      this.tailState = 'refused';
      this.tailParts = [];
      this.sink.problem(
        this.line,
        this.offset,
        `the members after "features" are longer than ${this.maxBytes} bytes (--max-line-bytes) and are not written back`,
      );
      return;
    }
    this.tailParts.push(bytes);
    this.tailLength += bytes.length;
  }

  /** The collection closes at `end` of the chunk: the members after "features" are given, once. */
  private endTail(chunk: Buffer, end: number): void {
    this.keepTail(chunk.subarray(Math.max(this.tailStartInChunk, 0), end));
    this.tailStartInChunk = -1;
    if (this.tailState === 'reading') this.sink.tail(Buffer.concat(this.tailParts, this.tailLength));
    this.tailState = 'given';
    this.tailParts = [];
  }

  private keep(bytes: Buffer): void {
    if (this.skipping) {
      this.length += bytes.length;
      return;
    }
    if (this.length + bytes.length > this.maxBytes) {
      this.skipping = true;
      this.parts = [];
    } else this.parts.push(bytes);
    this.length += bytes.length;
  }

  private endFeature(chunk: Buffer, end: number): void {
    this.keep(chunk.subarray(Math.max(this.startInChunk, 0), end));
    if (this.skipping) this.sink.oversize(this.featureLine, this.featureOffset, this.length);
    else this.sink.feature(this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts, this.length), this.featureLine, this.featureOffset);
    this.parts = [];
    this.length = 0;
    this.skipping = false;
    this.featureOffset = -1;
    this.startInChunk = -1;
  }
}

/**
 * The members of a JSON object's text, each as the span of its value: [start, end).
 * Only the top level; nested values are skipped over by their brackets.
 */
export const memberSpans = (text: string): Map<string, [number, number]> => {
  const spans = new Map<string, [number, number]>();
  let depth = 0;
  let i = 0;
  const n = text.length;
  let key: string | undefined;
  let valueStart = -1;
  const close = (end: number) => {
    if (key !== undefined && valueStart >= 0) spans.set(key, [valueStart, end]);
    key = undefined;
    valueStart = -1;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const start = i;
      i += 1;
      while (i < n && text.charCodeAt(i) !== QUOTE) i += text.charCodeAt(i) === BACKSLASH ? 2 : 1;
      if (depth === 1 && key === undefined && valueStart < 0) key = JSON.parse(text.slice(start, i + 1)) as string;
      else if (depth === 1 && valueStart < 0) valueStart = start;
      i += 1;
      continue;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (depth === 1 && valueStart < 0) valueStart = i;
      depth += 1;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth -= 1;
      if (depth === 0) {
        close(trimEnd(text, i));
        break;
      }
    } else if (depth === 1) {
      if (c === 0x2c) close(trimEnd(text, i));
      else if (c !== COLON && c > 0x20 && valueStart < 0 && key !== undefined) valueStart = i;
    }
    i += 1;
  }
  return spans;
};

const trimEnd = (text: string, end: number): number => {
  let e = end;
  while (e > 0 && text.charCodeAt(e - 1) <= 0x20) e -= 1;
  return e;
};
