import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadReports } from '../../src/declaration/load-reports.ts';
import { summarizeReport, type Figure, figureFromJson, figureToJson } from '../../src/compare/report-summary.ts';
import { loadRegions, parseRegions } from '../../src/model/region-schema.ts';
import { regionCodes } from '../../src/model/region-codes.ts';
import { formatDiagnostic } from '../../src/declaration/diagnostic.ts';

const { reports } = loadReports('content/reports');
const summary = (id: string, regions = loadRegions('test/fixtures/regions/none.yaml').regions) => {
  const r = reports.find((x) => x.id === `2024/${id}`)!;
  return summarizeReport(r.report, r.findings, regions);
};
const v = (f: Figure) => [f.value?.toFixed() ?? null, f.status, f.partial === true];

describe('report summaries of the seeds', () => {
  it('pins the session cost (会议) of each office, from the YAML', () => {
    expect(v(summary('320200-wuxi-renda-budget').session)).toEqual(['486', 'published', false]); // 人代会会议经费
    expect(v(summary('440881-lianjiang-renda-budget').session)).toEqual(['110', 'published', false]); // key task 人代会会议
    expect(v(summary('130281-zunhua-renda-budget').session)).toEqual(['60', 'published', false]); // 人大八届四次会议费 60.00
    expect(v(summary('510411-renhe-renda-budget').session)).toEqual(['55', 'published', false]); // 区人大会议费 55.00
    expect(v(summary('640502-shapotou-renda-budget').session)).toEqual(['30', 'published', false]); // 人大会议经费
    expect(summary('440881-lianjiang-renda-budget').kindBasis).toBe('key-tasks');
  });

  it('totals with their basis; projects-only totals are partial', () => {
    const t = (id: string) => {
      const s = summary(id);
      return [s.total.value?.toFixed(), s.totalBasis, s.total.status, s.total.partial === true];
    };
    expect(t('320200-wuxi-renda-budget')).toEqual(['6431.71', 'income.total', 'published', false]);
    expect(t('440881-lianjiang-renda-budget')).toEqual(['1621.95', 'expenditure.lines', 'derived', false]);
    expect(t('510411-renhe-renda-budget')).toEqual(['1048.54', 'expenditure.total', 'published', false]);
    expect(t('130281-zunhua-renda-budget')).toEqual(['270', 'projects', 'derived', true]);
    expect(t('640502-shapotou-renda-budget')).toEqual(['175', 'projects', 'derived', true]);
    expect(summary('510411-renhe-renda-budget').total.text).toBe('1,048.54 万元');
  });

  it('basic vs project spending', () => {
    const b = (id: string) => {
      const s = summary(id);
      return [s.basic.value?.toFixed() ?? null, s.project.value?.toFixed() ?? null, s.splitBasis];
    };
    expect(b('320200-wuxi-renda-budget')).toEqual(['4223.31', '2208.4', 'expenditure.lines']);
    expect(b('440881-lianjiang-renda-budget')).toEqual(['477.01', '1144.94', 'expenditure.lines']);
    // 项目化: 12 project tables 209.40; basic = 1,048.54 − 209.40 = 839.14 (the document's 基本经费 cost indicator)
    expect(b('510411-renhe-renda-budget')).toEqual(['839.14', '209.4', 'projects']);
    expect(b('130281-zunhua-renda-budget')).toEqual([null, '270', 'projects']);
    expect(summary('130281-zunhua-renda-budget').basic.text).toBe('未公开');
  });

  it('staff: the number used and its label; 未公开 when none', () => {
    const s = (id: string) => {
      const x = summary(id);
      return [x.staff.value?.toFixed() ?? null, x.staff.label, x.staff.status];
    };
    expect(s('320200-wuxi-renda-budget')).toEqual(['71', '行政编制、行政附属、编外用工合计', 'derived']);
    expect(s('440881-lianjiang-renda-budget')).toEqual(['41', '财政供养人员数', 'published']);
    expect(s('510411-renhe-renda-budget')).toEqual(['29', '公务员、机关工勤、事业人员合计', 'derived']);
    expect(s('130281-zunhua-renda-budget')).toEqual([null, '', 'not-published']);
    expect(summary('640502-shapotou-renda-budget').perStaff.text).toBe('未公开');
  });

  it('per staff member, rounded to 1 元 (4 decimals of 万元)', () => {
    expect(summary('320200-wuxi-renda-budget').sessionPerStaff.value!.toFixed()).toBe('6.8451'); // 486 / 71
    expect(summary('440881-lianjiang-renda-budget').sessionPerStaff.value!.toFixed()).toBe('2.6829'); // 110 / 41
    expect(summary('510411-renhe-renda-budget').sessionPerStaff.value!.toFixed()).toBe('1.8966'); // 55 / 29
    expect(summary('320200-wuxi-renda-budget').perStaff.value!.toFixed()).toBe('90.5875'); // 6431.71 / 71
  });

  it('spending by kind adds up to project spending where the projects cover it', () => {
    const w = summary('320200-wuxi-renda-budget');
    const sum = w.byKind.reduce((a, k) => (k.figure.value ? a.plus(k.figure.value) : a), w.total.value!.times(0));
    expect(sum.toFixed()).toBe('2208.4');
    expect(w.byKind.find((k) => k.kind.id === 'xinxihua')!.figure.value!.toFixed()).toBe('374'); // 8 + 数字人大 366
    // A kind with no item is not-published, never 0.
    expect(w.byKind.find((k) => k.kind.id === 'zhaoshang')!.figure).toMatchObject({ status: 'not-published', text: '未公开' });
    expect(summary('440881-lianjiang-renda-budget').kindNote).toContain('29.2%');
  });

  it('indicator quality and findings', () => {
    const s = summary('640502-shapotou-renda-budget');
    expect([s.indicators.count, s.indicators.valued, s.indicators.quantified, s.indicators.share.value!.toFixed()]).toEqual([49, 49, 31, '63.3']);
    expect(summary('320200-wuxi-renda-budget').findings).toEqual({ error: 1, warning: 0, info: 1 });
    const weakest = s.projects.find((p) => p.id === 'renda-jianyi-banli')!;
    expect(weakest.quality.share.text).toBe('44.4%（4/9）');
  });

  it('scope is stated; 仁和 and 沙坡头 do not say', () => {
    expect(summary('440881-lianjiang-renda-budget').scope.text).toBe('部门');
    expect(summary('320200-wuxi-renda-budget').scope.text).toBe('本级');
    expect(summary('510411-renhe-renda-budget').scope).toMatchObject({ text: '未说明', status: 'not-published' });
  });

  it('figures survive JSON exactly', () => {
    const f = summary('320200-wuxi-renda-budget').perStaff;
    expect(figureFromJson(figureToJson(f))).toEqual(f);
  });
});

