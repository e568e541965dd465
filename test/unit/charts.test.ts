/**
 * Charts: which charts a report gets, that labels and tables carry the exact published amounts,
 * that rendering is deterministic and escapes document text, and that missing data draws nothing.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { parseSource } from '../../src/declaration/yaml-source.ts';
import { report as reportSchema, type ReportDecl } from '../../src/model/schema.ts';
import { buildReport, type BudgetLine, type Report } from '../../src/model/report.ts';
import { formatMoney } from '../../src/model/money.ts';
import { reportCharts, indicatorCategory, NOT_PUBLISHED, type ChartViews } from '../../src/charts/report-charts.ts';
import { jsonForScript, type ChartVariant, type ChartView } from '../../src/charts/chart-view.ts';
import { chartHtml, variantClass } from '../../src/charts/chart-html.ts';
import { CHART_FONT_SIZE, CHART_WIDTHS, MIN_TEXT_PX, PALETTE, TEXT_COLOR, contrastRatio, labelColorOn, renderSvg, variantMinWidth } from '../../src/charts/render.ts';
import { minimalDecl } from './report-decl.ts';

const EVIL = '<script>alert(1)</script>';

/** A report with every kind of data, including a blank cell, published zeros and hostile text. */
const full: ReportDecl = {
  ...minimalDecl,
  overall: {
    income: {
      title: '收入',
      total: { name: '资金总额', amount: '6,431.71' },
      lines: [
        { name: '财政拨款', amount: '6,400.00', children: [{ name: '一般公共预算资金', amount: '6,400.00' }, { name: '政府性基金', amount: '0' }] },
        { name: EVIL, amount: '31.71' },
        { name: '上年结转', amount: null },
      ],
    },
    expenditure: {
      lines: [
        { name: '基本支出', kind: '基本支出', amount: '4223.31' },
        {
          name: '项目支出',
          kind: '项目支出',
          amount: '2208.40',
          children: [
            { name: '代表活动经费', amount: '2200.40' },
            { name: '联网运维', amount: '8' },
            { name: '空白项目', amount: null },
            { name: '零元项目', amount: '0.00' },
          ],
        },
      ],
    },
    indicators: [
      { level1: '产出指标', level2: '数量指标', value: '≥3次' },
      { level1: '效益指标', level2: '社会效益指标', value: '显著提升' },
      { level1: '满意度指标', level2: '服务对象满意度指标', full_year: '≥90%' },
      { level1: '项目完成', level2: '时效指标', value: '2024年12月31日前' },
      { level1: '决策', level2: '项目立项', value: '规范' },
      { level1: '基本经费' },
    ],
  },
  projects: [
    {
      id: 'daibiao',
      name: '代表活动经费',
      budget: { total: '2200.40' },
      spending_plan: [
        { checkpoint: '6月底', month: 6, cumulative: '60%' },
        { checkpoint: '3月底', month: 3, cumulative: '30%' },
        { checkpoint: '12月底', month: 12, cumulative: '100%' },
      ],
      indicators: [{ level1: '产出指标', level2: '质量指标', value: '100%' }],
    },
    { id: 'yunwei', name: '联网运维', budget: { total: '8' } },
  ],
};

/** Only project tables: no overall, no plans, no indicators. */
const projectsOnly: ReportDecl = {
  ...minimalDecl,
  projects: [
    { id: 'a', name: '人大会议经费', budget: { total: '30' } },
    { id: 'b', name: '代表建议办理经费', budget: { total: '100.50' } },
    { id: 'c', name: '预算未公开的项目', budget: { total: null } },
    { id: 'd', name: '没有预算栏的项目' },
  ],
};

/** Tables that exist but whose cells are all blank: nothing to draw. */
const blanks: ReportDecl = {
  ...minimalDecl,
  overall: {
    income: { lines: [{ name: '财政拨款', amount: null }] },
    expenditure: { lines: [{ name: '基本支出', amount: null }, { name: '项目支出', children: [{ name: '某项目', amount: null }] }] },
  },
  projects: [{ id: 'x', name: '某项目', spending_plan: [] }],
};

function keys(v: ChartViews): string[] {
  return Object.keys(v).sort();
}

function timed(r: Report): { views: ChartViews; ms: number } {
  const t = performance.now();
  const views = reportCharts(r);
  return { views, ms: performance.now() - t };
}

