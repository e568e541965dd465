/**
 * The key figures at the top of a report page: total, basic vs project spending, income
 * sources, headcount. What the document does not publish is `not-published` (shown as 未公开),
 * never 0. A total the document does not print but whose parts it does is marked `computed`.
 */
import { sumMoney, type Money } from '../model/money.ts';
import type { BudgetLine, Report } from '../model/report.ts';
import { unitTotal } from '../model/totals.ts';

export type FigureStatus = 'published' | 'not-published';

export interface KeyFigure {
  /** Stable key, e.g. "total", "basic", "income-1", "staff-1". */
  key: string;
  label: string;
  money?: Money | undefined;
  count?: number | undefined;
  status: FigureStatus;
  /** Not printed by the document: added up here from published parts (explained in `note`). */
  computed?: boolean | undefined;
  /** Where the figure is on the page (element id), when it is in a table there. */
  anchor?: string | undefined;
  note?: string | undefined;
}

export interface KeyFigureGroup {
  key: 'total' | 'spending' | 'income' | 'staff' | 'projects';
  title: string;
  figures: KeyFigure[];
}

function fromLine(key: string, label: string, line: BudgetLine | undefined): KeyFigure {
  if (line?.amount) return { key, label, money: line.amount, status: 'published', anchor: line.anchor };
  return { key, label, status: 'not-published', anchor: line?.anchor };
}

function notPublished(key: string, label: string, note?: string): KeyFigure {
  return { key, label, status: 'not-published', note };
}

/**
 * Where the money comes from: the income table's lines; without one, the funding columns
 * (财政资金 / 其他资金) of the expenditure total, which say the same for the whole budget.
 */
export function incomeFigures(report: Report): KeyFigure[] {
  const inc = report.overall?.income;
  if (inc) return inc.lines.map((l, i) => fromLine(`income-${i + 1}`, l.name, l));
  const total = report.overall?.expenditure?.total;
  if (total && (total.fiscal || total.other)) {
    const note = '取自支出表合计行的资金来源列';
    return [
      { ...(total.fiscal ? { money: total.fiscal, status: 'published' as const } : { status: 'not-published' as const }), key: 'income-fiscal', label: '财政资金', anchor: total.anchor, note },
      { ...(total.other ? { money: total.other, status: 'published' as const } : { status: 'not-published' as const }), key: 'income-other', label: '其他资金', anchor: total.anchor, note },
    ];
  }
  return [notPublished('income', '收入来源', '原件未公开收入来源')];
}

/** The unit's total budget for the year (see unitTotal), labelled by where it comes from. */
export function reportTotal(report: Report): KeyFigure {
  const t = unitTotal(report);
  if (!t) return notPublished('total', '预算总额', report.overall ? '原件未公开部门整体预算总额' : '原件没有部门整体部分，只公开了项目');
  if (t.source === 'expenditure.lines') {
    return { key: 'total', label: '合计', money: t.money, status: 'published', computed: true, anchor: t.anchor, note: `原件未印合计，由${t.lines.map((l) => l.name).join('、')}相加` };
  }
  return { key: 'total', label: `${t.lines[0]!.name}（${t.source === 'income.total' ? '收入' : '支出'}）`, money: t.money, status: 'published', anchor: t.anchor };
}

/** Top-level expenditure line of one kind (基本支出 / 项目支出), by its kind or its name. */
function lineOfKind(report: Report, kind: string): BudgetLine | undefined {
  const lines = report.overall?.expenditure?.lines ?? [];
  return lines.find((l) => l.kind === kind) ?? lines.find((l) => l.name === kind);
}

/** Sum of the budgets of the projects the document lists (what a project-only disclosure adds up to). */
export function projectBudgetsTotal(report: Report): KeyFigure {
  const label = `已公开项目预算合计（${report.projects.length} 个项目）`;
  if (report.projects.length === 0) return notPublished('projects', '项目预算', '原件没有公开项目表');
  const budgets = report.projects.map((p) => p.budget?.total);
  const sum = sumMoney(budgets);
  if (!sum) {
    const known = budgets.filter((b) => b !== undefined).length;
    return notPublished('projects', label, known === 0 ? '项目表未印预算数' : `只有 ${known} 个项目印了预算数`);
  }
  return { key: 'projects', label, money: sum, status: 'published', computed: true, anchor: 'projects', note: '由各项目表的预算数相加' };
}

export function keyFigures(report: Report): KeyFigureGroup[] {
  const groups: KeyFigureGroup[] = [];
  groups.push({ key: 'total', title: '预算总额', figures: [reportTotal(report)] });

  const exp = report.overall?.expenditure;
  const basic = lineOfKind(report, '基本支出');
  const project = lineOfKind(report, '项目支出');
  const spending: KeyFigure[] = [fromLine('basic', '基本支出', basic), fromLine('project', '项目支出', project)];
  if (exp && !basic && !project) {
    // Some documents split spending another way (人员类 / 运转类 / 特定目标类): show their lines.
    for (const [i, l] of exp.lines.entries()) spending.push(fromLine(`spending-${i + 1}`, l.name, l));
    spending[0]!.note = spending[1]!.note = '原件未按基本支出、项目支出划分';
  } else if (!exp) {
    spending[0]!.note = spending[1]!.note = '原件未公开支出构成';
  }
  groups.push({ key: 'spending', title: '支出构成', figures: spending });

  groups.push({ key: 'income', title: '收入来源', figures: incomeFigures(report) });

  const staff = report.unit.staffing ?? [];
  groups.push({
    key: 'staff',
    title: '人员',
    figures:
      staff.length > 0
        ? staff.map((s, i) => ({ key: `staff-${i + 1}`, label: s.label, count: s.count, status: 'published' as const, anchor: 'staffing', note: s.note }))
        : [notPublished('staff', '人员编制', '原件未公开人员数')],
  });

  // Project budgets added up: useful when the unit's total is not published, or when every project prints its budget.
  const projects = projectBudgetsTotal(report);
  if (report.projects.length > 0 && (projects.status === 'published' || !report.overall)) groups.push({ key: 'projects', title: '项目', figures: [projects] });
  return groups;
}