describe('population', () => {
  it('content/regions.yaml ships empty, and per resident is 未公开', () => {
    const r = loadRegions('content/regions.yaml', regionCodes());
    expect(r).toEqual({ file: 'content/regions.yaml', regions: [], diagnostics: [] });
    expect(summary('320200-wuxi-renda-budget', r.regions).perResident).toMatchObject({ status: 'not-published', text: '未公开' });
  });
  it('a declared population (fixture, fictional) gives per-resident figures in 元/人', () => {
    const { regions, diagnostics } = loadRegions('test/fixtures/regions/regions.yaml', regionCodes());
    expect(diagnostics).toEqual([]);
    const s = summary('320200-wuxi-renda-budget', regions);
    expect(v(s.population)).toEqual(['8000000', 'published', false]);
    expect(s.populationYear).toBe(2023);
    expect(s.population.note).toContain('人口是 2023 年的，报告是 2024 年的');
    expect(s.perResident.value!.toFixed()).toBe('8.04'); // 6431.71 万元 × 10000 / 8,000,000
    expect(s.sessionPerResident.value!.toFixed()).toBe('0.61'); // 486 万元 × 10000 / 8,000,000 = 0.6075
    expect(summary('440881-lianjiang-renda-budget', regions).perResident.status).toBe('not-published');
  });
  it('rejects a malformed regions file with positions', () => {
    const bad = parseRegions('r.yaml', 'regions:\n  - code: "32"\n    name: x\n    population: { value: abc, unit: 人, year: 2023, source: { title: t, publisher: p } }\n');
    const lines = bad.diagnostics.map(formatDiagnostic).join('\n');
    expect(lines).toMatch(/r\.yaml:2:11 错误 regions\[0\]\.code: /);
    expect(lines).toMatch(/人口应为数字/);
    expect(parseRegions('e.yaml', '# nothing\n')).toEqual({ file: 'e.yaml', regions: [], diagnostics: [] });
    expect(readFileSync('content/regions.yaml', 'utf8')).toContain('不要凭印象填写');
  });
});
