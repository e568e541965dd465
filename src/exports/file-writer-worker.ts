/**
 * The worker thread of file-writer.ts: encodes text and writes it to files. Each
 * message is one job; when a job is done the shared counter goes up (and wakes the thread waiting
 * for it). The first error is sent back on the port, and the jobs after it are skipped.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { DONE, FAILED, type WriteJob } from './file-writer.ts';
import { Utf8File } from './utf8-file.ts';

const { state, errors } = workerData as { state: Int32Array; errors: MessagePort };
const whole = new Utf8File(1 << 20);
const open = new Map<number, Utf8File>();

function run(job: WriteJob): void {
  switch (job.op) {
    case 'text':
      whole.open(job.path);
      try {
        for (const p of job.pieces) whole.write(p);
      } finally {
        whole.close();
      }
      break;
    case 'open':
      open.set(job.id, new Utf8File(1 << 20).open(job.path));
      break;
    case 'append':
      open.get(job.id)!.write(job.text);
      break;
    case 'close':
      open.get(job.id)!.close();
      open.delete(job.id);
      break;
  }
}

parentPort!.on('message', (job: WriteJob) => {
  try {
    if (Atomics.load(state, FAILED) === 0) run(job);
  } catch (e) {
    Atomics.store(state, FAILED, 1);
    errors.postMessage(`${'path' in job ? job.path : `file ${job.id}`}: ${(e as Error).message}`);
  } finally {
    Atomics.add(state, DONE, 1);
    Atomics.notify(state, DONE);
  }
});
