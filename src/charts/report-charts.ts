/**
 * The charts of one report, computed from the report model.
 *
 * Rules every chart follows:
 * - A chart exists only when the report published the data it draws; a blank cell or an absent
 *   table is never drawn as 0 (published zeros are listed in the data table, not drawn, because a
 *   zero has no area or length to show).
 * - Amounts are JS numbers only for geometry; every label, tooltip text and table cell is the
 *   published amount formatted exactly (`formatMoney`), never a printed float.
 */
import { Decimal } from '../model/decimal.ts';
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption, TreemapSeriesOption } from 'echarts/charts';
import { formatAmount, formatMoney, sum, toWanyuan, type Money } from '../model/money.ts';
import { isQuantified } from '../model/indicator-value.ts';
import type { BudgetLine, Indicator, Project, Report } from '../model/report.ts';
import type { ChartView } from './chart-view.ts';
import { measureText, wrapText } from './svg/text-measure.ts';
import { fitTreemapLabels, type LabelledItem } from './treemap-labels.ts';
import {
  CHART_WIDTHS,
  FULL_WIDTH,
  HALF_WIDTH,
  LINE_PALETTE,
  LINE_SYMBOLS,
  PALETTE,
  TEXT_COLOR,
  finalOption,
  labelColorOn,
  renderSvg,
  type ChartOption,
} from './render.ts';

/** The charts of a report; each is absent when the report did not publish its data. */
export interface ChartViews {
  /** Where the money comes from: income table leaves with non-zero amounts (pie). */
  income?: ChartView;
  /** Where it goes: expenditure lines (or project budgets) as a nested treemap. */
  spending?: ChartView;
  /** The same leaves as `spending`, as horizontal bars sorted by amount. */
  spendingBars?: ChartView;
  /** Cumulative spending plan per project, in percent by month (lines). */
  spendingPlan?: ChartView;
  /** Indicators per category, quantified vs qualitative (stacked bars). */
  indicators?: ChartView;
}

/** Options of `reportCharts`. */
export interface ReportChartsOptions {
  /** Prefix of the chart ids, for pages that show charts of several reports. Default ''. */
  idPrefix?: string;
}

/** Shown in tables where the document left a cell blank or did not publish the figure. */
export const NOT_PUBLISHED = '未公开';

/** Extra field on data items: the exact published text, read by the browser's tooltip. */
interface Exact {
  exact: string;
}
type TreemapItem = NonNullable<TreemapSeriesOption['data']>[number] & Exact & { text: [string, string]; children?: TreemapItem[] };
type BarItem = Exclude<NonNullable<BarSeriesOption['data']>[number], number | string | null | undefined | unknown[]> & Exact;
type PieItem = Exclude<NonNullable<PieSeriesOption['data']>[number], number | string | null | undefined | unknown[]> & Exact;
type LineItem = Exclude<NonNullable<LineSeriesOption['data']>[number], number | string | null | undefined | unknown[]> & Exact;

/**
 * ECharts reads `{…}` and `{name|…}` in formatter strings as templates and rich-text markup; names
 * from documents are put into formatters verbatim otherwise, so braces become full-width ones.
 */
function literal(s: string): string {
  return s.replace(/\{/g, '｛').replace(/\}/g, '｝');
}

const HUNDRED = new Decimal(100);

function percentOf(part: Decimal, total: Decimal): string {
  return total.isZero() ? '—' : `${part.div(total).times(HUNDRED).toFixed(1)}%`;
}

function isDrawable(m: Money | undefined): m is Money {
  return m !== undefined && !m.value.isZero();
}

function amountCell(m: Money | undefined): string {
  return m === undefined ? NOT_PUBLISHED : formatMoney(m);
}

/** A chart's option for one width, and the height it needs there. */
interface Layout {
  option: ChartOption;
  height: number;
}

