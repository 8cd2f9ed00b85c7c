import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import type { Writable } from 'node:stream';

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

/** What every sink does: append a chunk of whole lines. */
interface Sink {
  append(lines: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/** A file that is renamed to path.1 (shifting older ones) before it would grow past maxBytes. */
class RotatingFile implements Sink {
  private handle: FileHandle | undefined;
  private size = 0;
  rotations = 0;
  constructor(
    private readonly path: string,
    private readonly maxBytes: number,
    private readonly maxFiles: number,
  ) {}

  private async ensureOpen(): Promise<FileHandle> {
    if (this.handle) return this.handle;
    const handle = await open(this.path, 'a');
    try {
      const stat = await handle.stat();
      this.size = stat.isFile() ? stat.size : 0;
    } catch (error) {
      await handle.close().catch(() => {});
      throw error;
    }
    this.handle = handle;
    return handle;
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
    await this.ensureOpen();
    let from = 0;
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
  }

  private async write(lines: readonly string[], from: number, to: number): Promise<void> {
    if (to <= from) return;
    const chunk = Buffer.from(lines.slice(from, to).join(''));
    const handle = await this.ensureOpen();
    try {
      let offset = 0;
      while (offset < chunk.length) {
        const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
        offset += bytesWritten;
        this.size += bytesWritten;
      }
    } catch (error) {
      // Reopened on the next write: the file may have been replaced or the disk freed.
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
  append(lines: readonly string[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.stream.write(lines.join(''), (error) => (error ? reject(error) : resolve()));
    });
  }
  async close(): Promise<void> {}
}

/**
 * The decision log: one NDJSON record per decision, appended in the background. Answering
 * never waits for the disk: records queue in a bounded buffer and are written in batches,
 * one write at a time. A failed write loses its batch — counted, kept as the last error and
 * reported by /readyz until a later write succeeds; a full buffer refuses records, counted too.
 */
export class DecisionLog {
  private readonly sink: Sink;
  private readonly maxBufferBytes: number;
  private queue: string[] = [];
  private queuedBytes = 0;
  private writing: Promise<void> | undefined;
  private written = 0;
  private failed = 0;
  private dropped = 0;
  private droppedSinceWrite = false;
  private lastWriteOk = true;
  private lastError: string | undefined;

  constructor(options: DecisionLogOptions) {
    this.maxBufferBytes = options.maxBufferBytes ?? 8 * 1024 * 1024;
    this.sink =
      options.path === '-'
        ? new StreamSink(options.stdout ?? process.stdout)
        : new RotatingFile(options.path, options.maxBytes ?? 64 * 1024 * 1024, options.maxFiles ?? 5);
  }

  /** Queues one record; false when the buffer is full and the record was dropped (counted). */
  append(record: object): boolean {
    const line = `${JSON.stringify(record)}\n`;
    // Characters, not bytes: a cheap bound that is never below the byte count / 3.
    if (this.queuedBytes + line.length > this.maxBufferBytes) {
      this.dropped += 1;
      this.droppedSinceWrite = true;
      return false;
    }
    this.queue.push(line);
    this.queuedBytes += line.length;
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
        this.failed += lines.length;
        this.lastWriteOk = false;
        this.lastError = (error as Error).message;
      }
    }
    this.writing = undefined;
  }

  /** Resolves when every record queued so far has been written or counted as failed. */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
  }

  async close(): Promise<void> {
    await this.flush();
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
