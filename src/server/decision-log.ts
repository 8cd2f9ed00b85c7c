import { open, rename, rm } from 'node:fs/promises';
import type { Writable } from 'node:stream';

/**
 * The few operations the log does on its file: node:fs/promises' FileHandle has them all; a
 * test gives one that fails as a full disk does (a short write, then ENOSPC).
 */
export interface LogFile {
  write(buffer: Buffer, offset: number, length: number): Promise<{ bytesWritten: number }>;
  read(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  truncate(length: number): Promise<void>;
  stat(): Promise<{ size: number; isFile(): boolean }>;
  close(): Promise<void>;
}

/** Opens `path` for appending, creating it; never creates a folder. */
export type OpenLogFile = (path: string) => Promise<LogFile>;

// 'a+': appending, and reading too, to find the end of the last whole record at open.
const openForAppend: OpenLogFile = (path) => open(path, 'a+');

export interface DecisionLogOptions {
  /** A file path, or '-' for standard output. */
  readonly path: string;
  /** Rotate when the file would grow past this many bytes (default 64 MiB). */
  readonly maxBytes?: number;
  /** Rotated files kept beside it: path.1 (newest) … path.N (default 5). */
  readonly maxFiles?: number;
  /** Records waiting to be written may take at most this many bytes; beyond it they are counted as dropped (default 8 MiB). */
  readonly maxBufferBytes?: number;
  /** Where '-' writes; standard output unless a test gives another stream. */
  readonly stdout?: Writable;
  /** How the file is opened (default: node:fs/promises' open, for appending); a test injects failures here. */
  readonly openFile?: OpenLogFile;
}

export interface DecisionLogStats {
  /** Records written. */
  readonly written: number;
  /** Records lost to a failed write (or rotation). */
  readonly failed: number;
  /** Records refused because the buffer was full. */
  readonly dropped: number;
  /** Records waiting to be written. */
  readonly buffered: number;
  readonly rotations: number;
  /** Whether the last write succeeded and nothing has been dropped since. */
  readonly healthy: boolean;
  readonly lastError?: string;
}

/**
 * A sink's append that failed part way: the lines before `written` are in the log whole, the
 * others are not in it at all (a record cut short by the failure has been cut away).
 */
class PartialWrite extends Error {
  constructor(
    readonly written: number,
    readonly error: unknown,
  ) {
    super((error as Error)?.message ?? String(error));
  }
}

/** What every sink does: append a chunk of whole lines. */
interface Sink {
  /** Opens what is to be written, so that a path that cannot be written is known at start. */
  open(): Promise<void>;
  /** Appends the lines in order; on failure rejects with a PartialWrite. */
  append(lines: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/** How far back a torn last record is looked for: a record is one decision, far below this. */
const MAX_TAIL_SCAN = 64 * 1024 * 1024;

/** A file that is renamed to path.1 (shifting older ones) before it would grow past maxBytes. */
class RotatingFile implements Sink {
  private handle: LogFile | undefined;
  /** Bytes in the file: always the end of its last whole record once a write has settled. */
  private size = 0;
  rotations = 0;
  constructor(
    private readonly path: string,
    private readonly maxBytes: number,
    private readonly maxFiles: number,
    private readonly openFile: OpenLogFile,
  ) {}

  open(): Promise<void> {
    return this.ensureOpen().then(() => undefined);
  }

  private async ensureOpen(): Promise<LogFile> {
    if (this.handle) return this.handle;
    const handle = await this.openFile(this.path);
    try {
      const stat = await handle.stat();
      this.size = stat.isFile() ? await this.wholeRecordsEnd(handle, stat.size) : 0;
    } catch (error) {
      await handle.close().catch(() => {});
      throw error;
    }
    this.handle = handle;
    return handle;
  }

  /**
   * The end of the file's last whole record, the file cut back to it: a record torn by a failure
   * the write path could not undo (its truncate failed too, or the process was killed in a
   * write) would otherwise have the next record glued to it, both unreadable.
   */
  private async wholeRecordsEnd(handle: LogFile, size: number): Promise<number> {
    if (size === 0) return 0;
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    if (last[0] === 10) return size;
    const block = Buffer.alloc(64 * 1024);
    let end = size - 1;
    while (end > 0 && size - end < MAX_TAIL_SCAN) {
      const from = Math.max(0, end - block.length);
      const { bytesRead } = await handle.read(block, 0, end - from, from);
      const newline = block.subarray(0, bytesRead).lastIndexOf(10);
      if (newline !== -1) {
        await handle.truncate(from + newline + 1);
        return from + newline + 1;
      }
      end = from;
    }
    // No record end within reach: one torn line, kept, is ended so that the next record reads.
    if (end > 0) {
      await handle.write(Buffer.from('\n'), 0, 1);
      return size + 1;
    }
    await handle.truncate(0);
    return 0;
  }

  private async rotate(): Promise<void> {
    await this.closeHandle();
    if (this.maxFiles <= 0) await rm(this.path, { force: true });
    else {
      await rm(`${this.path}.${this.maxFiles}`, { force: true });
      for (let i = this.maxFiles - 1; i >= 1; i--) await rename(`${this.path}.${i}`, `${this.path}.${i + 1}`).catch(ignoreMissing);
      await rename(this.path, `${this.path}.1`).catch(ignoreMissing);
    }
    this.rotations += 1;
  }

  /**
   * Appends whole lines; the file is rotated between lines, so no file passes maxBytes unless
   * one line alone does. Lines are measured, not copied: each run between rotations is joined
   * and encoded once (a Buffer per line, then a concatenation, doubled the service's memory
   * under a long batch).
   */
  async append(lines: readonly string[]): Promise<void> {
    let from = 0;
    try {
      await this.ensureOpen();
      let pendingBytes = 0;
      for (let i = 0; i < lines.length; i++) {
        const bytes = Buffer.byteLength(lines[i]!);
        if (this.size + pendingBytes > 0 && this.size + pendingBytes + bytes > this.maxBytes) {
          await this.write(lines, from, i);
          from = i;
          pendingBytes = 0;
          await this.rotate();
          await this.ensureOpen();
        }
        pendingBytes += bytes;
      }
      await this.write(lines, from, lines.length);
    } catch (error) {
      // Lines before `from` went out whole in an earlier write: they are written, not lost.
      throw new PartialWrite(from, error);
    }
  }

  private async write(lines: readonly string[], from: number, to: number): Promise<void> {
    if (to <= from) return;
    const chunk = Buffer.from(lines.slice(from, to).join(''));
    const handle = await this.ensureOpen();
    const wholeEnd = this.size;
    let offset = 0;
    try {
      while (offset < chunk.length) {
        const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
        offset += bytesWritten;
      }
      this.size += offset;
    } catch (error) {
      // A full disk takes part of a chunk: the bytes that went out end in a torn record, to
      // which the next write would glue its own. They are cut off, back to the last whole record
      // (if that fails too, the next open cuts them). Reopened on the next write: the file may
      // have been replaced or the disk freed.
      if (offset > 0) await handle.truncate(wholeEnd).catch(() => {});
      await this.closeHandle();
      throw error;
    }
  }

  private async closeHandle(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    if (handle) await handle.close().catch(() => {});
  }

  close(): Promise<void> {
    return this.closeHandle();
  }
}

const ignoreMissing = (error: NodeJS.ErrnoException): void => {
  if (error.code !== 'ENOENT') throw error;
};

class StreamSink implements Sink {
  constructor(private readonly stream: Writable) {}
  async open(): Promise<void> {}
  append(lines: readonly string[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.stream.write(lines.join(''), (error) => (error ? reject(new PartialWrite(0, error)) : resolve()));
    });
  }
  async close(): Promise<void> {}
}

/** The decision log's file cannot be opened: a missing folder, no permission. */
export class DecisionLogOpenError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    const code = (cause as NodeJS.ErrnoException)?.code;
    super(`cannot open the decision log ${path}: ${code ?? (cause as Error)?.message ?? String(cause)}`, { cause });
  }
}