/**
 * The chart laid out at every one of CHART_WIDTHS (`layout` builds a fresh option each time:
 * label fitting writes into the data items). Each variant's SVG ids start with `<id>-w<width>-`.
 */
function makeView(id: string, title: string, layout: (width: number) => Layout, table: ChartView['table'], summary: string): ChartView {
  const variants = CHART_WIDTHS.map((width) => {
    const { option, height } = layout(width);
    return { width, height, svg: renderSvg(`${id}-w${width}`, title, option, { width, height }), option: JSON.stringify(finalOption(option)) };
  });
  return { id, title, variants, table, summary };
}

// ---------------------------------------------------------------------------------------------
// Spending and income trees

/** One drawable node: a published non-zero amount, or a parent whose children have some. */
interface Node {
  name: string;
  /** Published amount of this line, if any (a parent may have none). */
  money?: Money | undefined;
  /** Size in 万元 for geometry: the published amount, else the sum of the children. */
  size: Decimal;
  children: Node[];
  /** Index of the top-level group, for colours. */
  group: number;
  parent?: string | undefined;
}

function nodeOf(line: BudgetLine, group: number, parent?: string): Node | undefined {
  const children = line.children.map((c) => nodeOf(c, group, line.name)).filter((n): n is Node => n !== undefined);
  if (children.length > 0) {
    // A parent's own amount sizes it (it is what the document says); the sum only fills in a blank.
    const size = isDrawable(line.amount) ? toWanyuan(line.amount) : sum(children.map((c) => c.size));
    return { name: line.name, money: line.amount, size, children, group, parent };
  }
  if (!isDrawable(line.amount)) return undefined;
  return { name: line.name, money: line.amount, size: toWanyuan(line.amount), children: [], group, parent };
}

function leavesOf(nodes: Node[]): Node[] {
  return nodes.flatMap((n) => (n.children.length > 0 ? leavesOf(n.children) : [n]));
}

/** Every line of a table in document order, with its parent, for the data table. */
function flatLines(lines: BudgetLine[], parent = ''): { line: BudgetLine; parent: string }[] {
  return lines.flatMap((l) => [{ line: l, parent }, ...flatLines(l.children, l.name)]);
}

/** What the spending charts draw, from the expenditure table or, failing that, project budgets. */
interface SpendingData {
  source: 'expenditure' | 'projects';
  nodes: Node[];
  total: Decimal;
  /** Table rows: name, parent, amount, share. */
  rows: string[][];
  caption: string;
}

function spendingFromTable(report: Report): SpendingData | undefined {
  const table = report.overall?.expenditure;
  if (!table) return undefined;
  const nodes = table.lines.map((l, i) => nodeOf(l, i)).filter((n): n is Node => n !== undefined);
  if (nodes.length === 0) return undefined;
  const total = sum(nodes.map((n) => n.size));
  const drawn = new Set(flattenNodes(nodes).map((n) => n.name + '\u0000' + (n.parent ?? '')));
  const rows = flatLines(table.lines).map(({ line, parent }) => [
    line.name,
    parent,
    amountCell(line.amount),
    drawn.has(line.name + '\u0000' + parent) && line.amount ? percentOf(toWanyuan(line.amount), total) : '—',
  ]);
  if (table.total) rows.push([table.total.name, '', amountCell(table.total.amount), '—']);
  return { source: 'expenditure', nodes, total, rows, caption: `${table.title ?? '支出'}（占比为占图中合计的比例）` };
}

function flattenNodes(nodes: Node[]): Node[] {
  return nodes.flatMap((n) => [n, ...flattenNodes(n.children)]);
}

