import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, type Stats, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A reason the whole run cannot go on (not one record's problem): exit 2 with one line. */
export class InputError extends Error {
  override name = 'InputError';
}

const statOf = (path: string): Stats | undefined => {
  try {
    // Follows symbolic links: a link to the register is the register.
    return statSync(path);
  } catch {
    return undefined;
  }
};

const sameFile = (a: Stats, b: Stats): boolean => a.dev === b.dev && a.ino === b.ino;

/**
 * Refuses, before anything is opened, to write where the run reads or where another of its
 * outputs goes: a file is the same when its device and inode are, whatever the path says
 * (`reg.csv`, `./reg.csv`, a symbolic or hard link). A folder that does not exist, or an output
 * that is a folder, is refused too, with one line, instead of a stack trace after the run.
 */
export const checkOutputs = (input: string, outputs: readonly { readonly option: string; readonly path: string }[]): void => {
  const read = input === '-' ? undefined : statOf(input);
  const seen: { option: string; path: string; stats: Stats }[] = [];
  for (const { option, path } of outputs) {
    const folder = statOf(dirname(path));
    if (!folder?.isDirectory()) throw new InputError(`${option} ${path}: the folder ${dirname(path)} does not exist`);
    const stats = statOf(path);
    if (!stats) continue;
    if (stats.isDirectory()) throw new InputError(`${option} ${path} is a folder: name a file`);
    if (read && sameFile(stats, read))
      throw new InputError(`${option} ${path} is the register being checked (${input}): writing there would destroy it; name another file`);
    const twin = seen.find((other) => sameFile(other.stats, stats));
    if (twin) throw new InputError(`${option} ${path} and ${twin.option} ${twin.path} are the same file: name two files`);
    seen.push({ option, path, stats });
  }
};

/** A file being written: at `path` until `commit` puts it in place; `abandon` leaves what was there before. */
export interface OutputFile {
  /** Where to write now. */
  readonly path: string;
  /** A device or a pipe, written where it is: nothing to put in place. */
  readonly inPlace: boolean;
  /** The run succeeded: the output takes the named file's place, whole. */
  commit(): void;
  /** The run failed: nothing of it is left, and the named file is as it was. */
  abandon(): void;
}

/**
 * An output written beside its target under a temporary name and renamed over it on success,
 * so a failed or interrupted run never leaves a half-written or emptied file, and two runs
 * naming one output each leave a whole one. A device or a pipe (`/dev/null`, a FIFO) is written
 * in place: it cannot be replaced, and must never be.
 */
export const openOutput = (named: string): OutputFile => {
  const existing = statOf(named);
  if (existing && !existing.isFile()) return { path: named, inPlace: true, commit: () => {}, abandon: () => {} };
  // A symbolic link keeps pointing where it did: its target is replaced, not the link.
  const target = existing ? realpathSync(named) : named;
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.partial`);
  return {
    path: temporary,
    inPlace: false,
    commit: () => renameSync(temporary, target),
    abandon: () => rmSync(temporary, { force: true }),
  };
};

/** A small file written whole or not at all (the batch summary, an exported rule set). */
export const writeFileWhole = (named: string, text: string): void => {
  const file = openOutput(named);
  try {
    const fd = openSync(file.path, 'w');
    try {
      writeSync(fd, text);
      // The data is on disk before the rename puts it in place.
      if (!file.inPlace) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    file.commit();
  } catch (error) {
    file.abandon();
    throw new InputError(`cannot write ${named}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
};
