/**
 * One project's permalink section (#project-<id>) as HTML: budget, period, kind, details, purpose,
 * spending plan, goals, indicator tables and transcription note. projects.ts and
 * indicator-table.ts compute what it shows.
 *
 * A string, not an Astro component: a report page has ~10 projects with ~10 indicators each, and
 * at 10,000 reports rendering them as components cost about half of each page's time
 * (BENCHMARKS.md). Every text from the document goes through `esc`, prose through `proseHtml`.
 */
import { classifyProject, projectKind } from '../compare/project-kinds.ts';
import type { Project, Report } from '../model/report.ts';
import { amountHtml, NOT_PUBLISHED_HTML } from './amount.ts';
import { findingMarkHtml } from './finding-mark-html.ts';
import type { FindingMark } from './findings.ts';
import { esc } from './html-escape.ts';
import { indicatorTables } from './indicator-table.ts';
import { indicatorTableHtml } from './indicator-table-html.ts';
import { isLongName } from './long-name.ts';
import { kindHref, projectHref } from './paths.ts';
import { projectView } from './projects.ts';
import { proseHtml } from './prose.ts';

const NOT_PUBLISHED_P = '<p class="not-published" data-status="not-published">未公开</p>';

function factsHtml(report: Report, p: Project): string {
  const v = projectView(report, p);
  const classified = classifyProject(p);
  const budget = v.budget.map((b) => `<li>${esc(b.label)}：${amountHtml(b.money)}</li>`).join('');
  const source = v.budgetSource ? `<span class="kf-note">${esc(v.budgetSource.text)}（<a href="#${esc(v.budgetSource.anchor)}">见该行</a>）</span>` : '';
  const note = p.budget?.note ? `<span class="kf-note">${esc(p.budget.note)}</span>` : '';
  return (
    '<dl class="project-facts">' +
    (isLongName(p.name) ? `<div><dt>项目全称</dt><dd>${esc(p.name)}</dd></div>` : '') +
    `<div id="${esc(`${p.anchor}-budget`)}"><dt>预算（${esc(p.unit)}）</dt><dd><ul class="inline-list">${budget}</ul>${source}${note}</dd></div>` +
    `<div><dt>项目期</dt><dd>${v.period ? esc(v.period) : NOT_PUBLISHED_HTML}</dd></div>` +
    // 明账归类, not 项目类别: the document's own 项目类别 (p.class) is a detail below, labelled 项目类别（原表）.
    `<div id="${esc(`${p.anchor}-kind`)}"><dt>明账归类</dt><dd><a href="${esc(kindHref(classified.kind))}" title="明账按项目名称归类的规则">${esc(projectKind(classified.kind).label)}</a><span class="kf-note">归类理由：${esc(classified.reason)}</span></dd></div>` +
    v.details.map((d) => `<div><dt>${esc(d.label)}</dt><dd>${esc(d.value)}</dd></div>`).join('') +
    '</dl>'
  );
}

function spendingPlanHtml(p: Project): string {
  const plan = p.spending_plan;
  if (!plan?.length) return NOT_PUBLISHED_P;
  return (
    `<div class="table-scroll" role="region" aria-label="${esc(`${p.name}资金支出计划`)}" tabindex="0"><table class="plan-table"><caption>${esc(p.name)}：累计支出进度</caption>` +
    `<thead><tr><th scope="col">时点</th>${plan.map((c) => `<th scope="col">${esc(c.checkpoint)}</th>`).join('')}</tr></thead>` +
    `<tbody><tr><th scope="row">累计支出</th>${plan.map((c) => `<td class="num" data-percent="${esc(c.percent.toFixed())}">${esc(c.text)}</td>`).join('')}</tr></tbody></table></div>`
  );
}

/** Project `p` of `report`, the `index`-th (from 0) on the page; `marks` maps anchors to the findings about them. */
export function projectSectionHtml(report: Report, p: Project, index: number, marks: ReadonlyMap<string, FindingMark>): string {
  const tables = indicatorTables(p.indicators);
  const goals = p.goals?.length ? `<ol class="goals">${p.goals.map((g) => `<li>${proseHtml(g)}</li>`).join('')}</ol>` : NOT_PUBLISHED_P;
  const indicators = tables.length ? tables.map((t) => indicatorTableHtml(t, `${p.name}绩效指标`, marks)).join('') : NOT_PUBLISHED_P;
  return (
    `<section class="project" id="${esc(p.anchor)}" aria-label="${esc(`项目 ${index + 1}：${p.name}`)}" data-project="${esc(p.id)}">` +
    `<h3><span class="project-number">项目 ${index + 1}</span><span class="clamp" title="${esc(p.name)}">${esc(p.name)}</span></h3>` +
    `<p class="permalink"><a href="${esc(projectHref(report.id, p.id))}" class="permalink-link">本项目的固定链接</a><span aria-hidden="true"> · </span><a href="#top">回到页首</a><span aria-hidden="true"> · </span><a href="#key-figures">回到关键数字</a>${findingMarkHtml(marks.get(p.anchor))}</p>` +
    factsHtml(report, p) +
    `<h4>资金用途</h4>${p.purpose ? proseHtml(p.purpose) : NOT_PUBLISHED_P}` +
    `<h4 id="${esc(`${p.anchor}-spending-plan`)}">资金支出计划（累计进度）</h4>${spendingPlanHtml(p)}` +
    `<h4 id="${esc(`${p.anchor}-goals`)}">绩效目标</h4>${goals}` +
    `<h4 id="${esc(`${p.anchor}-indicators`)}">绩效指标</h4>${indicators}` +
    (p.note ? `<p class="table-note">转录说明：${esc(p.note)}</p>` : '') +
    '</section>'
  );
}