function spendingFromProjects(projects: Project[]): SpendingData | undefined {
  const nodes: Node[] = [];
  projects.forEach((p, i) => {
    const m = p.budget?.total;
    if (isDrawable(m)) nodes.push({ name: p.name, money: m, size: toWanyuan(m), children: [], group: i });
  });
  if (nodes.length === 0) return undefined;
  const total = sum(nodes.map((n) => n.size));
  const rows = projects.map((p) => {
    const m = p.budget?.total;
    return [p.name, p.class ?? '', amountCell(m), isDrawable(m) ? percentOf(toWanyuan(m), total) : '—'];
  });
  return { source: 'projects', nodes, total, rows, caption: '项目预算数（原件没有支出总表；占比为占各项目预算数之和的比例）' };
}

function groupColor(group: number): string {
  return PALETTE[group % PALETTE.length]!;
}

// Geometry the treemap option below sets: leaf borders, parents' gaps and upper-label band, label line height.
const LEAF_BORDER = 1;
const PARENT_GAP = 1;
const UPPER_LABEL_HEIGHT = 22;
const LABEL_LINE_HEIGHT = 16;

/** A treemap item with both label texts; fitTreemapLabels decides which shows (treemap-labels.ts). */
function treemapItem(n: Node): TreemapItem {
  const color = groupColor(n.group);
  const exact = n.money ? formatMoney(n.money) : NOT_PUBLISHED;
  const name = literal(n.name);
  if (n.children.length > 0) {
    return {
      name: n.name,
      value: n.size.toNumber(),
      exact,
      text: [n.money ? `${name}  ${exact}` : name, name],
      itemStyle: { color, borderColor: color, gapWidth: PARENT_GAP },
      upperLabel: { show: true, height: UPPER_LABEL_HEIGHT, color: labelColorOn(color) },
      children: n.children.map(treemapItem),
    };
  }
  return {
    name: n.name,
    value: n.size.toNumber(),
    exact,
    text: [n.money ? `${name}\n${exact}` : name, name],
    // White borders keep children apart: they share their group's colour.
    itemStyle: { color, borderColor: '#ffffff', borderWidth: LEAF_BORDER },
    label: { show: true, color: labelColorOn(color) },
  };
}

function spendingSummary(d: SpendingData): string {
  const parts = d.nodes.map((n) => {
    const amount = n.money ? formatMoney(n.money) : `（未公开，各项合计 ${formatAmount(n.size)} 万元）`;
    let s = `${n.name} ${amount}，占 ${percentOf(n.size, d.total)}`;
    const leaves = leavesOf(n.children);
    if (leaves.length > 1) {
      const top = leaves.reduce((a, b) => (b.size.gt(a.size) ? b : a));
      s += `（${leaves.length} 项，最多为${top.name} ${formatMoney(top.money!)}）`;
    }
    return s;
  });
  const lead = d.source === 'projects' ? `${d.nodes.length} 个项目的预算数：` : '';
  return `${lead}${parts.join('；')}。`;
}

/** Treemap height: a phone's narrow chart is taller, so its rectangles have room for labels. */
function treemapHeight(width: number): number {
  return width < HALF_WIDTH ? 400 : 360;
}

function spendingChart(id: string, d: SpendingData): ChartView {
  const layout = (width: number): Layout => {
    const height = treemapHeight(width);
    const data = d.nodes.map(treemapItem);
    fitTreemapLabels(data as LabelledItem[], width, height, LABEL_LINE_HEIGHT);
    return { option: treemapOption(data), height };
  };
  const table = { caption: d.caption, columns: ['名称', '所属', '金额', '占比'], rows: d.rows };
  return makeView(id, d.source === 'projects' ? '资金去向：各项目预算' : '资金去向：支出构成', layout, table, spendingSummary(d));
}

function treemapOption(data: TreemapItem[]): ChartOption {
  return {
    series: [
      {
        type: 'treemap',
        roam: false,
        nodeClick: false,
        breadcrumb: { show: false },
        left: 0,
        right: 0,
        top: 0,
        bottom: 0,
        // Names may be cut with an ellipsis; amounts are kept whole by fitTreemapLabels.
        label: { show: true, overflow: 'truncate', ellipsis: '…', lineHeight: LABEL_LINE_HEIGHT },
        // Only parents (set per item) get an upper label; on the series it would also reserve a band for the root.
        upperLabel: { show: false, height: UPPER_LABEL_HEIGHT, overflow: 'truncate', ellipsis: '…' },
        data,
      },
    ],
  };
}

