/**
 * The comparison pages at build time: ASCII URL slugs for the groups of comparable reports
 * (category × year × stage), and the entries each page shows. A group with more reports than one
 * page can set side by side is split by province, then paginated (`compare/<slug>/320000/`,
 * `…/320000/2/`); its own page becomes an overview: the parts, the group's top ranks and weakest
 * targets. The view itself is compare-view.ts.
 */
import { COMPARE_MAX, groupSummaries, weakestTargets, type ComparisonGroup } from '../compare/comparison.ts';
import { projectKind } from '../compare/project-kinds.ts';
import { summaryToJson, type ReportSummary } from '../compare/report-summary.ts';
import { rankingView, RANKINGS, type CompareEntry, type RankingView } from './compare-view.ts';
import { projectHref, reportHref } from './paths.ts';
import { provinceOf, splitByProvince, type ProvincePart } from './region-parts.ts';

/**
 * Reports one comparison page sets side by side: as many as a custom comparison takes, so a page
 * opens there whole. Beyond that the columns are too many to read across, and each report adds
 * about 20 KB of tables.
 */
export const COMPARE_PAGE_SIZE = COMPARE_MAX;

/** Entries of a ranking or list on a split group's overview. */
export const OVERVIEW_TOP = 10;

/** Pinyin slugs of the unit categories the site knows; others get a stable hex slug. */
const CATEGORY_SLUG: Record<string, string> = {
  人大: 'renda',
  政协: 'zhengxie',
  政府: 'zhengfu',
  财政: 'caizheng',
  党委: 'dangwei',
  纪委: 'jiwei',
  审计: 'shenji',
  法院: 'fayuan',
  检察院: 'jianchayuan',
  教育: 'jiaoyu',
  卫生健康: 'weijian',
};

const STAGE_SLUG: Record<string, string> = { 预算: 'budget', 决算: 'final' };

/** ASCII slug of a free-text label: itself if already lower-case ASCII, else its code points in hex (`u4eba-5927`). */
function asciiSlug(s: string): string {
  const t = s.trim().toLowerCase();
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(t)) return t;
  return `u${[...s.trim()].map((c) => c.codePointAt(0)!.toString(16)).join('-')}`;
}

/** `人大` → `renda`; an unknown category → its code points (`u6c11-653f` for 民政), so URLs stay ASCII and distinct. */
export function categorySlug(category: string): string {
  return CATEGORY_SLUG[category] ?? asciiSlug(category);
}

/** The URL segment of a group: `renda-2024-budget`. */
export function groupSlug(g: Pick<ComparisonGroup, 'category' | 'year' | 'stage'>): string {
  return `${categorySlug(g.category)}-${g.year}-${STAGE_SLUG[g.stage] ?? asciiSlug(g.stage)}`;
}

/** A group's heading: `2024年 人大 预算`. */
export function groupTitle(g: Pick<ComparisonGroup, 'category' | 'year' | 'stage'>): string {
  return `${g.year}年${g.category}${g.stage}`;
}

/** What a comparison embeds per report. */
export function compareEntry(s: ReportSummary): CompareEntry {
  return { id: s.id, name: s.shortName, unitName: s.unitName, year: s.year, stage: s.stage, category: s.category, regionCode: s.regionCode, summary: summaryToJson(s) };
}

/** A report on a comparison page: its summary and what the comparison embeds of it. */
export interface CompareItem {
  summary: ReportSummary;
  entry: CompareEntry;
}

export interface GroupPage {
  slug: string;
  title: string;
  group: ComparisonGroup;
  /** Every report of the group, in the group's order. */
  items: CompareItem[];
  /** By province, in pages of at most `size` reports, when the group has more than that; else null. */
  parts: ProvincePart<CompareItem>[] | null;
}

/** The group's items by province, each province in region-code order, so a page covers neighbouring places. */
function groupParts(slug: string, items: readonly CompareItem[], size: number): ProvincePart<CompareItem>[] {
  const sorted = [...items].sort((a, b) => a.summary.regionCode.localeCompare(b.summary.regionCode));
  return splitByProvince(sorted, ({ summary: s }) => provinceOf({ code: s.regionCode, province: s.province }), `compare/${slug}/`, size);
}

/**
 * Every group with at least one report, with its slug, split into parts when larger than `size`;
 * throws if two groups would share a URL.
 */
export function groupPages(summaries: readonly ReportSummary[], size: number = COMPARE_PAGE_SIZE): GroupPage[] {
  const pages = groupSummaries(summaries).map((group) => {
    const slug = groupSlug(group);
    const items = group.summaries.map((summary) => ({ summary, entry: compareEntry(summary) }));
    return { slug, title: groupTitle(group), group, items, parts: items.length > size ? groupParts(slug, items, size) : null };
  });
  const seen = new Set<string>();
  for (const p of pages) {
    if (seen.has(p.slug)) throw new Error(`两个对比组的网址相同：compare/${p.slug}/`);
    seen.add(p.slug);
  }
  return pages;
}

