/**
 * Region facts declared in content (content/regions.yaml): for now the resident population, so
 * spending can be shown per resident. A population is never guessed: a region without a declared
 * population shows 未公开, and every declared one carries its year and source. A region may also
 * declare a code the list of codes lacks (src/model/region-codes.ts): one created since the list's
 * edition, or one an older report uses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { parseSource } from '../declaration/yaml-source.ts';
import { SYNTHETIC_MARKER } from '../declaration/content-dir.ts';
import { formatPath, type Diagnostic } from '../declaration/diagnostic.ts';
import { schemaDiagnostics } from '../declaration/schema-issues.ts';
import { CODE_LIST_SOURCE, regionCodes, type RegionCodes } from './region-codes.ts';
import { text } from './schema.ts';

/** A whole, non-negative number as written ("7490000", "749.08", "1,234"); kept as text so nothing is rounded. */
const count = () =>
  z
    .union([z.string(), z.number()])
    .transform((v) => String(v).trim())
    .refine((s) => /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(s), { message: '人口应为数字，如 7490000 或 749.08' });

export const population = z.strictObject({
  value: count().describe('人口数，照来源原文'),
  unit: z.enum(['人', '万人']).describe('人口数的单位'),
  year: z.number().int().min(1990).max(2100).describe('人口数的年份（如 2023 年末常住人口写 2023）'),
  kind: text().optional().describe('口径，如 常住人口、户籍人口'),
  source: z.strictObject({
    title: text().describe('来源文件标题，如 XX市2023年国民经济和社会发展统计公报'),
    publisher: text().describe('发布者'),
    url: z.url().optional(),
  }),
});

export const regionFacts = z.strictObject({
  code: z.string().regex(/^\d{6}$/, '行政区划代码应为 6 位数字（GB/T 2260）'),
  name: text().describe('地区名称'),
  population: population.optional(),
});

export const regionsFile = z.strictObject({
  $schema: z.string().optional(),
  regions: z.array(regionFacts).nullable().default([]),
});

export type RegionFacts = z.output<typeof regionFacts>;
export type PopulationDecl = z.output<typeof population>;

/** The regions file of a content directory, read and checked. */
export interface RegionsResult {
  file: string;
  regions: RegionFacts[];
  /** Every problem, at file:line:column like a declaration's. */
  diagnostics: Diagnostic[];
}

/**
 * Parse the text of a regions file. An empty file or `regions: []` is valid: no population is
 * declared. With `codes`, every region's code and name are checked against the list: a code the
 * list has must carry the list's name; a code it lacks (created since, or abolished) is accepted
 * under a province the list has.
 */
export function parseRegions(file: string, text: string, codes?: RegionCodes): RegionsResult {
  const source = parseSource(file, text);
  if (source.syntaxErrors.length) return { file, regions: [], diagnostics: source.syntaxErrors };
  const parsed = regionsFile.safeParse(source.data ?? {});
  if (!parsed.success) return { file, regions: [], diagnostics: schemaDiagnostics(source, parsed.error) };
  const regions = parsed.data.regions ?? [];
  const diagnostics: Diagnostic[] = [];
  const problem = (path: (string | number)[], message: string) =>
    diagnostics.push({ file, ...source.locate(path), field: formatPath(path), severity: 'error', message });
  const seen = new Map<string, number>();
  regions.forEach((r, i) => {
    const first = seen.get(r.code);
    if (first !== undefined) problem(['regions', i, 'code'], `地区 ${r.code} 声明了两次（第一次在 regions[${first}]）`);
    else seen.set(r.code, i);
    if (!codes) return;
    const listed = codes.entry(r.code);
    if (listed && listed.name !== r.name) problem(['regions', i, 'name'], `行政区划代码 ${r.code} 在代码表中是 ${listed.name}，这里写的是 ${r.name}`);
    if (!listed && !codes.entry(`${r.code.slice(0, 2)}0000`)) problem(['regions', i, 'code'], `行政区划代码 ${r.code} 不成立：省级代码 ${r.code.slice(0, 2)}0000 不在代码表中（${CODE_LIST_SOURCE}）`);
  });
  return { file, regions: diagnostics.length ? [] : regions, diagnostics };
}

/** The regions file of the reports directory `root`: regions.yaml beside it (content/regions.yaml). */
export function regionsFileOf(root: string): string {
  return resolve(dirname(resolve(root)), 'regions.yaml');
}

/** Read a regions file; a missing file means no population is declared. */
export function loadRegions(file: string, codes?: RegionCodes): RegionsResult {
  if (!existsSync(file)) return { file, regions: [], diagnostics: [] };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { file, regions: [], diagnostics: [{ file, line: 1, column: 1, field: '', severity: 'error', message: `无法读取文件：${(e as Error).message}` }] };
  }
  return parseRegions(file, text, codes);
}

/** The regions of a content directory, and the code list its reports are checked against. */
export interface ContentRegions extends RegionsResult {
  /** The list with the codes the regions file adds; undefined for a synthetic corpus, whose regions are invented. */
  codes?: RegionCodes;
}

/**
 * Load the regions of the reports directory `root`. A corpus written by scripts/synth.ts (it
 * carries the SYNTHETIC_MARKER) has invented places on purpose: its codes are not checked.
 */
export function loadContentRegions(root: string): ContentRegions {
  const synthetic = existsSync(join(root, SYNTHETIC_MARKER));
  const list = synthetic ? undefined : regionCodes();
  const loaded = loadRegions(regionsFileOf(root), list);
  return { ...loaded, ...(list ? { codes: list.with(loaded.regions) } : {}) };
}