/** Width of the category labels of the horizontal bars, by chart width: the rest is for bars and amounts. */
function barLabelWidth(width: number): number {
  return width >= FULL_WIDTH ? 230 : width >= HALF_WIDTH ? 170 : 120;
}

const BAR_LABEL_LINE_HEIGHT = 14;

/**
 * Height of a horizontal bar chart: grows with the number of bars, and each band with the lines
 * its longest name wraps into at `labelWidth`, so every label stays legible and apart.
 */
function barsHeight(names: string[], labelWidth: number): number {
  const lines = Math.max(1, ...names.map((n) => wrapText(n, labelWidth).length));
  return Math.max(160, 24 + names.length * Math.max(34, lines * BAR_LABEL_LINE_HEIGHT + 10));
}

function spendingBarsChart(id: string, d: SpendingData): ChartView {
  const leaves = leavesOf(d.nodes)
    .slice()
    .sort((a, b) => b.size.comparedTo(a.size));
  const data: BarItem[] = leaves.map((n) => {
    const exact = formatMoney(n.money!);
    return { value: n.size.toNumber(), name: n.name, exact, itemStyle: { color: groupColor(n.group) }, label: { formatter: exact } };
  });
  // Room right of the longest bar for the widest amount.
  const right = Math.ceil(Math.max(...data.map((b) => measureText(b.exact)))) + 12;
  const names = leaves.map((n) => n.name);
  const layout = (width: number): Layout => {
    const labelWidth = barLabelWidth(width);
    return {
      height: barsHeight(names, labelWidth),
      option: {
        grid: { left: 8, right, top: 8, bottom: 8 },
        xAxis: { type: 'value', show: false, min: 0 },
        yAxis: {
          type: 'category',
          inverse: true,
          data: names,
          axisTick: { show: false },
          axisLine: { show: false },
          axisLabel: { color: TEXT_COLOR, width: labelWidth, overflow: 'break', lineHeight: BAR_LABEL_LINE_HEIGHT },
        },
        series: [
          {
            type: 'bar',
            name: '金额',
            data,
            barMaxWidth: 22,
            label: { show: true, position: 'right', color: TEXT_COLOR },
          },
        ],
      },
    };
  };
  const rows = leaves.map((n) => [n.name, n.parent ?? '', formatMoney(n.money!), percentOf(n.size, d.total)]);
  const table = {
    caption: `按金额排序的${d.source === 'projects' ? '项目预算' : '支出明细'}（未列出金额为 0 或未公开的行）`,
    columns: ['名称', '所属', '金额', '占比'],
    rows,
  };
  const first = leaves[0]!;
  const last = leaves[leaves.length - 1]!;
  const summary =
    leaves.length === 1
      ? `只有 1 项：${first.name} ${formatMoney(first.money!)}。`
      : `按金额排序的 ${leaves.length} 项${d.source === 'projects' ? '项目预算' : '支出'}：最多为${first.name} ${formatMoney(first.money!)}，最少为${last.name} ${formatMoney(last.money!)}。`;
  return makeView(id, d.source === 'projects' ? '各项目预算（按金额排序）' : '支出明细（按金额排序）', layout, table, summary);
}

// ---------------------------------------------------------------------------------------------
// Income

const PIE_LABEL_LINE_HEIGHT = 16;

/**
 * The donut for a chart width: its inner and outer radius, and the width a label line beside it
 * may take (half the chart, less the radius, ECharts' two 15px label-line segments, a gap and the
 * 10px bleed margin); a narrow chart gets a smaller donut so the labels keep room to be read.
 */
