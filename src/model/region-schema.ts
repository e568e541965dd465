/**
 * Region facts declared in content (content/regions.yaml): for now the resident population, so
 * spending can be shown per resident. A population is never guessed: a region without a declared
 * population shows 未公开, and every declared one carries its year and source.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { parseSource } from '../declaration/yaml-source.ts';
import { reportsDir } from '../declaration/content-dir.ts';
import { formatPath } from '../declaration/diagnostic.ts';
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

/** Problems found reading the regions file, as "field: message" lines. */
export interface RegionsResult {
  regions: RegionFacts[];
  errors: string[];
}

/** Parse the text of a regions file. An empty file or `regions: []` is valid: no population is declared. */
export function parseRegions(file: string, source: string): RegionsResult {
  const doc = parseSource(file, source);
  if (doc.syntaxErrors.length) return { regions: [], errors: doc.syntaxErrors.map((d) => `${file}:${d.line}: ${d.message}`) };
  const parsed = regionsFile.safeParse(doc.data ?? {});
  if (!parsed.success) {
    return {
      regions: [],
      errors: parsed.error.issues.map((i) => {
        const at = doc.locate(i.path);
        return `${file}:${at.line}: ${formatPath(i.path)}: ${i.message}`;
      }),
    };
  }
  const regions = parsed.data.regions ?? [];
  const seen = new Set<string>();
  const errors: string[] = [];
  for (const r of regions) {
    if (seen.has(r.code)) errors.push(`${file}: 地区 ${r.code} 声明了两次`);
    seen.add(r.code);
  }
  return { regions, errors };
}

/** The default regions file: content/regions.yaml next to the reports directory. */
export function defaultRegionsFile(): string {
  return resolve(dirname(reportsDir()), 'regions.yaml');
}

/** Read a regions file; a missing file means no population is declared. */
export function loadRegions(file: string = defaultRegionsFile()): RegionsResult {
  if (!existsSync(file)) return { regions: [], errors: [] };
  return parseRegions(file, readFileSync(file, 'utf8'));
}
