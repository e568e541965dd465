/**
 * Reports side by side, from their summaries as JSON (summaryToJson): the same view and the same
 * HTML for a group page (rendered at build time) and for a reader's own comparison (rendered in
 * the browser from JSON embedded in the page). Browser-safe: no Node imports.
 *
 * Every row is one METRIC of src/compare/comparison.ts (same id, label and order); a cell shows
 * the figure's text, where it came from (原件 / 计算 / 未公开), its rank where the row is ranked,
 * and its note. A figure that was not published is never ranked and never shown as 0; a figure
 * that covers only part of what it names (a "total" that is only the published projects) is
 * marked 部分口径 and not ranked.
 */
import { metricById, rankBy, type RankGroup } from '../compare/comparison.ts';
import { PROJECT_KINDS } from '../compare/project-kinds.ts';
import { figureFromJson, type FigureJson, type FigureStatus, type SummaryJson } from '../compare/report-summary.ts';
import { anchorHref, reportHref } from './paths.ts';
import { reportJsonHref } from './open-paths.ts';
import { esc } from './html-escape.ts';

/** One report in a comparison: what the page embeds per report. */
export interface CompareEntry {
  id: string;
  /** Short unit name, the column heading. */
  name: string;
  unitName: string;
  year: number;
  stage: string;
  category: string;
  regionCode: string;
  summary: SummaryJson;
}

/** A figure with only the FigureJson fields (the JSON of a total also carries its basis). */
const plain = (f: FigureJson): FigureJson => ({ value: f.value, text: f.text, status: f.status, unit: f.unit, note: f.note, partial: f.partial });

const countJson = (n: number, unit: string): FigureJson => ({ value: String(n), text: `${n} ${unit}`, status: 'derived', unit, note: null, partial: false });

/** The figure a row shows for a summary; the same figure as `metricById(id).figure(summary)`, as JSON. */
export function pickFigure(j: SummaryJson, rowId: string): FigureJson {
  switch (rowId) {
    case 'scope':
      return plain(j.scope);
    case 'total':
      return plain(j.total);
    case 'basic':
      return plain(j.basic);
    case 'project':
      return plain(j.project);
    case 'staff':
      return plain(j.staff);
    case 'per-staff':
      return plain(j.per_staff);
    case 'population':
      return plain(j.population);
    case 'per-resident':
      return plain(j.per_resident);
    case 'session':
      return plain(j.session);
    case 'session-per-staff':
      return plain(j.session_per_staff);
    case 'session-per-resident':
      return plain(j.session_per_resident);
    case 'indicators':
      return countJson(j.indicators.count, '项');
    case 'quantified':
      return plain(j.indicators.share);
    case 'findings-error':
      return countJson(j.findings.error, '条');
    case 'findings-warning':
      return countJson(j.findings.warning, '条');
  }
  if (rowId.startsWith('kind:')) {
    const k = j.by_kind.kinds.find((x) => x.kind === rowId.slice(5));
    if (k) return plain(k.figure);
  }
  throw new Error(`unknown comparison row: ${rowId}`);
}

export interface SectionDef {
  id: 'money' | 'kinds' | 'quality';
  title: string;
  rows: readonly string[];
}

/** The tables of a comparison, in page order. */
export const SECTIONS: readonly SectionDef[] = [
  {
    id: 'money',
    title: '支出、人均与会议经费',
    rows: ['scope', 'total', 'basic', 'project', 'staff', 'per-staff', 'population', 'per-resident', 'session', 'session-per-staff', 'session-per-resident'],
  },
  { id: 'kinds', title: '按项目类别的支出', rows: PROJECT_KINDS.map((k) => `kind:${k.id}`) },
  { id: 'quality', title: '绩效指标质量与检查结果', rows: ['indicators', 'quantified', 'findings-error', 'findings-warning'] },
];

/** Rows whose cells carry a rank (the others are context: staff counts, populations, parts). */
export const RANKED_ROWS: ReadonlySet<string> = new Set(['total', 'per-staff', 'per-resident', 'session', 'session-per-staff', 'session-per-resident', 'quantified']);

/** The rankings a comparison lists above its tables. */
export const RANKINGS: readonly string[] = ['session', 'session-per-staff', 'total', 'per-staff'];

const STATUS_LABEL: Record<FigureStatus, string> = { published: '原件', derived: '计算', 'not-published': '未公开' };

export interface CellItem {
  name: string;
  href: string;
  reason: string;
}