function pieGeometry(width: number): { radius: [string | number, string | number]; labelWidth: number; minHeight: number } {
  if (width >= FULL_WIDTH) return { radius: ['38%', '64%'], labelWidth: Infinity, minHeight: 360 };
  const outer = width >= HALF_WIDTH ? 94 : 46;
  return { radius: [Math.round(outer * 0.6), outer], labelWidth: Math.floor(width / 2 - outer - 30 - 5 - 10), minHeight: width >= HALF_WIDTH ? 360 : 300 };
}

function incomeChart(id: string, report: Report): ChartView | undefined {
  const table = report.overall?.income;
  if (!table) return undefined;
  const nodes = table.lines.map((l, i) => nodeOf(l, i)).filter((n): n is Node => n !== undefined);
  const leaves = leavesOf(nodes);
  if (leaves.length === 0) return undefined;
  const total = sum(leaves.map((n) => n.size));
  const layout = (width: number): Layout => {
    const geometry = pieGeometry(width);
    const labels = leaves.map((n) => {
      const exact = formatMoney(n.money!);
      const share = percentOf(n.size, total);
      // Narrower charts have less room beside the pie: the name wraps, the share gets its own line.
      return width >= FULL_WIDTH ? [literal(n.name), `${exact}（${share}）`] : [...wrapText(literal(n.name), geometry.labelWidth), exact, share];
    });
    const data: PieItem[] = leaves.map((n, i) => ({
      name: n.name,
      value: n.size.toNumber(),
      exact: formatMoney(n.money!),
      itemStyle: { color: PALETTE[i % PALETTE.length]! },
      label: { formatter: labels[i]!.join('\n') },
    }));
    // Room for the labels above one another, should most of them fall on one side of the pie.
    const stacked = labels.reduce((h, l) => h + l.length * PIE_LABEL_LINE_HEIGHT + 6, 0);
    const height = Math.max(geometry.minHeight, Math.min(640, Math.ceil(40 + stacked * 0.6)));
    return {
      height,
      option: {
        series: [
          {
            type: 'pie',
            radius: geometry.radius,
            center: ['50%', '50%'],
            startAngle: 90,
            label: { color: TEXT_COLOR, lineHeight: PIE_LABEL_LINE_HEIGHT },
            itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
            data,
          },
        ],
      },
    };
  };
  const drawnKey = new Set(leaves.map((n) => n.name + '\u0000' + (n.parent ?? '')));
  const rows = flatLines(table.lines).map(({ line, parent }) => [
    line.name,
    parent,
    amountCell(line.amount),
    drawnKey.has(line.name + '\u0000' + parent) ? percentOf(toWanyuan(line.amount!), total) : '—',
  ]);
  if (table.total) rows.push([table.total.name, '', amountCell(table.total.amount), '—']);
  const zero = flatLines(table.lines).filter(({ line }) => line.children.length === 0 && line.amount?.value.isZero());
  const blank = flatLines(table.lines).filter(({ line }) => line.children.length === 0 && line.amount === undefined);
  let summary = leaves.map((n) => `${n.name} ${formatMoney(n.money!)}，占 ${percentOf(n.size, total)}`).join('；');
  if (zero.length > 0) summary += `；${zero.map((z) => z.line.name).join('、')}为 0`;
  if (blank.length > 0) summary += `；${blank.map((z) => z.line.name).join('、')}${NOT_PUBLISHED}`;
  return makeView(
    id,
    '资金来源',
    layout,
    { caption: `${table.title ?? '收入'}（占比为占图中合计的比例；金额为 0 的行只列在表中）`, columns: ['名称', '所属', '金额', '占比'], rows },
    `${summary}。`,
  );
}

// ---------------------------------------------------------------------------------------------
// Spending plan

/**
 * Greedy estimate of legend rows, with the text measure the static SVG's legend uses
 * (svg/legend.ts), but a little wider than it lays out (10px between items, not 8; rows 6px
 * narrower): in 4 of 1,005 synthetic and seed reports it reserves a row more than the static SVG
 * draws, room the hydrated chart may need when the browser's font is wider than the measure.
 */
