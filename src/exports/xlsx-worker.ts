/**
 * The worker thread of xlsx-writer.ts: writes each job's workbook in turn (xlsx.ts), counting
 * progress in the shared state, and sends back the results or the first error.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { TABLE_SPECS } from './tables.ts';
import { writeTableXlsx, type XlsxResult } from './xlsx.ts';
import { DONE, FAILED, PROGRESS, STATUS, type XlsxJob, type XlsxOutcome } from './xlsx-writer.ts';

const { jobs, state, port } = workerData as { jobs: XlsxJob[]; state: Int32Array; port: MessagePort };

const tick = () => {
  Atomics.add(state, PROGRESS, 1);
  Atomics.notify(state, PROGRESS);
};

async function run(): Promise<XlsxOutcome> {
  const results: XlsxResult[] = [];
  for (const job of jobs) {
    const spec = TABLE_SPECS.find((s) => s.name === job.table);
    if (!spec) throw new Error(`no table ${job.table}`);
    results.push(await writeTableXlsx(spec, job.csv, job.xlsx, { progress: tick }));
    tick();
  }
  return { results };
}

run().then(
  (outcome) => finish(outcome, DONE),
  (e: unknown) => finish({ error: e instanceof Error ? e.message : String(e) }, FAILED),
);

function finish(outcome: XlsxOutcome, status: number): void {
  port.postMessage(outcome);
  Atomics.store(state, STATUS, status);
  tick();
}
