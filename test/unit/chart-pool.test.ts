import { describe, expect, it } from 'vitest';
import { ChartPool } from '../../src/charts/chart-pool.ts';
import { reportCharts } from '../../src/charts/report-charts.ts';
import { entryId, listDeclarations, loadReports } from '../../src/declaration/load-reports.ts';

const root = 'content/reports';
const files = listDeclarations(root);
const jobs = files.map((file) => ({ id: entryId(root, file), file }));
const { reports } = loadReports(root);

describe('chart pool', () => {
  it('renders in workers exactly what the page would render itself, in any order asked, with a window of 1', async () => {
    const pool = new ChartPool(jobs, { workers: 1, window: 1 });
    try {
      // Ask from the back: each request jumps the queue even though the window is full.
      for (const r of [...reports].reverse()) {
        const views = await pool.charts(r.id);
        expect(views, r.id).toEqual(JSON.parse(JSON.stringify(reportCharts(r.report))));
      }
      expect(await pool.charts('2024/not-a-report')).toBeUndefined();
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('gives undefined (the page renders in place) for a file the worker cannot read', async () => {
    const pool = new ChartPool([{ id: 'x', file: 'test/fixtures/bad/yaml-syntax.yaml' }], { workers: 1 });
    try {
      expect(await pool.charts('x')).toBeUndefined();
    } finally {
      await pool.close();
    }
  });
});