/** Leaves of a budget table with a published non-zero amount: what the bar chart must label. */
function drawnLeaves(lines: BudgetLine[]): BudgetLine[] {
  return lines.flatMap((l) => {
    const kids = drawnLeaves(l.children);
    if (kids.length > 0) return kids;
    return l.amount && !l.amount.value.isZero() ? [l] : [];
  });
}

/** The static SVG of every variant of `c` (which must exist and have one per layout width). */
function svgsOf(c: ChartView | undefined): string[] {
  expect(c?.variants.map((v) => v.width)).toEqual(CHART_WIDTHS);
  return c!.variants.map((v) => v.svg);
}

function checkCommon(c: ChartView): void {
  for (const v of c.variants) {
    expect(v.svg.startsWith(`<svg role="img" aria-label="`)).toBe(true);
    expect(v.svg).toContain(`viewBox="0 0 ${v.width} ${v.height}"`);
    expect(v.svg).not.toMatch(/<script/i);
    // No text smaller than the chart font: scaled into its container it stays legible (see below).
    for (const m of v.svg.matchAll(/font-size="([\d.]+)"/g)) expect(Number(m[1])).toBeGreaterThanOrEqual(CHART_FONT_SIZE);
    expect(() => JSON.parse(v.option)).not.toThrow();
    expect(jsonForScript(v.option)).not.toMatch(/<\/script/i);
  }
  expect(c.summary.length).toBeGreaterThan(0);
  expect(c.table.rows.length).toBeGreaterThan(0);
  for (const row of c.table.rows) expect(row.length).toBe(c.table.columns.length);
  // No float artefacts anywhere a reader sees text.
  for (const text of [c.summary, ...c.table.rows.flat()]) expect(text).not.toMatch(/\d\.\d{6,}/);
}

