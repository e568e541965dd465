/**
 * Write the spreadsheet copies of the CSV tables (xlsx.ts) on a worker thread, so that the thread
 * that makes the data goes on with the report JSON files meanwhile. Used like a synchronous call
 * split in two: `new XlsxWriter(jobs)` starts, `wait()` returns once every workbook is written and
 * throws the first error.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { XlsxResult } from './xlsx.ts';

export interface XlsxJob {
  /** The table's name in TABLE_SPECS. */
  table: string;
  csv: string;
  xlsx: string;
}

/** Slots of the shared state: 0 while running, DONE or FAILED; and a counter of progress. */
export const STATUS = 0;
export const PROGRESS = 1;
export const DONE = 1;
export const FAILED = 2;

/** A worker that makes no progress for this long is taken to have died. */
const STALLED_MS = 120_000;

export type XlsxOutcome = { results: XlsxResult[] } | { error: string };

export class XlsxWriter {
  readonly #state = new Int32Array(new SharedArrayBuffer(8));
  readonly #port: MessagePort;
  readonly #worker: Worker;

  constructor(jobs: readonly XlsxJob[]) {
    const { port1, port2 } = new MessageChannel();
    this.#port = port1;
    this.#worker = new Worker(new URL('./xlsx-worker.ts', import.meta.url), { workerData: { jobs, state: this.#state, port: port2 }, transferList: [port2] });
    this.#worker.unref();
  }

  /** Wait until every workbook is written: their row counts, in the order of the jobs. */
  wait(): XlsxResult[] {
    try {
      for (;;) {
        const progress = Atomics.load(this.#state, PROGRESS);
        if (Atomics.load(this.#state, STATUS) !== 0) break;
        if (Atomics.wait(this.#state, PROGRESS, progress, STALLED_MS) === 'timed-out') throw new Error('写入 xlsx 失败：写表格的线程没有响应');
      }
      const outcome = receiveMessageOnPort(this.#port)?.message as XlsxOutcome | undefined;
      if (!outcome || 'error' in outcome) throw new Error(`写入 xlsx 失败：${outcome?.error ?? '未知错误'}`);
      return outcome.results;
    } finally {
      void this.#worker.terminate();
    }
  }

  /** Stop without waiting (after an error elsewhere). */
  abandon(): void {
    void this.#worker.terminate();
  }
}
