import { describe, expect, it } from 'vitest';
import { loadReports } from '../../src/declaration/load-reports.ts';
import { summarizeReport } from '../../src/compare/report-summary.ts';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportTableRowCounts, reportTableRows } from '../../src/exports/tables.ts';
import { writeExports } from '../../src/exports/write-exports.ts';
import { buildReport } from '../../src/model/report.ts';
import { report as reportSchema } from '../../src/model/schema.ts';
import { parseSource } from '../../src/declaration/yaml-source.ts';
import { generateCorpus } from '../../src/synth/generate.ts';
import { parseCsv } from '../../src/exports/csv.ts';
import { dataFilesView, groupedAmount } from '../../src/site/data-files.ts';

const { reports, regions } = loadReports('content/reports');
const summaries = reports.map((r) => summarizeReport(r.report, r.findings));

describe('the downloads page', () => {
  const view = dataFilesView(reports, summaries);
  it('lists every CSV with the row count of the file the build writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mingzhang-data-files-'));
    try {
      writeExports(reports, dir, regions);
      expect(view.tables.map((t) => t.file)).toEqual(['reports.csv', 'budget_lines.csv', 'projects.csv', 'key_tasks.csv', 'indicators.csv', 'findings.csv']);
      for (const t of view.tables) {
        const csv = readFileSync(join(dir, 'data', t.file), 'utf8');
        expect(parseCsv(csv).filter((r) => r.length > 1 || r[0] !== '').length - 1, t.file).toBe(t.rows);
        expect(t.href).toBe(`/data/${t.file}`);
      }
      expect(view.tables[0]!.rows).toBe(5);
      for (const t of view.tables) {
        expect(t.xlsxHref).toBe(`/data/${t.xlsxFile}`);
        expect(existsSync(join(dir, 'data', t.xlsxFile)), t.xlsxFile).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
  it('counts rows exactly as the tables make them, without making them', () => {
    const synthetic = [...generateCorpus({ count: 30, seed: 11 })].map((g) => {
      const decl = reportSchema.parse(parseSource(g.path, g.yaml).data);
      return { report: buildReport(g.path, decl), decl, findings: [] };
    });
    for (const input of [...reports, ...synthetic]) {
      const rows = reportTableRows(input, summarizeReport(input.report, input.findings));
      expect(reportTableRowCounts(input), input.report.id).toEqual(Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.length])));
    }
  });
  it('lists every report JSON', () => {
    expect(view.reports.map((r) => r.href)).toContain('/data/reports/2024/320200-wuxi-renda-budget.json');
    expect(view.reports).toHaveLength(5);
    expect(view.datapackageHref).toBe('/data/datapackage.json');
  });
  it('recomputes a total from budget_lines.csv exactly', () => {
    expect(view.example).toMatchObject({ reportId: '2024/440881-lianjiang-renda-budget', total: '1621.95', sum: '1621.95', equal: true });
    expect(view.example!.lines.length).toBeGreaterThan(1);
    expect(groupedAmount('6431.71')).toBe('6,431.71');
  });
});
