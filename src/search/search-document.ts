/**
 * What Pagefind indexes for one report: a small HTML document built from the report model, not
 * the rendered page. It holds the words people search for (unit, places, project names and
 * purposes, goals, key tasks, budget lines, indicator names) under the same anchors and sub-result
 * titles as the page, so a hit still leads straight to the project or indicator row; it leaves out
 * what the page adds for reading (key figures, findings, citation, value columns, charts).
 *
 * Why not index the page itself: at 10,000 reports Pagefind spent ~20 ms of CPU and ~1.2 MB of
 * memory per report page (146 KB of HTML, 16,000 characters of text, ~230 anchors), more than the
 * rest of the build together; this document is a tenth of that text. Because it comes from the
 * model, it can be indexed while Astro renders the pages.
 */
import type { Indicator, KeyTask, Project, Report } from '../model/report.ts';
import type { BudgetLine, BudgetTable } from '../model/report.ts';
import type { ReportSummary } from '../compare/report-summary.ts';
import { classifyProject, projectKind } from '../compare/project-kinds.ts';
import { projectBudget } from '../model/totals.ts';
// Text from documents is untrusted: every string goes through `esc` on its way into the HTML.
import { esc } from '../site/html-escape.ts';
import { indicatorSearchTitle, keyTaskSearchTitle, projectSearchTitle, reportFacets, type SearchFacets } from './search-facets.ts';

function p(text: string | undefined): string {
  return text ? `<p>${esc(text)}</p>` : '';
}

function facetSpans(f: SearchFacets): string {
  return [
    ...f.filters.map((x) => `<span data-pagefind-filter="${esc(x.name)}">${esc(x.value)}</span>`),
    ...f.meta.map((x) => `<span data-pagefind-meta="${esc(x.name)}">${esc(x.value)}</span>`),
    ...f.sort.map((x) => `<span data-pagefind-sort="${esc(x.name)}">${esc(x.value)}</span>`),
  ].join('');
}

/** One anchored place: `title` is what a hit on it shows, `body` the words it is found by. */
function place(anchor: string, title: string, body: string, tag = 'div'): string {
  return `<${tag} id="${esc(anchor)}" data-pagefind-title="${esc(title)}">${body}</${tag}>`;
}

/** The most specific name of an indicator, with its description and key work; the levels above it are generic words (数量指标…). */
function indicatorRows(indicators: Indicator[], projectName?: string): string {
  return indicators
    .map((i) => place(i.anchor, indicatorSearchTitle(i, projectName), p([i.level3 ?? i.level2 ?? i.level1, i.key_work, i.description].filter(Boolean).join(' '))))
    .join('');
}

function keyTaskRows(tasks: KeyTask[]): string {
  return tasks.map((t) => place(t.anchor, keyTaskSearchTitle(t), p([t.name, t.content, t.expected].filter(Boolean).join(' ')))).join('');
}

function lineNames(lines: BudgetLine[]): string[] {
  return lines.flatMap((l) => [l.name, ...lineNames(l.children)]);
}

function tableText(t: BudgetTable | undefined): string {
  return t ? p(lineNames(t.lines).join(' ')) : '';
}

function projectSection(report: Report, project: Project): string {
  const kind = projectKind(classifyProject(project).kind).label;
  // Not the name again (the heading has it), nor the department and implementer: they are almost
  // always the unit itself, and would make every project a hit for the unit's name.
  const facts = [kind, project.form, project.class].filter(Boolean).join(' ');
  const goals = project.goals?.length
    ? place(`${project.anchor}-goals`, `项目：${project.name} · 绩效目标`, p(project.goals.join(' ')))
    : '';
  return place(
    project.anchor,
    projectSearchTitle(project, projectBudget(report, project)),
    `<h2>${esc(project.name)}</h2>${p(facts)}${p(project.purpose)}${goals}${indicatorRows(project.indicators, project.name)}`,
    'section',
  );
}

/** The HTML document Pagefind indexes for `report`; `summary` supplies the facets' totals and project kinds. */
export function searchDocument(report: Report, summary: ReportSummary): string {
  const u = report.unit;
  const r = u.region;
  const o = report.overall;
  const about = [r.province, r.city, r.county, u.short_name, u.category, u.level, u.scope].filter(Boolean).join(' ');
  const overall = o
    ? [
        p(o.functions),
        p(u.organization),
        p([...(o.medium_term_goals ?? []), ...(o.annual_goals ?? [])].join(' ')),
        tableText(o.income),
        tableText(o.expenditure),
        keyTaskRows(o.key_tasks ?? []),
        indicatorRows(o.indicators ?? []),
        p(o.measures?.join(' ')),
      ].join('')
    : p(u.organization);
  return (
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><main data-pagefind-body>' +
    // Pagefind takes a result's title from the first h1.
    `<h1>${esc(`${u.name}${report.year}年${report.stage}`)}</h1>${p(about)}` +
    `<div hidden data-pagefind-ignore>${facetSpans(reportFacets(report, summary))}</div>` +
    overall +
    report.projects.map((x) => projectSection(report, x)).join('') +
    '</main></body></html>'
  );
}