const sharedPages = new WeakMap<readonly ReportSummary[], GroupPage[]>();

/** groupPages of the build's summaries (getSummaries()), computed once for the index, group and part pages. */
export function sharedGroupPages(summaries: readonly ReportSummary[]): GroupPage[] {
  let pages = sharedPages.get(summaries);
  if (!pages) sharedPages.set(summaries, (pages = groupPages(summaries)));
  return pages;
}

export interface WeakTargetRow {
  label: string;
  rank: number | null;
  project: string;
  href: string;
  unit: string;
  unitHref: string;
  share: string;
  /** 可以核对的数值 / 有指标值的指标. */
  counts: string;
  budget: string;
  budgetPublished: boolean;
  kind: string;
  kindReason: string;
  note: string | null;
}

/** Every project of the group, least quantified first; projects without valued indicators last (未公开). */
export function weakTargetRows(summaries: readonly ReportSummary[]): WeakTargetRow[] {
  return weakestTargets(summaries).map((e) => {
    const { summary: s, project: p } = e.item;
    const q = p.quality;
    return {
      label: e.label,
      rank: e.rank ?? null,
      project: p.name,
      href: projectHref(s.id, p.id),
      unit: s.shortName,
      unitHref: reportHref(s.id),
      share: e.figure.text,
      counts: `${q.quantified}/${q.valued}`,
      budget: p.budget.text,
      budgetPublished: p.budget.status !== 'not-published',
      kind: projectKind(p.assignment.kind).label,
      kindReason: p.assignment.reason,
      note: e.figure.note ?? null,
    };
  });
}

export interface RankingTop {
  /** The first OVERVIEW_TOP ranked entries. */
  top: RankingView;
  /** Entries ranked in all, and those left unranked: 部分口径, 未公开. */
  ranked: number;
  partial: number;
  notPublished: number;
}

/** The head of each ranking of RANKINGS over the whole group, with how many entries each leaves out. */
export function rankingTops(entries: readonly CompareEntry[], limit: number = OVERVIEW_TOP): RankingTop[] {
  return RANKINGS.map((id) => {
    const r = rankingView(entries, id);
    const count = (g: string) => r.entries.filter((e) => e.group === g).length;
    return { top: { ...r, entries: r.entries.filter((e) => e.group === 'ranked').slice(0, limit) }, ranked: count('ranked'), partial: count('partial'), notPublished: count('not-published') };
  });
}

/** What a ranking's head says of the rest: `12 份参与排名；另有 2 份部分口径、3 份未公开，不排名。` */
export function rankingTopNote(t: Pick<RankingTop, 'ranked' | 'partial' | 'notPublished'>): string {
  const left = [t.partial > 0 ? `${t.partial} 份部分口径` : '', t.notPublished > 0 ? `${t.notPublished} 份未公开` : ''].filter((x) => x !== '');
  return `${t.ranked} 份参与排名${left.length > 0 ? `；另有 ${left.join('、')}，不排名` : ''}。`;
}

export interface IndexCell {
  slug: string;
  title: string;
  reports: number;
  /** Provinces the group is split into; null when it is compared on one page. */
  provinces: number | null;
}

export interface CompareIndex {
  /** Year and stage of each column, newest year first, 预算 before 决算. */
  columns: { year: number; stage: string }[];
  /** Per unit category, one cell per column (null: no report of that year and stage). */
  rows: { category: string; cells: (IndexCell | null)[] }[];
}

/** The comparison index: a table of category × (year, stage), so it grows with categories and years, not reports. */
export function compareIndex(pages: readonly GroupPage[]): CompareIndex {
  const stageOrder = (s: string) => {
    const i = Object.keys(STAGE_SLUG).indexOf(s);
    return i < 0 ? Infinity : i;
  };
  const columns = [...new Map(pages.map((p) => [`${p.group.year}|${p.group.stage}`, { year: p.group.year, stage: p.group.stage }])).values()].sort(
    (a, b) => b.year - a.year || stageOrder(a.stage) - stageOrder(b.stage) || a.stage.localeCompare(b.stage, 'zh'),
  );
  const categories = [...new Set(pages.map((p) => p.group.category))].sort((a, b) => a.localeCompare(b, 'zh'));
  const byKey = new Map(pages.map((p) => [`${p.group.category}|${p.group.year}|${p.group.stage}`, p]));
  return {
    columns,
    rows: categories.map((category) => ({
      category,
      cells: columns.map(({ year, stage }) => {
        const p = byKey.get(`${category}|${year}|${stage}`);
        return p ? { slug: p.slug, title: p.title, reports: p.items.length, provinces: p.parts ? p.parts.length : null } : null;
      }),
    })),
  };
}