function legendRows(names: string[], width: number): number {
  let rows = 1;
  let x = 0;
  for (const n of names) {
    const w = measureText(n) + 25 + 5 + 10;
    if (x > 0 && x + w > width) {
      rows++;
      x = 0;
    }
    x += w;
  }
  return rows;
}

function spendingPlanChart(id: string, report: Report): ChartView | undefined {
  const projects = report.projects.filter((p) => (p.spending_plan?.length ?? 0) > 0);
  if (projects.length === 0) return undefined;
  const seen = new Map<string, number>();
  // Legend entries are keyed by series name: two projects with one name would merge.
  const names = projects.map((p) => {
    const k = (seen.get(p.name) ?? 0) + 1;
    seen.set(p.name, k);
    return k === 1 ? p.name : `${p.name}（${k}）`;
  });
  const series: LineSeriesOption[] = projects.map((p, i) => {
    const plan = p.spending_plan!.slice().sort((a, b) => a.month - b.month);
    const data: LineItem[] = plan.map((c) => ({ value: [c.month, c.percent.toNumber()], name: c.checkpoint, exact: c.text }));
    return {
      type: 'line',
      name: names[i]!,
      data,
      color: LINE_PALETTE[i % LINE_PALETTE.length]!,
      symbol: LINE_SYMBOLS[i % LINE_SYMBOLS.length]!,
      symbolSize: 8,
      lineStyle: { width: 2 },
    };
  });
  const layout = (width: number): Layout => {
    const legendHeight = legendRows(names, width - 32) * 24;
    return {
      height: 300 + legendHeight,
      option: {
        legend: { bottom: 4, left: 16, right: 16, textStyle: { color: TEXT_COLOR }, data: names },
        grid: { left: 48, right: 24, top: 16, bottom: 40 + legendHeight },
        xAxis: {
          type: 'value',
          min: 1,
          max: 12,
          interval: 1,
          // Twelve "12月" labels do not fit apart in a phone's chart; the months are plain numbers there.
          axisLabel: { formatter: width >= HALF_WIDTH ? '{value}月' : '{value}', color: TEXT_COLOR },
          splitLine: { show: false },
        },
        yAxis: { type: 'value', min: 0, max: 100, interval: 25, axisLabel: { formatter: '{value}%', color: TEXT_COLOR } },
        series,
      },
    };
  };
  // Columns: every month some project has a checkpoint for, named as printed when all agree.
  const months = [...new Set(projects.flatMap((p) => p.spending_plan!.map((c) => c.month)))].sort((a, b) => a - b);
  const columnName = (m: number) => {
    const labels = new Set(projects.flatMap((p) => p.spending_plan!.filter((c) => c.month === m).map((c) => c.checkpoint)));
    return labels.size === 1 ? [...labels][0]! : `${m}月`;
  };
  const tableRows = projects.map((p, i) => [
    names[i]!,
    ...months.map((m) => p.spending_plan!.find((c) => c.month === m)?.text ?? NOT_PUBLISHED),
  ]);
  // Identical plans draw on top of each other, so the summary says which projects share one.
  const groups = new Map<string, string[]>();
  projects.forEach((p, i) => {
    const key = p.spending_plan!
      .slice()
      .sort((a, b) => a.month - b.month)
      .map((c) => `${c.checkpoint} ${c.text}`)
      .join('、');
    groups.set(key, [...(groups.get(key) ?? []), names[i]!]);
  });
  const parts = [...groups].map(([plan, ps]) =>
    ps.length === projects.length && ps.length > 1 ? `都是 ${plan}` : ps.length > 1 ? `${ps.length} 个项目（${ps.join('、')}）为 ${plan}` : `${ps[0]}为 ${plan}`,
  );
  const summary = `${projects.length} 个项目公布了累计支出计划：${parts.join('；')}。`;
  return makeView(
    id,
    '资金支出计划（累计进度）',
    layout,
    { caption: '各项目累计支出进度（照原文）', columns: ['项目', ...months.map(columnName)], rows: tableRows },
    summary,
  );
}

