// Writing files so that a failure never leaves half a file: each is written beside its target
// under a temporary name and renamed into place, and temporaries of runs that died are cleared.
import { promises as fs, rmSync } from "fs";
import * as path from "path";
import { XlsxFileError } from "./errors";

/** Writes bytes to `target` via a temporary sibling and a rename, so readers never see half a file. */
export async function writeFileAtomically(target: string, data: Buffer | string): Promise<void> {
  await commitStaged([await stageFile(target, data)]);
}

/** A file written beside its target under a temporary name, not yet in place. */
interface StagedFile {
  target: string;
  temporary: string;
}

/**
 * Temporary files of this process still on disk: removed on SIGINT and SIGTERM (see
 * `removeLiveTemporaries`), so a Ctrl-C leaves nothing behind.
 */
const liveTemporaries = new Set<string>();

/** `.NAME.thidua-PID-TIME.tmp`: the pid lets a later run tell its own stale files from live ones. */
const TEMPORARY_NAME = /^\..+\.thidua-(\d+)-\d+\.tmp$/;

/**
 * Writes `data` to a temporary file beside `target`, creating missing folders, and first removes
 * temporary files that earlier runs left there (their process is gone: killed, or the machine
 * stopped). Nothing is at `target` until `commitStaged`.
 */
export async function stageFile(target: string, data: Buffer | string): Promise<StagedFile> {
  const directory = path.dirname(path.resolve(target));
  const temporary = path.join(directory, `.${path.basename(target)}.thidua-${process.pid}-${Date.now()}.tmp`);
  try {
    const existing = await fs.stat(target).catch(() => null);
    if (existing?.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    await fs.mkdir(directory, { recursive: true });
    await removeStaleTemporaries(directory);
    liveTemporaries.add(temporary);
    await fs.writeFile(temporary, data);
    return { target, temporary };
  } catch (error) {
    await discardStaged([{ target, temporary }]);
    throw writeFailed(target, error);
  }
}

/**
 * Moves staged files into place, in order. When one cannot be moved, the ones already moved are
 * removed again and the rest discarded, so either every file is written or none is.
 */
export async function commitStaged(files: StagedFile[]): Promise<void> {
  await holdForTests();
  const done: StagedFile[] = [];
  for (const file of files) {
    try {
      await fs.rename(file.temporary, file.target);
      liveTemporaries.delete(file.temporary);
      done.push(file);
    } catch (error) {
      for (const written of done) await fs.rm(written.target, { force: true }).catch(() => undefined);
      await discardStaged(files);
      throw writeFailed(file.target, error);
    }
  }
}

/** Removes staged files that will not be committed. */
export async function discardStaged(files: StagedFile[]): Promise<void> {
  for (const file of files) {
    await fs.rm(file.temporary, { force: true }).catch(() => undefined);
    liveTemporaries.delete(file.temporary);
  }
}

/** Removes this process's temporary files at once; for signal handlers, which cannot wait. */
export function removeLiveTemporaries(): void {
  for (const temporary of liveTemporaries) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // nothing more can be done while exiting
    }
  }
  liveTemporaries.clear();
}

/** Removes `.…thidua-PID-….tmp` files in `directory` whose process no longer runs. */
async function removeStaleTemporaries(directory: string): Promise<void> {
  const names = await fs.readdir(directory).catch(() => [] as string[]);
  for (const name of names) {
    const match = TEMPORARY_NAME.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || isRunning(pid)) continue;
    await fs.rm(path.join(directory, name), { force: true }).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Tests hold staged files on disk, before they are moved into place, for this many milliseconds
 * (THIDUA_TEST_HOLD_STAGED_MS) to interrupt a run at that point; unset, nothing waits.
 */
async function holdForTests(): Promise<void> {
  const hold = Number(process.env.THIDUA_TEST_HOLD_STAGED_MS ?? 0);
  if (hold > 0) await new Promise((resolve) => setTimeout(resolve, hold));
}

function writeFailed(target: string, error: unknown): XlsxFileError {
  if (error instanceof XlsxFileError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  return new XlsxFileError("write-failed", target, code ?? (error instanceof Error ? error.message : String(error)));
}

/**
 * Whether two paths name the same file: the same resolved path (through symlinks) or, when both
 * exist, the same device and inode (hard links, case-insensitive file systems).
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [realA, realB] = await Promise.all([realPath(a), realPath(b)]);
  if (realA === realB) return true;
  const [statA, statB] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return statA !== null && statB !== null && statA.dev === statB.dev && statA.ino === statB.ino;
}

/** Whether `file` is any of `others` as `sameFile` sees it; an absent one (undefined) is skipped. */
export async function sameAsAny(file: string, others: readonly (string | undefined)[]): Promise<boolean> {
  for (const other of others) if (other !== undefined && (await sameFile(file, other))) return true;
  return false;
}

/** The real path of a file, or of its folder joined with its name when it does not exist yet. */
async function realPath(file: string): Promise<string> {
  const absolute = path.resolve(file);
  try {
    return await fs.realpath(absolute);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(absolute)), path.basename(absolute));
    } catch {
      return absolute;
    }
  }
}
