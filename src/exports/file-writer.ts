/**
 * Write files on a worker thread. The thread that makes the data makes each JSON text (compact:
 * 0.28 ms for a ~65 KB report file, where a structured clone of the value for the worker took
 * 0.48 ms and 2-space indented text 0.63 ms) and hands it over; the worker encodes it as UTF-8 and
 * makes the file system calls on another core. Used like a set of synchronous writes: `finish()`
 * returns once every file is written, and throws the first error.
 *
 * At most `MAX_PENDING` jobs wait for the worker, so what waits to be written stays bounded.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { jsonPieces } from './text-pieces.ts';

/** One job for the worker: a whole text file, or a text file kept open and written in parts. */
export type WriteJob =
  | { op: 'text'; path: string; pieces: readonly string[] }
  | { op: 'open'; id: number; path: string }
  | { op: 'append'; id: number; text: string }
  | { op: 'close'; id: number };

/** Slots of the shared counters: jobs done, and whether one failed. */
export const DONE = 0;
export const FAILED = 1;

/**
 * The text of a JSON file of the exports: compact (readers that show JSON indent it themselves;
 * indenting made the files ~60 % larger), with a final newline, in pieces (text-pieces.ts) written
 * one after the other: joining them would copy the text once more.
 */
export function jsonFileText(value: object): readonly string[] {
  return [...jsonPieces(value), '\n'];
}

const MAX_PENDING = 32;
/** A worker that does nothing for this long is taken to have died. */
const STALLED_MS = 120_000;

export class FileWriter {
  readonly #state = new Int32Array(new SharedArrayBuffer(8));
  readonly #errors: MessagePort;
  readonly #worker: Worker;
  #posted = 0;
  #nextId = 0;

  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.#errors = port1;
    this.#worker = new Worker(new URL('./file-writer-worker.ts', import.meta.url), { workerData: { state: this.#state, errors: port2 }, transferList: [port2] });
    this.#worker.unref();
  }

  /** Write `value` to the file at `path` as JSON (see `jsonFileText`). */
  writeJson(path: string, value: object): void {
    this.#post({ op: 'text', path, pieces: jsonFileText(value) });
  }

  /** Start the file at `path`, to be written in parts; returns its handle. */
  open(path: string): number {
    const id = this.#nextId++;
    this.#post({ op: 'open', id, path });
    return id;
  }

  append(id: number, text: string): void {
    this.#post({ op: 'append', id, text });
  }

  close(id: number): void {
    this.#post({ op: 'close', id });
  }

  /** Wait until every file is written; throws the first error. The writer cannot be used after. */
  finish(): void {
    try {
      this.#waitUntil(0);
    } finally {
      void this.#worker.terminate();
    }
  }

  /** Stop without waiting (after an error elsewhere). */
  abandon(): void {
    void this.#worker.terminate();
  }

  #post(job: WriteJob): void {
    this.#waitUntil(MAX_PENDING - 1);
    this.#worker.postMessage(job);
    this.#posted++;
  }

  #waitUntil(pending: number): void {
    for (;;) {
      const done = Atomics.load(this.#state, DONE);
      if (Atomics.load(this.#state, FAILED) !== 0) {
        const m = receiveMessageOnPort(this.#errors)?.message as string | undefined;
        throw new Error(`写入文件失败：${m ?? '未知错误'}`);
      }
      if (this.#posted - done <= pending) return;
      if (Atomics.wait(this.#state, DONE, done, STALLED_MS) === 'timed-out') throw new Error('写入文件失败：写文件的线程没有响应');
    }
  }
}
