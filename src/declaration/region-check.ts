/**
 * A report's region against the list of administrative division codes (src/model/region-codes.ts):
 * the code must be in the list, and the names written beside it must be the list's names for it,
 * so that a typo in a code cannot file a report under another place (and rename that place's pages).
 * A declaration may leave out the city or county; the site takes every name from the list.
 *
 * Documented exceptions, for what the list has no level of its own:
 * - 北京、天津、上海、重庆 have no city level in the list: `city` may be left out or written as the
 *   municipality's name, 市辖区 or 县;
 * - a county-level city under its province (省直辖县级行政区划, e.g. 429004 仙桃市) may be written
 *   as the county or as the city.
 */
import { CODE_LIST_SOURCE, isMunicipality, type RegionCodes, type RegionNames } from '../model/region-codes.ts';
import type { Diagnostic } from './diagnostic.ts';
import type { SourceDocument } from './yaml-source.ts';

export interface RegionDecl {
  code: string;
  province: string;
  city?: string;
  county?: string;
}

const LEVEL = { province: '省级', city: '地级', county: '县级' } as const;

function fullName(n: RegionNames): string {
  return [n.province, n.city, n.county].filter(Boolean).join('');
}

/**
 * Problems with `region` (the declaration's unit.region, at `path`), and the region as the list
 * names it. `source` locates each problem at the field it concerns.
 */
export function checkRegion(
  source: SourceDocument,
  region: RegionDecl,
  codes: RegionCodes,
  path: readonly PropertyKey[] = ['unit', 'region'],
): { diagnostics: Diagnostic[]; names?: RegionNames } {
  const problem = (field: 'code' | 'province' | 'city' | 'county', message: string): Diagnostic => ({
    file: source.file,
    ...source.locate([...path, field]),
    field: [...path, field].join('.'),
    severity: 'error',
    message,
  });
  const { code } = region;
  const entry = codes.entry(code);
  const names = codes.names(code);
  if (!entry || !names) {
    return { diagnostics: [problem('code', `行政区划代码 ${code} 不在 GB/T 2260 代码表中（${CODE_LIST_SOURCE}）。请核对代码；新设或已撤销的地区，在 content/regions.yaml 中声明其代码和名称`)] };
  }
  if (entry.name === '市辖区') {
    return { diagnostics: [problem('code', `行政区划代码 ${code} 是${names.province}${names.city ?? ''}的“市辖区”汇总代码，不是一个地区：请用区的代码，或市的代码 ${code.slice(0, 4)}00`)] };
  }
  const diagnostics: Diagnostic[] = [];
  const is = `行政区划代码 ${code} 是${fullName(names)}（${LEVEL[entry.level]}）`;
  if (region.province !== names.province) diagnostics.push(problem('province', `${is}，province 应为 ${names.province}，这里写的是 ${region.province}`));
  if (region.city !== undefined && region.city !== names.city) {
    const municipality = isMunicipality(code) && [names.province, '市辖区', '县'].includes(region.city);
    const countyAsCity = names.city === undefined && names.county !== undefined && region.city === names.county && region.county === undefined;
    if (!municipality && !countyAsCity) {
      diagnostics.push(
        problem(
          'city',
          names.city
            ? `${is}，city 应为 ${names.city}，这里写的是 ${region.city}`
            : `${is}，不属于任何地级市，这里写的 city 是 ${region.city}：请删去 city，或使用 ${region.city} 的代码`,
        ),
      );
    }
  }
  if (region.county !== undefined && region.county !== names.county) {
    diagnostics.push(
      problem(
        'county',
        names.county
          ? `${is}，county 应为 ${names.county}，这里写的是 ${region.county}`
          : `${is}，不是县级地区，这里写的 county 是 ${region.county}：请删去 county，或使用 ${region.county} 的代码`,
      ),
    );
  }
  return diagnostics.length ? { diagnostics } : { diagnostics, names };
}
