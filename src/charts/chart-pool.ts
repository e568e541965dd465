/**
 * Render the charts of every report in worker threads, ahead of the pages that show them.
 *
 * Build-time ECharts SSR costs ~5 ms a chart (3–5 charts a report) and is the largest part of
 * rendering a report page; Astro renders pages on one thread. scripts/build.ts starts this pool
 * before validating, so the other cores render charts while the main thread validates and then
 * renders pages; a page takes its charts with `chartsFor` (falling back to rendering them itself).
 *
 * Jobs go out in the order pages are rendered (newest year first, then file path); at most
 * `window` finished results wait to be taken, so memory stays bounded, and a page that asks for a
 * report not yet started moves it to the front.
 */
import { Worker } from 'node:worker_threads';
import type { ChartViews } from './report-charts.ts';
import type { ChartRequest } from './chart-worker.ts';
import type { ChartSource } from './shared-charts.ts';

interface Result {
  views?: ChartViews;
  error?: string;
}

interface Slot {
  promise: Promise<Result>;
  resolve: (r: Result) => void;
  started: boolean;
}

export interface ChartPoolOptions {
  workers: number;
  /** Finished results kept waiting for their page, at most. */
  window?: number;
}

export class ChartPool implements ChartSource {
  private readonly queue: ChartRequest[];
  private readonly slots = new Map<string, Slot>();
  private readonly idle: Worker[] = [];
  private readonly workers: Worker[] = [];
  private waiting = 0;
  private readonly window: number;
  /** Reports a page is already waiting for: started even when the window is full. */
  private readonly urgent = new Set<string>();
  private readonly current = new Map<Worker, string>();

  constructor(jobs: readonly ChartRequest[], options: ChartPoolOptions) {
    this.queue = [...jobs];
    this.window = options.window ?? 128;
    for (const j of jobs) {
      let resolve!: (r: Result) => void;
      const promise = new Promise<Result>((r) => (resolve = r));
      this.slots.set(j.id, { promise, resolve, started: false });
    }
    for (let i = 0; i < options.workers; i++) {
      const w = new Worker(new URL('./chart-worker.ts', import.meta.url));
      w.unref();
      w.on('message', (m: { id: string } & Result) => {
        this.current.delete(w);
        this.finish(m.id, m);
        this.idle.push(w);
        this.pump();
      });
      // A crashed worker: its report's page renders the charts itself.
      w.on('error', (e) => {
        const id = this.current.get(w);
        this.current.delete(w);
        if (id !== undefined) this.finish(id, { error: e.message });
      });
      this.workers.push(w);
      this.idle.push(w);
    }
    this.pump();
  }

  private finish(id: string, r: Result) {
    const slot = this.slots.get(id);
    if (!slot) return;
    this.waiting++;
    slot.resolve(r);
  }

  private start(job: ChartRequest, w: Worker) {
    this.slots.get(job.id)!.started = true;
    this.current.set(w, job.id);
    w.postMessage(job);
  }

  private pump() {
    while (this.idle.length && this.queue.length && (this.waiting < this.window || this.urgent.has(this.queue[0]!.id))) {
      this.start(this.queue.shift()!, this.idle.pop()!);
    }
  }

  /** The charts of report `id`: from a worker, or undefined when the pool does not have them. */
  async charts(id: string): Promise<ChartViews | undefined> {
    const slot = this.slots.get(id);
    if (!slot) return undefined;
    if (!slot.started) {
      const i = this.queue.findIndex((j) => j.id === id);
      if (i >= 0) this.queue.unshift(...this.queue.splice(i, 1));
      // Start it even when the window is full: this page is waiting for it.
      this.urgent.add(id);
      this.pump();
    }
    const r = await slot.promise;
    this.slots.delete(id);
    this.urgent.delete(id);
    this.waiting--;
    this.pump();
    return r.views;
  }

  async close(): Promise<void> {
    this.queue.length = 0;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

