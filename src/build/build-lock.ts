/**
 * A lock file naming the build that holds it (its process id and start time): a second build waits
 * until the holder has ended. A lock whose holder is gone (a build killed with SIGKILL) is taken
 * over at once. Not proper-lockfile: it judges a lock stale by an mtime the holder refreshes on a
 * timer, and a build's event loop is busy for seconds at a time while it renders pages, so a live
 * build would lose its lock; a process id is the truth on one machine.
 */
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { procStat } from './processes.ts';

interface Holder {
  pid: number;
  /** Its start time (/proc, Linux), so a reused process id is not taken for the holder. */
  started?: number;
}

/** A lock this process holds. */
export interface HeldLock {
  /** Remove the lock file if it is still ours. */
  release(): void;
}

function startedOf(pid: number): number | undefined {
  try {
    return procStat(`/proc/${pid}/stat`).started;
  } catch {
    return undefined;
  }
}

function alive(h: Holder): boolean {
  try {
    process.kill(h.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const started = startedOf(h.pid);
  return h.started === undefined || started === undefined || started === h.started;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

function parse(text: string): Holder | undefined {
  try {
    const h = JSON.parse(text) as Holder;
    return Number.isInteger(h.pid) ? h : undefined;
  } catch {
    return undefined;
  }
}

/** How often a waiting build looks again. */
const POLL_MS = 200;

/**
 * Take the lock at `path`, waiting while a live process holds it; `waiting` is told the holder's
 * id once, when the wait begins.
 */
export async function acquireLock(path: string, waiting: (pid: number) => void): Promise<HeldLock> {
  const mine = JSON.stringify({ pid: process.pid, started: startedOf(process.pid) } satisfies Holder);
  let told = false;
  let unreadable = 0;
  for (;;) {
    try {
      writeFileSync(path, mine, { flag: 'wx' });
      return { release: () => read(path) === mine && unlinkSync(path) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const text = read(path);
    if (text === undefined) continue;
    const holder = parse(text);
    // A lock file being written right now reads empty; one that stays unreadable for a second is no one's.
    const stale = holder ? !alive(holder) : ++unreadable > 1000 / POLL_MS;
    if (stale) {
      takeOver(path, text);
      continue;
    }
    if (holder && !told) {
      told = true;
      waiting(holder.pid);
    }
    await sleep(POLL_MS);
  }
}

/**
 * Remove the stale lock `text` at `path`. Moved away first and read again: if another build took
 * the lock over meanwhile, what was moved is its live lock, and it is put back.
 */
function takeOver(path: string, text: string): void {
  const moved = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, moved);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  if (read(moved) !== text) {
    try {
      linkSync(moved, path);
    } catch {
      // Taken again meanwhile: that holder's lock stands.
    }
  }
  unlinkSync(moved);
}