// ---------------------------------------------------------------------------------------------
// Indicators

/** Normalised indicator categories, in display order. */
export const INDICATOR_CATEGORIES = ['产出', '效益', '满意度', '决策', '过程', '履职', '其他'] as const;
export type IndicatorCategory = (typeof INDICATOR_CATEGORIES)[number];

/**
 * Category of an indicator from its level1 name; when level1 is a local name ("项目完成",
 * "基本经费"), the standard level2 names decide (数量/质量/时效/成本 指标 are 产出 indicators in
 * the national framework), else 其他.
 */
export function indicatorCategory(ind: Pick<Indicator, 'level1' | 'level2'>): IndicatorCategory {
  const l1 = ind.level1 ?? '';
  if (l1.includes('产出')) return '产出';
  if (l1.includes('满意')) return '满意度';
  if (l1.includes('效益') || l1.includes('效果')) return '效益';
  if (l1.includes('决策')) return '决策';
  if (l1.includes('过程')) return '过程';
  if (l1.includes('履职')) return '履职';
  const l2 = ind.level2 ?? '';
  if (/数量|质量|时效|成本/.test(l2)) return '产出';
  if (l2.includes('满意')) return '满意度';
  if (/效益|影响/.test(l2)) return '效益';
  return '其他';
}

type TargetClass = 'quantified' | 'qualitative' | 'empty';

function targetClass(ind: Indicator): TargetClass {
  if (ind.target === undefined || ind.target.kind === 'empty') return 'empty';
  return isQuantified(ind.target) ? 'quantified' : 'qualitative';
}

const TARGET_SERIES: { key: TargetClass; name: string; color: string }[] = [
  { key: 'quantified', name: '定量（可衡量）', color: PALETTE[0]! },
  { key: 'qualitative', name: '定性', color: PALETTE[1]! },
  { key: 'empty', name: '未填指标值', color: PALETTE[7]! },
];

/** An integer axis from 0 to at least `max` in at most six 1-2-5 steps. */
function niceScale(max: number): { max: number; step: number } {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const m of [1, 2, 5]) {
      const step = m * magnitude;
      if (max / step <= 6) return { step, max: Math.max(step, Math.ceil(max / step) * step) };
    }
  }
}

