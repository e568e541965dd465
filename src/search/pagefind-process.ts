/**
 * Pagefind's own process, seen from /proc (Linux): the `pagefind` package starts it and keeps its
 * handle to itself. Elsewhere there is no /proc, and these find nothing and change nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Ids of the Pagefind processes this process started (none without /proc). */
export function pagefindProcesses(parent: number = process.pid): number[] {
  if (!existsSync('/proc')) return [];
  const found: number[] = [];
  for (const pid of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    try {
      // "pid (comm) state ppid …": the name may hold spaces, so read around its parentheses.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (comm.startsWith('pagefind') && ppid === parent) found.push(Number(pid));
    } catch {
      // A process that ended while we looked.
    }
  }
  return found;
}

/**
 * Give every thread of process `pid` the niceness `nice` (threads it starts later inherit it from
 * the thread that starts them). On Linux a niceness belongs to a thread, so the process id alone
 * would lower only its first thread.
 */
export function lowerPriority(pid: number, nice: number): void {
  let threads: string[];
  try {
    threads = readdirSync(`/proc/${pid}/task`);
  } catch {
    return;
  }
  for (const tid of threads) {
    try {
      setPriority(Number(tid), nice);
    } catch {
      // A thread that ended meanwhile.
    }
  }
}