/**
 * The decision log: one NDJSON record per decision, appended in the background. Answering
 * never waits for the disk: records queue in a bounded buffer and are written in batches,
 * one write at a time. A failed write loses the records it did not write whole (none is left
 * half-written) — counted, kept as the last error and reported by /readyz until a later write
 * succeeds; a full buffer refuses records, counted too. open() is called before the first
 * decision, so that a log that cannot be written at all is an error at start.
 */
export class DecisionLog {
  private readonly target: string;
  private readonly sink: Sink;
  private readonly maxBufferBytes: number;
  private queue: string[] = [];
  private queuedBytes = 0;
  private writing: Promise<void> | undefined;
  /** Records queued since the start, and records settled (written or failed): flush waits on these. */
  private queued = 0;
  private settled = 0;
  private readonly waiters: { until: number; resolve: () => void }[] = [];
  private written = 0;
  private failed = 0;
  private dropped = 0;
  private droppedSinceWrite = false;
  private lastWriteOk = true;
  private lastError: string | undefined;

  constructor(options: DecisionLogOptions) {
    this.target = options.path;
    this.maxBufferBytes = options.maxBufferBytes ?? 8 * 1024 * 1024;
    this.sink =
      options.path === '-'
        ? new StreamSink(options.stdout ?? process.stdout)
        : new RotatingFile(options.path, options.maxBytes ?? 64 * 1024 * 1024, options.maxFiles ?? 5, options.openFile ?? openForAppend);
  }