describe('hand-built report with every kind of data', () => {
  const r = buildReport('test/full', full);
  const { views, ms } = timed(r);
  console.log(`charts for test/full: ${ms.toFixed(1)} ms (${keys(views).length} charts)`);

  it('has every chart', () => {
    expect(keys(views)).toEqual(['income', 'indicators', 'spending', 'spendingBars', 'spendingPlan']);
    for (const c of Object.values(views)) checkCommon(c);
  });

  it('labels carry the exact published amounts with thousands separators', () => {
    for (const svg of svgsOf(views.spendingBars)) expect(svg).toContain('4,223.31 万元');
    for (const svg of svgsOf(views.spendingBars)) expect(svg).toContain('2,200.40 万元');
    for (const svg of svgsOf(views.spendingBars)) expect(svg).toContain('>8 万元<');
    for (const svg of svgsOf(views.spending)) expect(svg).toContain('4,223.31 万元');
    for (const svg of svgsOf(views.spending)) expect(svg).toContain('项目支出  2,208.40 万元');
    for (const svg of svgsOf(views.income)) expect(svg).toContain('6,400.00 万元');
    expect(views.spending!.summary).toBe('基本支出 4,223.31 万元，占 65.7%；项目支出 2,208.40 万元，占 34.3%（2 项，最多为代表活动经费 2,200.40 万元）。');
  });

  it('escapes document text in the SVG and in the option JSON', () => {
    // The full-width label keeps the name on one line; narrower ones may wrap it.
    expect(views.income!.variants.at(-1)!.svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    for (const v of views.income!.variants) {
      expect(v.svg).not.toContain(EVIL);
      expect(v.svg).not.toContain('<script');
      expect(jsonForScript(v.option)).toContain('<\\/script>');
      expect(JSON.parse(jsonForScript(v.option))).toEqual(JSON.parse(v.option));
    }
  });

  it('draws no blank and no zero, but lists both in the table', () => {
    const income = views.income!;
    for (const svg of svgsOf(income)) expect(svg).not.toContain('上年结转');
    for (const svg of svgsOf(income)) expect(svg).not.toContain('政府性基金');
    expect(income.table.rows).toContainEqual(['上年结转', '', NOT_PUBLISHED, '—']);
    expect(income.table.rows).toContainEqual(['政府性基金', '财政拨款', '0 万元', '—']);
    expect(income.table.rows).toContainEqual(['资金总额', '', '6,431.71 万元', '—']);
    for (const svg of svgsOf(views.spendingBars)) expect(svg).not.toContain('空白项目');
    for (const svg of svgsOf(views.spendingBars)) expect(svg).not.toContain('零元项目');
    expect(views.spending!.table.rows).toContainEqual(['空白项目', '项目支出', NOT_PUBLISHED, '—']);
    expect(views.spending!.table.rows).toContainEqual(['零元项目', '项目支出', '0.00 万元', '—']);
  });

  it('spending plan: months in order, published text in the table', () => {
    const plan = views.spendingPlan!;
    expect(plan.table.columns).toEqual(['项目', '3月底', '6月底', '12月底']);
    expect(plan.table.rows).toEqual([['代表活动经费', '30%', '60%', '100%']]);
    expect(plan.summary).toBe('1 个项目公布了累计支出计划：代表活动经费为 3月底 30%、6月底 60%、12月底 100%。');
  });

  it('indicators: categories, quantified vs qualitative, whole-unit and project indicators', () => {
    const t = views.indicators!.table;
    expect(t.columns).toEqual(['类别', '原文一级指标', '定量（可衡量）', '定性', '未填指标值', '合计']);
    expect(t.rows).toEqual([
      ['产出', '产出指标、项目完成', '3', '0', '0', '3'],
      ['效益', '效益指标', '0', '1', '0', '1'],
      ['满意度', '满意度指标', '1', '0', '0', '1'],
      ['决策', '决策', '0', '1', '0', '1'],
      ['其他', '基本经费', '0', '0', '1', '1'],
      ['合计', '', '4', '2', '1', '7'],
    ]);
  });

  it('is byte-identical across renders', () => {
    expect(JSON.stringify(reportCharts(buildReport('test/full', full)))).toBe(JSON.stringify(views));
  });

  it('prefixes ids for pages with several reports', () => {
    const v = reportCharts(r, { idPrefix: 'r1-' });
    expect(v.spending!.id).toBe('r1-chart-spending');
    // Any id or class inside a chart's SVG starts with the chart's id (the static renderer writes
    // an id only for a line chart's clip path; static-svg.test.ts checks that one).
    for (const c of Object.values(v)) {
      expect(c.id.startsWith('r1-')).toBe(true);
      const ids = c.variants.flatMap((x: ChartVariant) => [...x.svg.matchAll(/\bid="([^"]*)"/g)].map((m) => m[1]!));
      // The variants share the page: their ids differ.
      expect(new Set(ids).size).toBe(ids.length);
      for (const m of c.variants.flatMap((x: ChartVariant) => [...x.svg.matchAll(/\b(?:id|class)="([^"]*)"/g)])) expect(m[1]!.startsWith(`${c.id}-`)).toBe(true);
    }
  });
});

describe('missing data yields no chart', () => {
  it('a report with only project tables gets project-budget spending charts only', () => {
    const v = reportCharts(buildReport('test/projects-only', projectsOnly));
    expect(keys(v)).toEqual(['spending', 'spendingBars']);
    for (const svg of svgsOf(v.spendingBars)) expect(svg).toContain('100.50 万元');
    for (const svg of svgsOf(v.spendingBars)) expect(svg).toContain('>30 万元<');
    for (const svg of svgsOf(v.spendingBars)) expect(svg).not.toContain('预算未公开的项目');
    expect(v.spending!.table.rows).toContainEqual(['预算未公开的项目', '', NOT_PUBLISHED, '—']);
    expect(v.spending!.table.rows).toContainEqual(['没有预算栏的项目', '', NOT_PUBLISHED, '—']);
  });

  it('tables of blank cells and an empty plan draw nothing', () => {
    expect(keys(reportCharts(buildReport('test/blanks', blanks)))).toEqual([]);
  });

  it('a report with nothing but its header has no charts', () => {
    expect(keys(reportCharts(buildReport('test/empty', { ...minimalDecl })))).toEqual([]);
  });
});

describe('treemap labels', () => {
  // One large line and many small ones with long amounts: the small ones get thin rectangles.
  const skewed: ReportDecl = {
    ...minimalDecl,
    overall: {
      expenditure: {
        lines: [
          { name: '基本支出', amount: '90,000.00' },
          {
            name: '项目支出',
            amount: '12,345.67',
            children: Array.from({ length: 14 }, (_, i) => ({ name: `项目${i + 1}`, amount: `${(1000 - i * 70).toFixed(2)}` })),
          },
        ],
      },
    },
  };
  type Item = { exact: string; label?: { show: boolean }; upperLabel?: { formatter: string }; children?: Item[] };

  it('show a leaf only with its whole amount, and a parent with its amount only when it fits', () => {
    // Each width has its own rectangles, so its own choice of labels.
    for (const v of reportCharts(buildReport('test/skewed', skewed)).spending!.variants) {
      const items = (JSON.parse(v.option) as { series: { data: Item[] }[] }).series[0]!.data;
      const leaves = items.flatMap((i) => i.children ?? [i]);
      const shown = leaves.filter((l) => l.label?.show);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.length).toBeLessThan(leaves.length);
      // A shown label is drawn whole: its amount is a text line of its own, not cut.
      for (const l of shown) expect(v.svg).toContain(`>${l.exact}<`);
      for (const p of items.filter((i) => i.children)) {
        if (p.upperLabel!.formatter.includes(p.exact)) expect(v.svg).toContain(p.exact);
      }
    }
  });

  it('keep the amount in a parent label that has room for it', () => {
    const v = reportCharts(buildReport('test/full', full)).spending!;
    for (const svg of svgsOf(v)) expect(svg).toContain('项目支出  2,208.40 万元');
  });
});

describe('rendering', () => {
  it('escapes a <script> label inside the SVG', () => {
    const svg = renderSvg('t', EVIL, { xAxis: { type: 'category', data: [EVIL] }, yAxis: { type: 'value' }, series: [{ type: 'bar', data: [1] }] }, { width: 720, height: 360 });
    expect(svg).not.toContain(EVIL);
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('aria-label="&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('lays a chart out as a figure: caption, one SVG per width, summary, data table with numbers right-aligned, and its options safe inside <script>', () => {
    const chart: ChartView = {
      id: 'chart-x',
      title: EVIL,
      variants: [
        { width: 340, height: 300, svg: '<svg role="img" id="a"></svg>', option: JSON.stringify({ name: '</script><!--' }) },
        { width: 720, height: 360, svg: '<svg role="img" id="b"></svg>', option: JSON.stringify({ name: 'b' }) },
      ],
      table: { caption: '表', columns: ['名称', '金额'], rows: [[EVIL, '1,234.50 万元'], ['其他', '—']] },
      summary: '一句话',
    };
    const html = chartHtml(chart);
    expect(html).not.toContain(EVIL);
    expect(html).toMatch(/^<figure id="chart-x" class="chart" data-chart><figcaption class="chart-title">&lt;script&gt;/);
    expect(html).toContain(
      '<div class="chart-canvas" data-chart-canvas>' +
        '<div class="chart-variant chart-w340" data-chart-variant data-chart-width="340" data-chart-height="300"><svg role="img" id="a"></svg></div>' +
        '<div class="chart-variant chart-w720" data-chart-variant data-chart-width="720" data-chart-height="360"><svg role="img" id="b"></svg></div>' +
        '</div><p class="chart-summary">一句话</p>',
    );
    expect(html).toContain('<tr><th scope="row">&lt;script&gt;alert(1)&lt;/script&gt;</th><td class="num">1,234.50 万元</td></tr><tr><th scope="row">其他</th><td>—</td></tr>');
    const script = /<script type="application\/json" data-chart-option>(.*?)<\/script><\/figure>$/.exec(html);
    expect(JSON.parse(script![1]!)).toEqual([{ name: '</script><!--' }, { name: 'b' }]);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  it('shows each width only where its text, scaled to the chart, stays at 11px or more: Chart.astro agrees with render.ts', () => {
    expect(CHART_WIDTHS).toEqual([...CHART_WIDTHS].sort((a, b) => a - b));
    const css = readFileSync(fileURLToPath(new URL('../../src/components/Chart.astro', import.meta.url)), 'utf8');
    // Every width but the narrowest appears from its own container query on, and the one below it hides there.
    expect([...css.matchAll(/@container \(min-width: (\d+)px\)/g)].map((m) => Number(m[1]))).toEqual(CHART_WIDTHS.slice(1).map(variantMinWidth));
    for (const [i, w] of CHART_WIDTHS.entries()) {
      expect(css).toContain(`.${variantClass(w)} {`);
      if (i > 0) expect((variantMinWidth(w) / w) * CHART_FONT_SIZE).toBeGreaterThanOrEqual(MIN_TEXT_PX);
      // Shown up to the next width's threshold, so scaled up at most this much.
      const next = CHART_WIDTHS[i + 1];
      if (next) expect(variantMinWidth(next)).toBeGreaterThan(w);
    }
    // A 360px phone gives a chart 328px: the narrowest layout is legible there.
    expect((328 / CHART_WIDTHS[0]!) * CHART_FONT_SIZE).toBeGreaterThanOrEqual(MIN_TEXT_PX);
  });

  it('label colours reach WCAG AA on every fill', () => {
    for (const c of PALETTE) expect(contrastRatio(c, labelColorOn(c))).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(TEXT_COLOR, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('normalises indicator categories', () => {
    expect(indicatorCategory({ level1: '产出指标' })).toBe('产出');
    expect(indicatorCategory({ level1: '项目效益' })).toBe('效益');
    expect(indicatorCategory({ level1: '满意度指标' })).toBe('满意度');
    expect(indicatorCategory({ level1: '履职' })).toBe('履职');
    expect(indicatorCategory({ level1: '过程' })).toBe('过程');
    expect(indicatorCategory({ level1: '项目完成', level2: '数量指标' })).toBe('产出');
    expect(indicatorCategory({ level1: '基本经费', level2: '其他' })).toBe('其他');
  });
});

// ---- the transcribed reports, when they are there ----

const dir = fileURLToPath(new URL('../../content/reports/2024/', import.meta.url));
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : [];

/** Charts each transcribed report should get, from what its document publishes. */
const EXPECTED: Record<string, string[]> = {
  '130281-zunhua-renda-budget.yaml': ['indicators', 'spending', 'spendingBars', 'spendingPlan'],
  '320200-wuxi-renda-budget.yaml': ['income', 'indicators', 'spending', 'spendingBars'],
  '440881-lianjiang-renda-budget.yaml': ['income', 'indicators', 'spending', 'spendingBars'],
  '510411-renhe-renda-budget.yaml': ['indicators', 'spending', 'spendingBars'],
  '640502-shapotou-renda-budget.yaml': ['indicators', 'spending', 'spendingBars'],
};

describe.skipIf(files.length === 0)('transcribed reports in content/reports/2024', () => {
  for (const f of files) {
    it(f, () => {
      // parseSource keeps every number's source text ("83.00"), as the site's loader does.
      const src = parseSource(f, readFileSync(dir + f, 'utf8'));
      const r = buildReport(`2024/${f.replace(/\.yaml$/, '')}`, reportSchema.parse(src.data));
      const { views, ms } = timed(r);
      const n = keys(views).length;
      console.log(`charts for ${f}: ${ms.toFixed(1)} ms for ${n} charts (${(ms / Math.max(n, 1)).toFixed(1)} ms per chart): ${keys(views).join(', ')}`);
      if (EXPECTED[f]) expect(keys(views)).toEqual(EXPECTED[f]);
      for (const c of Object.values(views)) checkCommon(c);

      // Every drawn leaf is labelled with its exact amount in the bar chart.
      const exp = r.overall?.expenditure;
      const amounts = exp
        ? drawnLeaves(exp.lines).map((l) => formatMoney(l.amount!))
        : r.projects.flatMap((p) => (p.budget?.total && !p.budget.total.value.isZero() ? [formatMoney(p.budget.total)] : []));
      for (const a of amounts) for (const svg of svgsOf(views.spendingBars)) expect(svg).toContain(`>${a}<`);
      const inc = r.overall?.income;
      if (inc) for (const l of drawnLeaves(inc.lines)) for (const svg of svgsOf(views.income)) expect(svg).toContain(formatMoney(l.amount!));

      // The spending plan exists exactly when some project publishes one.
      expect(views.spendingPlan !== undefined).toBe(r.projects.some((p) => (p.spending_plan?.length ?? 0) > 0));
      expect(JSON.stringify(reportCharts(r))).toBe(JSON.stringify(views));
    });
  }
});
