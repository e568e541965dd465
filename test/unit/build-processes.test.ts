/** Processes seen from /proc and their priority (src/build/processes.ts). */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_NICE, childProcesses, lowerPriority, procStat } from '../../src/build/processes.ts';

describe('processes', () => {
  it('reads name, parent, niceness and start time around a name holding spaces and parentheses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mingzhang-stat-'));
    try {
      const path = join(dir, 'stat');
      // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime priority nice num_threads itrealvalue starttime …
      writeFileSync(path, '4242 (pagefind (x) y) S 77 4242 4242 0 -1 4194304 10 0 0 0 5 1 0 0 39 19 3 0 75425 1000\n');
      expect(procStat(path)).toEqual({ comm: 'pagefind (x) y', ppid: 77, nice: 19, started: 75425 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.runIf(process.platform === 'linux')('finds a child by name and gives every thread of it the background niceness', async () => {
    const child = spawn('sleep', ['5']);
    try {
      await new Promise((r) => setTimeout(r, 300));
      expect(childProcesses('sleep')).toContain(child.pid);
      lowerPriority(child.pid!);
      const niceness = childProcesses('sleep')
        .filter((pid) => pid === child.pid)
        .map((pid) => procStat(`/proc/${pid}/stat`).nice);
      expect(niceness).toEqual([BACKGROUND_NICE]);
    } finally {
      child.kill();
    }
  });
});