  /** Opens the file (creating it, never its folder); rejects with a DecisionLogOpenError naming the path and the error. */
  async open(): Promise<void> {
    try {
      await this.sink.open();
    } catch (error) {
      throw new DecisionLogOpenError(this.target, error);
    }
  }

  /** Queues one record; false when the buffer is full and the record was dropped (counted). */
  append(record: object): boolean {
    return this.appendLine(JSON.stringify(record));
  }

  /** Queues one record already serialised as one line of JSON (no newline in it). */
  appendLine(json: string): boolean {
    const line = `${json}\n`;
    // Characters, not bytes: a cheap bound that is never below the byte count / 3.
    if (this.queuedBytes + line.length > this.maxBufferBytes) {
      this.dropped += 1;
      this.droppedSinceWrite = true;
      return false;
    }
    this.queue.push(line);
    this.queuedBytes += line.length;
    this.queued += 1;
    this.writing ??= this.drain();
    return true;
  }

  private async drain(): Promise<void> {
    // Let the records of this turn of the event loop join one write.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.queue.length) {
      const lines = this.queue;
      this.queue = [];
      this.queuedBytes = 0;
      try {
        await this.sink.append(lines);
        this.written += lines.length;
        this.lastWriteOk = true;
        this.droppedSinceWrite = false;
      } catch (error) {
        const written = error instanceof PartialWrite ? error.written : 0;
        this.written += written;
        this.failed += lines.length - written;
        this.lastWriteOk = false;
        this.lastError = (error as Error).message;
      }
      this.settled += lines.length;
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        const waiter = this.waiters[i]!;
        if (waiter.until <= this.settled) {
          this.waiters.splice(i, 1);
          waiter.resolve();
        }
      }
    }
    this.writing = undefined;
  }

  /**
   * Resolves when every record queued so far has been written or counted as failed — not
   * those queued later: a batch still being answered cannot hold a shutdown's flush for ever.
   */
  flush(): Promise<void> {
    const until = this.queued;
    if (this.settled >= until) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ until, resolve }));
  }

  async close(): Promise<void> {
    await this.flush();
    // A record queued while flushing waits for the write under way, then the sink closes.
    while (this.writing) await this.writing;
    await this.sink.close();
  }
  stats(): DecisionLogStats {
    return {
      written: this.written,
      failed: this.failed,
      dropped: this.dropped,
      buffered: this.queue.length,
      rotations: this.sink instanceof RotatingFile ? this.sink.rotations : 0,
      healthy: this.lastWriteOk && !this.droppedSinceWrite,
      ...(this.lastError !== undefined ? { lastError: this.lastError } : {}),
    };
  }
}
