/**
 * The comparison pages at build time: ASCII URL slugs for the groups of comparable reports
 * (category × year × stage), and the entries each page shows. The view itself is compare-view.ts.
 */
import { groupSummaries, weakestTargets, type ComparisonGroup } from '../compare/comparison.ts';
import { projectKind } from '../compare/project-kinds.ts';
import { summaryToJson, type ReportSummary } from '../compare/report-summary.ts';
import type { CompareEntry } from './compare-view.ts';
import { projectHref, reportHref } from './paths.ts';

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

export interface GroupPage {
  slug: string;
  title: string;
  group: ComparisonGroup;
  entries: CompareEntry[];
}

/** Every group with at least one report, with its slug; throws if two groups would share a URL. */
export function groupPages(summaries: readonly ReportSummary[]): GroupPage[] {
  const pages = groupSummaries(summaries).map((group) => ({ slug: groupSlug(group), title: groupTitle(group), group, entries: group.summaries.map(compareEntry) }));
  const seen = new Set<string>();
  for (const p of pages) {
    if (seen.has(p.slug)) throw new Error(`两个对比组的网址相同：compare/${p.slug}/`);
    seen.add(p.slug);
  }
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
