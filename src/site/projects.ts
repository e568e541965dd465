/**
 * What a project section shows: its budget (from its own table, else from the line of the
 * whole-unit expenditure table that names it), period, spending plan and details.
 */
import type { Money } from '../model/money.ts';
import type { BudgetLine, Project, Report } from '../model/report.ts';
import { projectBudget } from '../model/totals.ts';

export interface ProjectBudgetItem {
  label: string;
  money?: Money | undefined;
  status: 'published' | 'not-published';
}

export interface ProjectView {
  anchor: string;
  budget: ProjectBudgetItem[];
  /** The full-year budget: the project table's, else its expenditure line's; undefined when unpublished. */
  total?: Money | undefined;
  /** Where the budget figures come from, when not the project's own table. */
  budgetSource?: { text: string; anchor: string } | undefined;
  /** "1年", "2022年 至 2024年" … or undefined when not published. */
  period?: string | undefined;
  details: { label: string; value: string }[];
}

function findLine(report: Report, projectId: string): BudgetLine | undefined {
  const walk = (l: BudgetLine): BudgetLine | undefined => (l.project === projectId ? l : l.children.map(walk).find((x) => x !== undefined));
  for (const t of [report.overall?.expenditure, report.overall?.income, report.overall?.budget_levels]) {
    for (const l of t?.lines ?? []) {
      const hit = walk(l);
      if (hit) return hit;
    }
  }
  return undefined;
}

export function projectView(report: Report, p: Project): ProjectView {
  const budget: ProjectBudgetItem[] = [];
  let budgetSource: ProjectView['budgetSource'];
  const item = (label: string, money: Money | undefined): ProjectBudgetItem => ({ label, money, status: money ? 'published' : 'not-published' });
  if (p.budget) {
    budget.push(item('预算数', p.budget.total));
    if (p.budget.fiscal !== undefined || p.budget.other !== undefined || p.budget.total !== undefined) {
      budget.push(item('其中：财政资金', p.budget.fiscal), item('其中：其他资金', p.budget.other));
    }
  } else {
    const line = findLine(report, p.id);
    if (line) {
      if (line.half_year !== undefined) budget.push(item('半年计划执行数', line.half_year));
      budget.push(item('全年预算数', line.amount));
      budgetSource = { text: '项目表未印预算数，以上取自部门整体表的支出明细行', anchor: line.anchor };
    } else budget.push(item('预算数', undefined));
  }

  let period: string | undefined;
  if (p.period && (p.start || p.end)) period = `${p.period}（${p.start ?? '?'} 至 ${p.end ?? '?'}）`;
  else if (p.period) period = p.period;
  else if (p.start || p.end) period = `${p.start ?? '未公开'} 至 ${p.end ?? '未公开'}`;

  const details: { label: string; value: string }[] = [];
  const add = (label: string, v: string | undefined) => v && details.push({ label, value: v });
  add('项目编码', p.code);
  add('主管部门', p.department);
  add('实施单位', p.implementer);
  add('项目属性', p.attribute);
  // As printed (特定目标类 …); not 明账归类, the kind the site assigns (project-section-html.ts).
  add('项目类别（原表）', p.class);
  add('所在表', p.form);
  add('原件位置', p.page);
  return { anchor: p.anchor, budget, total: projectBudget(report, p), budgetSource, period, details };
}
