/**
 * The region tree province → city → county, built from the reports' GB/T 2260 codes, with the
 * reports and their totals on every node. A report sits on the deepest node its region names.
 * Loading (src/declaration/load-reports.ts) gives each report its region as the list of codes
 * names it (src/model/region-codes.ts), so every node is named from the list, whichever report
 * made it.
 */
import { Decimal } from '../model/decimal.ts';
import { moneyDecimals, toWanyuan } from '../model/money.ts';
import type { Report } from '../model/report.ts';
import { reportTotal } from './key-figures.ts';

export type RegionLevel = 'province' | 'city' | 'county';

export const REGION_LEVEL_LABEL: Record<RegionLevel, string> = { province: '省级', city: '市级', county: '县级' };

export interface RegionTotal {
  year: number;
  stage: string;
  /** Sum of the reports' totals, in 万元, exactly. */
  total: Decimal;
  /** Reports counted in `total`. */
  withTotal: number;
  /** Reports of that year and stage that publish no total. */
  withoutTotal: number;
  /** Decimals to print `total` with: the most any counted total printed (in 万元). */
  decimals: number;
}

export interface RegionNode<R extends { report: Report } = { report: Report }> {
  /** GB/T 2260 code of the node: 320000, 320200, 320281. */
  code: string;
  name: string;
  level: RegionLevel;
  /** Codes and names from the province down to this node (excluded). */
  ancestors: { code: string; name: string }[];
  children: RegionNode<R>[];
  /** Reports whose region is exactly this node. */
  reports: R[];
  /** Reports here and below. */
  allReports: R[];
  totals: RegionTotal[];
}

/** The node codes a region code implies: province (xx0000), city (xxxx00), county (the code). */
export function regionPath(region: Report['unit']['region']): { code: string; name: string; level: RegionLevel }[] {
  const c = region.code;
  const path: { code: string; name: string; level: RegionLevel }[] = [{ code: `${c.slice(0, 2)}0000`, name: region.province, level: 'province' }];
  if (region.city) path.push({ code: region.county ? `${c.slice(0, 4)}00` : c, name: region.city, level: 'city' });
  if (region.county) path.push({ code: c, name: region.county, level: 'county' });
  // A county-level unit directly under a province (no city named) keeps its own code.
  if (!region.city && !region.county && c !== path[0]!.code) path[0] = { ...path[0]!, code: c };
  // Municipalities etc.: never let a child repeat its parent's code.
  return path.filter((p, i) => i === 0 || p.code !== path[i - 1]!.code);
}

/** "江苏省 › 无锡市" */
export function regionLabel(region: Report['unit']['region'], sep = ' › '): string {
  return regionPath(region)
    .map((p) => p.name)
    .join(sep);
}

/** Sum of the reports' totals per year and stage, newest first (home page and region pages). */
export function totalsOf(reports: readonly { report: Report }[]): RegionTotal[] {
  const byKey = new Map<string, RegionTotal>();
  for (const { report } of reports) {
    const key = `${report.year}|${report.stage}`;
    let t = byKey.get(key);
    if (!t) byKey.set(key, (t = { year: report.year, stage: report.stage, total: new Decimal(0), withTotal: 0, withoutTotal: 0, decimals: 0 }));
    const total = reportTotal(report);
    if (total.money) {
      t.total = t.total.plus(toWanyuan(total.money));
      t.decimals = Math.max(t.decimals, moneyDecimals(total.money) + (total.money.unit === '元' ? 4 : 0));
      t.withTotal++;
    } else t.withoutTotal++;
  }
  return [...byKey.values()].sort((a, b) => b.year - a.year || a.stage.localeCompare(b.stage, 'zh'));
}

/** Build the tree; provinces, and children, sorted by code. */
export function regionTree<R extends { report: Report }>(reports: readonly R[]): RegionNode<R>[] {
  const nodes = new Map<string, RegionNode<R>>();
  const roots: RegionNode<R>[] = [];
  for (const r of reports) {
    const path = regionPath(r.report.unit.region);
    let parent: RegionNode<R> | undefined;
    for (const [i, p] of path.entries()) {
      let node = nodes.get(p.code);
      if (!node) {
        node = { ...p, ancestors: path.slice(0, i).map(({ code, name }) => ({ code, name })), children: [], reports: [], allReports: [], totals: [] };
        nodes.set(p.code, node);
        (parent ? parent.children : roots).push(node);
      }
      node.allReports.push(r);
      if (i === path.length - 1) node.reports.push(r);
      parent = node;
    }
  }
  const finish = (list: RegionNode<R>[]) => {
    list.sort((a, b) => a.code.localeCompare(b.code));
    for (const n of list) {
      n.totals = totalsOf(n.allReports);
      finish(n.children);
    }
  };
  finish(roots);
  return roots;
}

/** Every node of the tree, parents before children. */
export function allRegions<R extends { report: Report }>(roots: readonly RegionNode<R>[]): RegionNode<R>[] {
  return roots.flatMap((n) => [n, ...allRegions(n.children)]);
}
