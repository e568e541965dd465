/** One build at a time (src/build/build-lock.ts): a second waits for the holder; a dead holder's lock is taken over (issue 15, item 5). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock } from '../../src/build/build-lock.ts';
import { procStat } from '../../src/build/processes.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function lockPath(): string {
  const d = mkdtempSync(join(tmpdir(), 'mingzhang-lock-'));
  dirs.push(d);
  return join(d, 'build.lock');
}

/** The id of a process that has ended. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe('acquireLock', () => {
  it('makes a second taker wait, naming the holder, until the first releases', async () => {
    const path = lockPath();
    const first = await acquireLock(path, () => undefined);
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(process.pid);
    const told: number[] = [];
    let taken = false;
    const second = acquireLock(path, (pid) => told.push(pid)).then((l) => ((taken = true), l));
    await new Promise((r) => setTimeout(r, 600));
    expect(taken).toBe(false);
    expect(told).toEqual([process.pid]);
    first.release();
    (await second).release();
    expect(taken).toBe(true);
    expect(existsSync(path)).toBe(false);
  });

  it('takes over at once a lock whose holder has ended (a build killed with SIGKILL)', async () => {
    const path = lockPath();
    writeFileSync(path, JSON.stringify({ pid: deadPid() }));
    const told: number[] = [];
    const lock = await acquireLock(path, (pid) => told.push(pid));
    expect(told).toEqual([]);
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(process.pid);
    lock.release();
    expect(readdirSync(join(path, '..'))).toEqual([]);
  });

  it.runIf(process.platform === 'linux')('takes over a lock whose process id now belongs to another process', async () => {
    const path = lockPath();
    const started = procStat(`/proc/${process.ppid}/stat`).started;
    writeFileSync(path, JSON.stringify({ pid: process.ppid, started: started + 1 }));
    const lock = await acquireLock(path, () => undefined);
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('releases only a lock that is still its own', async () => {
    const path = lockPath();
    const lock = await acquireLock(path, () => undefined);
    writeFileSync(path, JSON.stringify({ pid: process.ppid }));
    lock.release();
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(process.ppid);
  });
});
