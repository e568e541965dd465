/**
 * An income / expenditure / budget-level table (budget-table.ts computes what it shows) as HTML:
 * every published column, 未公开 for missing cells, indented lines, links to the projects, and a
 * mark beside each flagged line. A string for the same reason as indicator-table-html.ts.
 */
import { amountHtml } from './amount.ts';
import type { BudgetRow, BudgetTableView } from './budget-table.ts';
import { findingMarkHtml } from './finding-mark-html.ts';
import type { FindingMark } from './findings.ts';
import { esc } from './html-escape.ts';

function rowHtml(view: BudgetTableView, r: BudgetRow, marks: ReadonlyMap<string, FindingMark>): string {
  const mark = marks.get(r.anchor);
  const classes = [`depth-${Math.min(r.depth, 3)}`, r.isTotal && 'row-total', mark && 'flagged'].filter(Boolean).join(' ');
  const name = r.projectAnchor ? `<a href="#${esc(r.projectAnchor)}">${esc(r.name)}</a>` : esc(r.name);
  const note = r.note ? `<span class="cell-note">${esc(r.note)}</span>` : '';
  const kind = view.showKind ? `<td>${esc(r.kind ?? '')}</td>` : '';
  const cells = r.cells.map((m) => `<td class="num">${amountHtml(m)}</td>`).join('');
  return `<tr id="${esc(r.anchor)}" class="${classes}"><th scope="row" class="line-name">${name}${note}${findingMarkHtml(mark)}</th>${kind}${cells}</tr>`;
}

/** One budget table in its scrolling region; `caption` is used when the document gives the table no title. */
export function budgetTableHtml(view: BudgetTableView, caption: string, marks: ReadonlyMap<string, FindingMark>): string {
  const captionId = `${view.anchor}-caption`;
  const head = `<th scope="col">项目</th>${view.showKind ? '<th scope="col">分类</th>' : ''}${view.columns.map((c) => `<th scope="col" class="num">${esc(c.label)}</th>`).join('')}`;
  return (
    `<div class="table-block" id="${esc(view.anchor)}"><div class="table-scroll" role="region" aria-labelledby="${esc(captionId)}" tabindex="0"><table class="budget-table">` +
    `<caption id="${esc(captionId)}">${esc(view.title ?? caption)}<span class="caption-unit">（单位：${esc(view.unit)}）</span>${findingMarkHtml(marks.get(view.anchor))}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${view.rows.map((r) => rowHtml(view, r, marks)).join('')}</tbody></table></div>` +
    (view.note ? `<p class="table-note">说明：${esc(view.note)}</p>` : '') +
    '</div>'
  );
}