export interface CellView {
  reportId: string;
  text: string;
  value: string | null;
  status: FigureStatus;
  statusLabel: string;
  note: string | null;
  partial: boolean;
  /** "第 1 名", "口径不同，不排名"; null where the row is not ranked or the figure is not published. */
  rank: string | null;
  rankGroup: RankGroup | null;
  /** The items a kind's figure adds up (projects, lines, key tasks), each linked to its place on the report page. */
  items: CellItem[];
  /** Where the figure leads (the findings rows: the report's findings of that severity). */
  href: string | null;
}

export interface RowView {
  id: string;
  label: string;
  /** What the row means (kinds: the taxonomy's description). */
  hint: string | null;
  ranked: boolean;
  numeric: boolean;
  /** A count of items (indicators, findings): always computed, so no 计算 badge. */
  count: boolean;
  cells: CellView[];
}

export interface ColumnView {
  id: string;
  name: string;
  unitName: string;
  href: string;
  jsonHref: string;
  scope: string;
}

export interface SectionView {
  id: SectionDef['id'];
  title: string;
  rows: RowView[];
  /** Rows left out because no report has anything under them (kinds nobody lists separately). */
  omitted: string[];
}

export interface RankingEntryView {
  label: string;
  rank: number | null;
  group: RankGroup;
  name: string;
  href: string;
  text: string;
  note: string | null;
}

export interface RankingView {
  id: string;
  label: string;
  entries: RankingEntryView[];
}

export interface CompareView {
  columns: ColumnView[];
  sections: SectionView[];
  rankings: RankingView[];
  /** Per report: what its spending by kind is based on. */
  kindNotes: { name: string; note: string }[];
}

export function rowLabel(id: string): string {
  if (id === 'scope') return '口径';
  const m = metricById(id);
  if (!m) throw new Error(`unknown comparison row: ${id}`);
  return m.label;
}

function rowView(entries: readonly CompareEntry[], id: string): RowView {
  const ranked = RANKED_ROWS.has(id);
  const metric = id === 'scope' ? undefined : metricById(id);
  const figures = entries.map((e) => pickFigure(e.summary, id));
  const ranks = new Map<string, { label: string; group: RankGroup }>();
  if (ranked) {
    const order = metric?.order ?? 'desc';
    for (const r of rankBy(entries, (e) => figureFromJson(pickFigure(e.summary, id)), { order, idOf: (e) => e.id })) {
      ranks.set(r.item.id, { label: r.label, group: r.group });
    }
  }
  const kindId = id.startsWith('kind:') ? id.slice(5) : undefined;
  const cells = entries.map((e, i): CellView => {
    const f = figures[i]!;
    const r = ranks.get(e.id);
    const kind = kindId ? e.summary.by_kind.kinds.find((k) => k.kind === kindId) : undefined;
    return {
      reportId: e.id,
      text: f.text,
      value: f.value,
      status: f.status,
      statusLabel: STATUS_LABEL[f.status],
      note: f.note,
      partial: f.partial,
      rank: r && r.group !== 'not-published' ? r.label : null,
      rankGroup: r?.group ?? null,
      items: (kind?.items ?? []).map((it) => ({ name: it.name, href: anchorHref(e.id, it.anchor), reason: it.kind_reason })),
      // The report page lists a severity under `#findings-<severity>` only when it has some.
      href: id.startsWith('findings-') ? anchorHref(e.id, f.value !== '0' ? id : 'findings') : null,
    };
  });
  const hint = kindId ? (PROJECT_KINDS.find((k) => k.id === kindId)?.description ?? null) : null;
  const count = id === 'indicators' || id.startsWith('findings-');
  return { id, label: rowLabel(id), hint, ranked, numeric: id !== 'scope', count, cells };
}

/** Rank the entries by one row (see rankBy): ranked first, then 部分口径, then 未公开 — never as 0. */
export function rankingView(entries: readonly CompareEntry[], id: string): RankingView {
  const metric = metricById(id);
  if (!metric) throw new Error(`unknown metric: ${id}`);
  const ranked = rankBy(entries, (e) => figureFromJson(pickFigure(e.summary, id)), { order: metric.order, idOf: (e) => e.id });
  return {
    id,
    label: metric.label,
    entries: ranked.map((r) => ({
      label: r.label,
      rank: r.rank ?? null,
      group: r.group,
      name: r.item.name,
      href: reportHref(r.item.id),
      text: r.figure.text,
      note: r.figure.note ?? null,
    })),
  };
}

