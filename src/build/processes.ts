/**
 * Processes the build starts, seen from /proc (Linux), and their CPU priority: Pagefind and the
 * removal of the previous output run beside the pages at the lowest priority, so the one thread
 * that renders the pages (the build's longest path) is not made to wait for them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { setPriority } from 'node:os';

/** The niceness of work done beside the pages: the lowest priority. */
export const BACKGROUND_NICE = 19;

/** What the build reads of a `/proc/<pid>/stat` or `/proc/<pid>/task/<tid>/stat` file. */
export interface ProcStat {
  comm: string;
  ppid: number;
  nice: number;
  /** When it started, in clock ticks after boot: with the id, names one process (ids are reused). */
  started: number;
}

/** Read the stat file at `path`. "pid (comm) state ppid …": the name may hold spaces, so the fields are read around its parentheses. */
export function procStat(path: string): ProcStat {
  const stat = readFileSync(path, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { comm: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), ppid: Number(fields[1]), nice: Number(fields[16]), started: Number(fields[19]) };
}

/** Ids of the processes `parent` started whose name begins with `name` (none without /proc). */
export function childProcesses(name: string, parent: number = process.pid): number[] {
  if (!existsSync('/proc')) return [];
  const found: number[] = [];
  for (const pid of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    try {
      const s = procStat(`/proc/${pid}/stat`);
      if (s.comm.startsWith(name) && s.ppid === parent) found.push(Number(pid));
    } catch {
      // A process that ended while we looked.
    }
  }
  return found;
}

/**
 * Give every thread of process `pid` the niceness `nice` (threads it starts later inherit it from
 * the thread that starts them). On Linux a niceness belongs to a thread, so the process id alone
 * would lower only its first thread; without /proc, the process is given it.
 */
export function lowerPriority(pid: number, nice: number = BACKGROUND_NICE): void {
  let threads: number[];
  try {
    threads = readdirSync(`/proc/${pid}/task`).map(Number);
  } catch {
    threads = [pid];
  }
  for (const tid of threads) {
    try {
      setPriority(tid, nice);
    } catch {
      // A thread that ended meanwhile, or a system that does not allow it: it then takes its turns like any other.
    }
  }
}
