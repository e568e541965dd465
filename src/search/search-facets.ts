/**
 * What Pagefind learns about a report page beyond its text: the filters a reader narrows by,
 * the metadata each result shows, the amount results sort by, and the titles of the anchored
 * places (projects, indicator rows) a hit can lead straight to.
 */
import type { Indicator, KeyTask, Project, Report } from '../model/report.ts';
import type { ReportSummary } from '../compare/report-summary.ts';
import { formatMoney, type Money } from '../model/money.ts';
import { FILTERS } from './search-state.ts';

export interface SearchFacets {
  filters: { name: string; value: string }[];
  meta: { name: string; value: string }[];
  /** Sort keys: values must parse as numbers (Pagefind sorts them numerically). */
  sort: { name: string; value: string }[];
}

/** Facets of one report page. `summary` supplies the comparable total and project kinds. */
export function reportFacets(report: Report, summary: ReportSummary): SearchFacets {
  const { region } = report.unit;
  const filters = [
    { name: FILTERS.province, value: region.province },
    ...[region.city, region.county].filter((p): p is string => !!p).map((value) => ({ name: FILTERS.place, value })),
    { name: FILTERS.year, value: String(report.year) },
    { name: FILTERS.stage, value: report.stage },
    { name: FILTERS.category, value: report.unit.category },
    ...summary.byKind.filter((k) => k.items.length > 0).map((k) => ({ name: FILTERS.kind, value: k.kind.label })),
  ];
  const total = summary.total;
  const meta = [
    { name: 'unit', value: report.unit.name },
    { name: 'region', value: [region.province, region.city, region.county].filter(Boolean).join(' ') },
    { name: 'year', value: `${report.year}年${report.stage}` },
    { name: 'amount', value: total.status === 'not-published' ? '总额未公开' : `总额 ${total.text}${total.partial ? '（仅项目）' : ''}` },
  ];
  const sort = total.value && !total.partial ? [{ name: 'amount', value: total.value.toFixed() }] : [];
  // The sort value again as metadata: the search page merges sorted shards by it (shard-merge.ts).
  for (const s of sort) meta.push({ name: `sort_${s.name}`, value: s.value });
  return { filters, meta, sort };
}

/** Sub-result title of a project section: its name and budget, so a hit says what it costs. */
export function projectSearchTitle(project: Pick<Project, 'name'>, budget?: Money): string {
  return `项目：${project.name}${budget ? `（${formatMoney(budget)}）` : ''}`;
}

/** Sub-result title of an indicator row: the most specific name and the target as published. */
export function indicatorSearchTitle(indicator: Indicator, projectName?: string): string {
  const name = indicator.level3 ?? indicator.level2 ?? indicator.level1 ?? '';
  const target = indicator.target?.text;
  return `指标：${name}${target ? ` ${target}` : ''}${projectName ? `（${projectName}）` : ''}`;
}

/** Sub-result title of a key task row (年度重点工作任务), with its amount. */
export function keyTaskSearchTitle(task: Pick<KeyTask, 'name' | 'amount'>): string {
  return `重点工作任务：${task.name}${task.amount ? `（${formatMoney(task.amount)}）` : ''}`;
}
