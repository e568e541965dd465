/**
 * The synthetic corpus (src/synth): deterministic, valid against the schema, loadable, and shaped
 * like the seeds — with the seeded inconsistencies found by exactly the rules they aim at.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReports, type LoadResult } from '../../src/declaration/load-reports.ts';
import { parseIndicatorValue, type IndicatorValue } from '../../src/model/indicator-value.ts';
import { report as reportSchema } from '../../src/model/schema.ts';
import { DEFECT_RULE, generateCorpus, generateReportWithFacts, type CorpusFile, type Defect } from '../../src/synth/generate.ts';
import { Rng } from '../../src/synth/random.ts';
import { RESERVED_CODES } from '../../src/synth/vocabulary.ts';
import { SYNTHETIC_MARKER } from '../../src/declaration/content-dir.ts';

const SEED = 42;
const SAMPLE = 200;

const corpus = (count: number, seed = SEED): CorpusFile[] => [...generateCorpus({ count, seed })];

describe('random', () => {
  it('gives the same sequence on every machine (pinned values)', () => {
    const r = new Rng(42);
    expect([r.nextUint32(), r.nextUint32(), r.nextUint32(), r.nextUint32()]).toEqual([1225793084, 3234330216, 2105843467, 2951377089]);
    const q = new Rng(42, 7);
    expect([q.int(1, 100), q.pick(['a', 'b', 'c']), q.shuffle([1, 2, 3, 4, 5]).join('')]).toEqual([86, 'b', '21435']);
  });

  it('helpers stay in range', () => {
    const r = new Rng(1);
    for (let i = 0; i < 1000; i++) {
      const n = r.int(3, 7);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
    }
    expect(r.sample([1, 2, 3], 5).sort()).toEqual([1, 2, 3]);
    expect(r.weighted([['x', 1], ['y', 0]] as const)).toBe('x');
  });
});

describe('determinism', () => {
  it('same seed → same bytes; different seed → different bytes', () => {
    const a = corpus(40);
    const b = corpus(40);
    expect(b.map((f) => f.yaml)).toEqual(a.map((f) => f.yaml));
    expect(b.map((f) => f.path)).toEqual(a.map((f) => f.path));
    const c = corpus(40, SEED + 1);
    expect(c.filter((f, i) => f.yaml === a[i]!.yaml)).toHaveLength(0);
  });

  it('a smaller corpus is a prefix of a larger one', () => {
    const small = corpus(10);
    const large = corpus(30);
    expect(large.slice(0, 10)).toEqual(small);
  });
});

describe('corpus shape', () => {
  it('paths and unit names are unique; one report per unit per year; seed units never appear', () => {
    const n = 2000;
    const paths = new Set<string>();
    const units = new Set<string>();
    for (let i = 0; i < n; i++) {
      const g = generateReportWithFacts(SEED, i);
      paths.add(g.path);
      units.add(`${g.report.unit.name}|${g.report.year}`);
      expect(RESERVED_CODES.has(g.report.unit.region.code)).toBe(false);
      expect(g.path).toMatch(/^\d{4}\/\d{6}-[a-z]+-[a-z-]+-budget\.yaml$/);
    }
    expect(paths.size).toBe(n);
    expect(units.size).toBe(n);
  });

  it('spans several provinces, cities and counties, every unit level and many categories', () => {
    const reports = Array.from({ length: 4000 }, (_, i) => generateReportWithFacts(SEED, i).report);
    const provinces = new Set(reports.map((r) => r.unit.region.province));
    const codes = new Set(reports.map((r) => r.unit.region.code));
    expect(provinces.size).toBeGreaterThanOrEqual(2);
    expect(codes.size).toBeGreaterThanOrEqual(30);
    expect(new Set(reports.map((r) => r.unit.level))).toEqual(new Set(['市级', '县级', '区级']));
    expect(new Set(reports.map((r) => r.unit.category)).size).toBeGreaterThanOrEqual(55);
    expect(new Set(reports.map((r) => r.year))).toEqual(new Set([2023, 2024]));
  });
});

describe(`a sample of ${SAMPLE} reports`, () => {
  let files: CorpusFile[];
  let dir: string;
  let loaded: LoadResult;

  beforeAll(() => {
    files = corpus(SAMPLE);
    dir = mkdtempSync(join(tmpdir(), 'mingzhang-synth-'));
    for (const f of files) {
      const p = join(dir, f.path);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, f.yaml);
    }
    // Marked as scripts/synth.ts marks a corpus: its places are invented, not checked against the list of codes.
    writeFileSync(join(dir, SYNTHETIC_MARKER), '');
    loaded = loadReports(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('every report passes the schema', () => {
    const failures = files.flatMap((f) => {
      const r = reportSchema.safeParse(parse(f.yaml));
      return r.success ? [] : [`${f.path}: ${r.error.issues[0]?.message}`];
    });
    expect(failures).toEqual([]);
  });

  it('every report loads without declaration errors', () => {
    expect(loaded.hasErrors).toBe(false);
    expect(loaded.reports).toHaveLength(SAMPLE);
    expect(loaded.diagnostics.filter((d) => !d.rule)).toEqual([]);
  });

  it('each seeded inconsistency is found by its rule, and clean reports are clean for those rules', () => {
    const facts = new Map(files.map((f) => [f.path.replace(/\.yaml$/, ''), f]));
    for (const [defect, rule] of Object.entries(DEFECT_RULE) as [Defect, string][]) {
      const seeded = loaded.reports.filter((r) => facts.get(r.id)!.defects.includes(defect)).map((r) => r.id);
      const found = loaded.reports.filter((r) => r.findings.some((f) => f.rule === rule)).map((r) => r.id);
      expect(found, `${defect} → ${rule}`).toEqual(seeded);
      // A realistic few percent: present in the sample, never a large share.
      expect(seeded.length, defect).toBeGreaterThanOrEqual(1);
      expect(seeded.length / SAMPLE, defect).toBeLessThanOrEqual(0.08);
    }
    const withDefect = files.filter((f) => f.defects.length > 0).length / SAMPLE;
    expect(withDefect).toBeGreaterThan(0.1);
    expect(withDefect).toBeLessThan(0.35);
  });

  it('no report has a check error other than the seeded ones', () => {
    const seededRules = new Set(Object.values(DEFECT_RULE));
    const stray = loaded.diagnostics.filter((d) => d.severity === 'error' && d.rule && !seededRules.has(d.rule));
    expect(stray).toEqual([]);
  });

  it('every indicator value kind appears', () => {
    const kinds = new Set<IndicatorValue['kind']>();
    for (const r of loaded.reports) {
      const groups = [r.report.overall?.indicators ?? [], ...r.report.projects.map((p) => p.indicators)];
      for (const i of groups.flat()) for (const v of [i.values.value, i.values.half_year, i.values.full_year]) if (v) kinds.add(v.kind);
    }
    expect([...kinds].sort()).toEqual(['comparison', 'deadline', 'empty', 'qualitative', 'range', 'reference']);
    expect(parseIndicatorValue('序时进度').kind).toBe('reference');
  });

  it('has every archetype, ~10 projects and ~100 indicators per report on average, with spread', () => {
    expect(new Set(files.map((f) => f.archetype)).size).toBe(5);
    const projects = loaded.reports.map((r) => r.report.projects.length);
    const indicators = loaded.reports.map((r) => (r.report.overall?.indicators?.length ?? 0) + r.report.projects.reduce((s, p) => s + p.indicators.length, 0));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(projects)).toBeGreaterThanOrEqual(8);
    expect(mean(projects)).toBeLessThanOrEqual(13);
    expect(mean(indicators)).toBeGreaterThanOrEqual(80);
    expect(mean(indicators)).toBeLessThanOrEqual(130);
    expect(projects.filter((n) => n === 0).length).toBeGreaterThan(0);
    expect(Math.max(...projects)).toBeGreaterThanOrEqual(16);
    expect(Math.min(...indicators)).toBeLessThan(30);
    expect(Math.max(...indicators)).toBeGreaterThan(200);
  });

  it('every amount in the budget tables and project budgets is an exact decimal with 2 decimals', () => {
    const amounts: string[] = [];
    const walk = (v: unknown, key = ''): void => {
      if (Array.isArray(v)) v.forEach((x) => walk(x, key));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
      else if (['amount', 'half_year', 'fiscal', 'other', 'total'].includes(key) && typeof v === 'string') amounts.push(v);
    };
    for (const r of loaded.reports) {
      walk(r.decl.overall?.income);
      walk(r.decl.overall?.expenditure);
      walk(r.decl.projects?.map((p) => p.budget));
    }
    expect(amounts.length).toBeGreaterThan(1000);
    expect(amounts.filter((a) => !/^\d{1,3}(,\d{3})*\.\d{2}$|^\d+\.\d{2}$/.test(a))).toEqual([]);
  });
});