function indicatorsChart(id: string, report: Report): ChartView | undefined {
  const all = [...(report.overall?.indicators ?? []), ...report.projects.flatMap((p) => p.indicators)];
  if (all.length === 0) return undefined;
  const counts = new Map<IndicatorCategory, Record<TargetClass, number>>();
  const raw = new Map<IndicatorCategory, Set<string>>();
  for (const ind of all) {
    const c = indicatorCategory(ind);
    const r = counts.get(c) ?? { quantified: 0, qualitative: 0, empty: 0 };
    r[targetClass(ind)]++;
    counts.set(c, r);
    raw.set(c, (raw.get(c) ?? new Set()).add(ind.level1 ?? `（无一级指标）${ind.level2 ?? ''}`));
  }
  const cats = INDICATOR_CATEGORIES.filter((c) => counts.has(c));
  const total = (r: Record<TargetClass, number>) => r.quantified + r.qualitative + r.empty;
  // The axis scale is fixed here so it is known which segments are tall enough for their label.
  const scale = niceScale(Math.max(...cats.map((c) => total(counts.get(c)!))));
  const used = TARGET_SERIES.filter((s) => s.key !== 'empty' || cats.some((c) => counts.get(c)!.empty > 0));
  const layout = (width: number): Layout => {
    const height = width >= HALF_WIDTH ? 360 : 320;
    const legendHeight = legendRows(
      used.map((s) => s.name),
      width - 32,
    ) * 24;
    const top = 16 + legendHeight;
    const plotHeight = height - top - 28;
    const series: BarSeriesOption[] = used.map((s) => ({
      type: 'bar',
      name: s.name,
      stack: 'count',
      color: s.color,
      barMaxWidth: 56,
      label: { show: true, position: 'inside', color: labelColorOn(s.color) },
      data: cats.map((c): BarItem => {
        const n = counts.get(c)![s.key];
        // A count of 0 is a real zero (not a blank) but has no segment to label; thin segments
        // would spill their label onto the next one (the table and tooltip still give the count).
        return { value: n, exact: `${n} 条`, label: { show: n > 0 && (n / scale.max) * plotHeight >= 16 } };
      }),
    }));
    return {
      height,
      option: {
        legend: { top: 4, textStyle: { color: TEXT_COLOR }, data: used.map((s) => s.name) },
        grid: { left: 40, right: 16, top, bottom: 28 },
        xAxis: { type: 'category', data: [...cats], axisLabel: { color: TEXT_COLOR }, axisTick: { show: false } },
        yAxis: { type: 'value', min: 0, max: scale.max, interval: scale.step, axisLabel: { color: TEXT_COLOR } },
        series,
      },
    };
  };
  const rows = cats.map((c) => {
    const r = counts.get(c)!;
    return [c, [...raw.get(c)!].join('、'), ...used.map((s) => String(r[s.key])), String(total(r))];
  });
  const grand = { quantified: 0, qualitative: 0, empty: 0 };
  for (const r of counts.values()) for (const k of ['quantified', 'qualitative', 'empty'] as const) grand[k] += r[k];
  rows.push(['合计', '', ...used.map((s) => String(grand[s.key])), String(all.length)]);
  const scope =
    (report.overall?.indicators?.length ?? 0) > 0 && report.projects.some((p) => p.indicators.length > 0)
      ? '整体和项目'
      : (report.overall?.indicators?.length ?? 0) > 0
        ? '整体'
        : '项目';
  const quantShare = percentOf(new Decimal(grand.quantified), new Decimal(all.length));
  const summary =
    `共 ${all.length} 条${scope}绩效指标，其中定量 ${grand.quantified} 条（${quantShare}）：` +
    cats.map((c) => `${c} ${total(counts.get(c)!)} 条（定量 ${counts.get(c)!.quantified}）`).join('、') +
    (grand.empty > 0 ? `；${grand.empty} 条未填指标值` : '') +
    '。';
  return makeView(
    id,
    '绩效指标：类别与是否定量',
    layout,
    {
      caption: `绩效指标按一级指标归类（${scope}指标；定量 = 指标值是可衡量的数值、区间或时限）`,
      columns: ['类别', '原文一级指标', ...used.map((s) => s.name), '合计'],
      rows,
    },
    summary,
  );
}

// ---------------------------------------------------------------------------------------------

/**
 * Render every chart the report has data for. Each chart's SVG is rendered once, here, at build
 * time; call this from `getStaticPaths` or a page's frontmatter, not in the browser.
 */
export function reportCharts(report: Report, options: ReportChartsOptions = {}): ChartViews {
  const prefix = options.idPrefix ?? '';
  const views: ChartViews = {};
  const income = incomeChart(`${prefix}chart-income`, report);
  if (income) views.income = income;
  const spending = spendingFromTable(report) ?? spendingFromProjects(report.projects);
  if (spending) {
    views.spending = spendingChart(`${prefix}chart-spending`, spending);
    views.spendingBars = spendingBarsChart(`${prefix}chart-spending-bars`, spending);
  }
  const plan = spendingPlanChart(`${prefix}chart-spending-plan`, report);
  if (plan) views.spendingPlan = plan;
  const indicators = indicatorsChart(`${prefix}chart-indicators`, report);
  if (indicators) views.indicators = indicators;
  return views;
}
