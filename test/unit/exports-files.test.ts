import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { loadReports } from '../../src/declaration/load-reports.ts';
import { writeExports } from '../../src/exports/write-exports.ts';
import { BOM, csvField, parseCsv, parseCsvObjects, toCsv } from '../../src/exports/csv.ts';
import { dataPackage } from '../../src/exports/datapackage.ts';

const { reports } = loadReports('content/reports');

function exportTo(): { dir: string; files: Map<string, Buffer> } {
  const dir = mkdtempSync(join(tmpdir(), 'mingzhang-export-'));
  writeExports(reports, dir, []);
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return { dir, files };
}

const a = exportTo();
const b = exportTo();
const text = (name: string) => a.files.get(name)!.toString('utf8');

describe('csv writer', () => {
  it('follows RFC 4180 and round-trips', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(() => csvField(0.1)).toThrow();
    const rows = [['x', 'a,b', '"q"', 'l1\r\nl2', '']];
    const t = toCsv(['h1', 'h2', 'h3', 'h4', 'h5'], rows);
    expect(t.startsWith('h1,')).toBe(true); // no byte-order mark: the package says "utf-8"
    expect(parseCsv(`${BOM}${t}`)).toEqual(parseCsv(t)); // a BOM written by someone else is skipped
    expect(t.endsWith('\r\n')).toBe(true);
    expect(parseCsv(t)).toEqual([['h1', 'h2', 'h3', 'h4', 'h5'], ...rows]);
  });
});

describe('exports', () => {
  it('are byte-identical across two runs', () => {
    expect([...a.files.keys()].sort()).toEqual([...b.files.keys()].sort());
    for (const [name, buf] of a.files) expect(buf.equals(b.files.get(name)!), name).toBe(true);
    rmSync(b.dir, { recursive: true });
  });

  it('write one JSON per report at its stable path, plus the tables (CSV and xlsx) and datapackage.json', () => {
    const tables = ['budget_lines', 'findings', 'indicators', 'key_tasks', 'projects', 'reports'];
    expect([...a.files.keys()].sort()).toEqual(
      ['data/datapackage.json', ...tables.flatMap((t) => [`data/${t}.csv`, `data/${t}.xlsx`]), ...reports.map((r) => `data/reports/${r.id}.json`)].sort(),
    );
  });

  it('report JSON carries every declared field at its path, amounts as exact strings with unit', () => {
    for (const r of reports) {
      const json = JSON.parse(text(`data/reports/${r.id}.json`)) as Record<string, unknown>;
      expect(json.schema_version).toBe(1);
      const walk = (decl: unknown, out: unknown, path: string) => {
        if (decl === undefined) return;
        if (path.endsWith('$schema')) return;
        if (Array.isArray(decl)) {
          expect(Array.isArray(out), path).toBe(true);
          decl.forEach((d, i) => walk(d, (out as unknown[])[i], `${path}[${i}]`));
        } else if (decl !== null && typeof decl === 'object') {
          for (const [k, v] of Object.entries(decl)) walk(v, (out as Record<string, unknown>)[k], `${path}.${k}`);
        } else if (decl === null) {
          expect(out, path).toBeNull();
        } else if (out !== null && typeof out === 'object') {
          // An amount ({value, unit, text}), a parsed indicator value ({kind, text}) or a kind ({id}).
          const o = out as Record<string, string>;
          expect([o.text, o.id], path).toContain(String(decl));
          if ('unit' in o && 'value' in o) expect(o.value, path).toBe(String(decl).replace(/,/g, ''));
        } else {
          expect(out, path).toEqual(decl);
        }
      };
      walk(r.decl, json, '');
      expect((json.findings as unknown[]).length).toBe(r.findings.length);
    }
    const w = JSON.parse(text('data/reports/2024/320200-wuxi-renda-budget.json'));
    expect(w.overall.expenditure.lines[1].amount).toEqual({ value: '2208.4', unit: '万元', text: '2208.4' });
    expect(w.projects.find((p: { id: string }) => p.id === 'rendahui-huiyi').kind).toMatchObject({ id: 'huiyi', reason: '名称含“人代会”（规则 huiyi）' });
    expect(w.summary.session_per_staff.value).toBe('6.8451');
    const renhe = JSON.parse(text('data/reports/2024/510411-renhe-renda-budget.json'));
    expect(renhe.overall.expenditure.total.amount).toEqual({ value: '1048.54', unit: '万元', text: '1,048.54' });
    expect(renhe.overall.expenditure.total.other).toBeNull(); // printed blank
  });

  // Types, constraints and keys of every row by frictionless's rules: exports-datapackage.test.ts.
  it('datapackage.json describes the CSVs exactly: headers', () => {
    const dp = JSON.parse(text('data/datapackage.json')) as ReturnType<typeof dataPackage>;
    expect(dp).toEqual(dataPackage());
    expect(dp.profile).toBe('tabular-data-package');
    expect(dp.name).toMatch(/^[a-z0-9._-]+$/);
    for (const res of dp.resources) {
      expect(res.name).toMatch(/^[a-z0-9._-]+$/);
      const raw = text(`data/${res.path}`);
      expect(raw.startsWith(res.schema.fields[0]!.name)).toBe(true);
      const [header, ...rows] = parseCsv(raw);
      expect(header).toEqual(res.schema.fields.map((f) => f.name));
      for (const row of rows) expect(row.length).toBe(header!.length);
    }
  });

  it('row counts', () => {
    const count = (n: string) => parseCsvObjects(text(`data/${n}.csv`)).length;
    const counts = Object.fromEntries(['reports', 'budget_lines', 'projects', 'key_tasks', 'indicators', 'findings'].map((n) => [n, count(n)]));
    expect(counts).toEqual({ reports: 5, budget_lines: 32, projects: 31, key_tasks: 7, indicators: 373, findings: 5 });
  });

  it('ids match the report page anchors', () => {
    const projects = parseCsvObjects(text('data/projects.csv'));
    for (const p of projects) expect(p.project_anchor).toBe(`project-${p.project_id}`);
    const lines = parseCsvObjects(text('data/budget_lines.csv'));
    const wuxi = reports.find((r) => r.id.includes('wuxi'))!.report;
    expect(lines.filter((l) => l.report_id === wuxi.id && l.table === 'expenditure').map((l) => l.line_id)).toEqual([
      'expenditure-1',
      'expenditure-2',
      ...wuxi.overall!.expenditure!.lines[1]!.children.map((c) => c.anchor),
    ]);
    const digital = lines.find((l) => l.name === '数字人大')!;
    expect([digital.project_id, digital.project_kind]).toEqual(['', 'xinxihua']);
  });
});