/** The whole comparison of `entries`, in the given order. */
export function compareView(entries: readonly CompareEntry[]): CompareView {
  return {
    columns: entries.map((e) => ({
      id: e.id,
      name: e.name,
      unitName: e.unitName,
      href: reportHref(e.id),
      jsonHref: reportJsonHref(e.id),
      scope: e.summary.scope.text,
    })),
    sections: SECTIONS.map((s) => {
      const rows = s.rows.map((id) => rowView(entries, id));
      // A kind no report lists anything under is left out of the table and named below it.
      const keep = rows.filter((r) => s.id !== 'kinds' || r.cells.some((c) => c.items.length > 0));
      return { id: s.id, title: s.title, rows: keep, omitted: rows.filter((r) => !keep.includes(r)).map((r) => r.label) };
    }),
    rankings: RANKINGS.map((id) => rankingView(entries, id)),
    kindNotes: entries.map((e) => ({ name: e.name, note: e.summary.by_kind.note })),
  };
}

// -------------------------------------------------------------------------------- HTML

function cellHtml(c: CellView, row: RowView): string {
  const value =
    c.status === 'not-published'
      ? `<span class="not-published" data-status="not-published">${esc(c.text)}</span>`
      : c.href
        ? `<a href="${esc(c.href)}">${esc(c.text)}</a>`
        : `<span class="cmp-value">${esc(c.text)}</span>`;
  const badges = [
    c.status === 'derived' && !row.count ? '<span class="badge badge-computed" title="由原件数字算出">计算</span>' : '',
    c.partial ? '<span class="badge badge-partial" title="只覆盖一部分，不排名">部分口径</span>' : '',
  ].join('');
  const rank = c.rank ? `<span class="cmp-rank${c.rankGroup === 'ranked' ? '' : ' cmp-unranked'}">${esc(c.rank)}</span>` : '';
  const items = c.items.length
    ? `<ul class="cmp-items">${c.items.map((i) => `<li><a href="${esc(i.href)}">${esc(i.name)}</a><span class="cell-note">${esc(i.reason)}</span></li>`).join('')}</ul>`
    : '';
  const details = c.note || items ? `<details class="cmp-details"><summary>说明</summary>${c.note ? `<p>${esc(c.note)}</p>` : ''}${items}</details>` : '';
  return `${value}${badges}${rank}${details}`;
}

/** One section as a table inside a scrolling wrapper (`idPrefix` keeps ids unique on the page). */
export function sectionTableHtml(view: CompareView, section: SectionView, idPrefix = 'cmp'): string {
  const cap = `${idPrefix}-${section.id}-caption`;
  const unit =
    section.id === 'quality'
      ? ''
      : `<span class="caption-unit">（金额单位：万元${section.id === 'money' ? '；人均：万元/人；每位居民：元/人' : ''}）</span>`;
  const head = view.columns
    .map((c) => `<th scope="col"><a href="${esc(c.href)}" class="clamp" title="${esc(c.name)}">${esc(c.name)}</a>${section.id === 'money' ? '' : `<span class="cell-note">${esc(c.scope)}</span>`}</th>`)
    .join('');
  const body = section.rows
    .map(
      (r) =>
        `<tr id="${esc(`${idPrefix}-row-${r.id.replace(':', '-')}`)}" data-row="${esc(r.id)}"><th scope="row">${esc(r.label)}${r.hint ? `<span class="cell-note">${esc(r.hint)}</span>` : ''}</th>` +
        r.cells
          .map((c) => `<td class="${r.numeric ? 'num ' : ''}cmp-cell status-${c.status}" data-report="${esc(c.reportId)}" data-status="${c.status}"${c.value !== null ? ` data-value="${esc(c.value)}"` : ''}>${cellHtml(c, r)}</td>`)
          .join('') +
        '</tr>',
    )
    .join('');
  const omitted = section.omitted.length
    ? `<p class="table-note">没有任何一份报告单列的类别（不是 0，而是没有单独列出，可能含在其他项目或基本支出中）：${esc(section.omitted.join('、'))}。</p>`
    : '';
  return (
    `<div class="table-scroll" role="region" aria-labelledby="${cap}" tabindex="0"><table class="compare-table" data-section="${section.id}">` +
    `<caption id="${cap}">${esc(section.title)}${unit}</caption>` +
    `<thead><tr><th scope="col">指标</th>${head}</tr></thead><tbody>${body}</tbody></table></div>${omitted}`
  );
}

/** A ranking as an ordered list: ranked entries numbered, then 部分口径 and 未公开, labelled. */
export function rankingHtml(r: RankingView): string {
  const items = r.entries
    .map(
      (e) =>
        `<li class="rank-${e.group}"><span class="rank-label">${esc(e.label)}</span> <a href="${esc(e.href)}">${esc(e.name)}</a> ` +
        (e.group === 'not-published' ? `<span class="not-published">未公开</span>` : `<strong class="amount">${esc(e.text)}</strong>`) +
        (e.note ? `<span class="cell-note">${esc(e.note)}</span>` : '') +
        '</li>',
    )
    .join('');
  return `<ol class="ranking" data-ranking="${esc(r.id)}">${items}</ol>`;
}
