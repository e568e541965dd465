/**
 * The static SVG renderer (src/charts/svg/): layouts (treemap areas, bar lengths and order, pie
 * angles and labels, axis scales), text fitting (figures never cut), escaping, determinism and
 * the rejection of options it does not draw.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { renderSvg, PALETTE, FONT_FAMILY, type ChartOption } from '../../src/charts/render.ts';

/** The size ECharts' default layout figures below are for. */
const SIZE = { width: 720, height: 360 };
import { treemapLayout, type TreemapInput, type TreemapRect } from '../../src/charts/svg/treemap-layout.ts';
import { layoutPieLabels, pieSlices } from '../../src/charts/svg/pie-layout.ts';
import { niceNumber, tickLabel, valueScale } from '../../src/charts/svg/axis-scale.ts';
import { measureText, truncateLine, wrapText } from '../../src/charts/svg/text-measure.ts';
import { columnWidths } from '../../src/charts/svg/bar.ts';

const EVIL = '<script>alert("x") & \'y\'</script>';

/** Rectangles `<path d="Mx yhWvHh-WZ" fill="…"/>` of an SVG, in document order. */
function rects(svg: string): { x: number; y: number; w: number; h: number; fill: string }[] {
  return [...svg.matchAll(/<path d="M(-?[\d.]+) (-?[\d.]+)h([\d.]+)v([\d.]+)h-[\d.]+Z" fill="([^"]+)"\/>/g)].map((m) => ({
    x: +m[1]!,
    y: +m[2]!,
    w: +m[3]!,
    h: +m[4]!,
    fill: m[5]!,
  }));
}

function leaf(value: number): TreemapInput {
  return { value, borderWidth: 0, gapWidth: 0, upperLabelHeight: 0, children: [] };
}

function flatten<T extends TreemapInput>(rs: TreemapRect<T>[]): TreemapRect<T>[] {
  return rs.flatMap((r) => [r, ...flatten(r.children)]);
}

describe('treemap layout', () => {
  it('gives each leaf an area proportional to its value, inside the box, without overlaps', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 30 }), (values) => {
        const [W, H] = [720, 360];
        const rs = treemapLayout(values.map(leaf), 0, 0, W, H);
        const total = values.reduce((a, b) => a + b, 0);
        // Children below 10 px² are left out, as in ECharts; the others share the whole box.
        const drawn = rs.reduce((s, r) => s + r.node.value, 0);
        for (const r of rs) {
          expect(r.x).toBeGreaterThanOrEqual(-1e-6);
          expect(r.y).toBeGreaterThanOrEqual(-1e-6);
          expect(r.x + r.width).toBeLessThanOrEqual(W + 1e-6);
          expect(r.y + r.height).toBeLessThanOrEqual(H + 1e-6);
          expect(r.width * r.height).toBeCloseTo((r.node.value / drawn) * W * H, 3);
        }
        for (const v of values) if ((v / total) * W * H >= 10) expect(rs.some((r) => r.node.value === v)).toBe(true);
        for (let i = 0; i < rs.length; i++)
          for (let j = i + 1; j < rs.length; j++) {
            const [a, b] = [rs[i]!, rs[j]!];
            const overlap = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
            expect(overlap).toBeLessThan(1e-6);
          }
      }),
    );
  });

  it('lays out the biggest first and keeps squarified cells near square', () => {
    const rs = treemapLayout([leaf(1), leaf(6), leaf(2), leaf(6), leaf(3), leaf(4)], 0, 0, 600, 400);
    expect(rs.map((r) => r.node.value)).toEqual([6, 6, 4, 3, 2, 1]);
    // The classic Bruls et al. example: no cell worse than 1:3.
    for (const r of rs) expect(Math.max(r.width / r.height, r.height / r.width)).toBeLessThan(3);
  });

  it('puts children under their parent’s label band, inside the parent', () => {
    const parent: TreemapInput = { value: 10, borderWidth: 0, gapWidth: 1, upperLabelHeight: 22, children: [leaf(7), leaf(3)] };
    const [p] = treemapLayout([parent, leaf(10)], 0, 0, 720, 360).filter((r) => r.node === parent);
    for (const c of p!.children) {
      expect(c.y).toBeGreaterThanOrEqual(p!.y + 22 - 1e-6);
      expect(c.x).toBeGreaterThanOrEqual(p!.x - 1e-6);
      expect(c.x + c.width).toBeLessThanOrEqual(p!.x + p!.width + 1e-6);
      expect(c.y + c.height).toBeLessThanOrEqual(p!.y + p!.height + 1e-6);
    }
    const [a, b] = p!.children;
    expect((a!.width + 1) * (a!.height + 1)).toBeCloseTo(((b!.width + 1) * (b!.height + 1) * 7) / 3, 1);
    expect(flatten([p!]).length).toBe(3);
  });
});

describe('bars', () => {
  const values = [4223.31, 2200.4, 876.6, 8];
  const option: ChartOption = {
    grid: { left: 8, right: 120, top: 8, bottom: 8 },
    xAxis: { type: 'value', show: false, min: 0 },
    yAxis: { type: 'category', inverse: true, data: ['甲', '乙', '丙', '丁'], axisTick: { show: false }, axisLine: { show: false }, axisLabel: { width: 230, overflow: 'break', lineHeight: 14 } },
    series: [{ type: 'bar', name: '金额', barMaxWidth: 22, label: { show: true, position: 'right' }, data: values.map((value) => ({ value, label: { formatter: `${value} 万元` } })) }],
  };

  it('draws lengths proportional to values, in category order from the top, inside the chart', () => {
    const svg = renderSvg('b', 'bars', option, { width: 720, height: 160 });
    const bars = rects(svg);
    expect(bars).toHaveLength(values.length);
    const scale = bars[0]!.w / values[0]!;
    bars.forEach((b, i) => {
      expect(b.w).toBeCloseTo(values[i]! * scale, 0);
      expect(b.x).toBe(bars[0]!.x);
      expect(b.h).toBe(22);
      expect(b.x + b.w).toBeLessThanOrEqual(720 - 120 + 0.1);
      if (i > 0) expect(b.y).toBeGreaterThan(bars[i - 1]!.y);
      expect(b.fill).toBe(PALETTE[0]);
    });
    // Labels are whole text nodes, right of their bars.
    for (const v of values) expect(svg).toContain(`>${v} 万元<`);
    // The category labels (width 230) fit left of the plot: ECharts' grid shrinks to 8 + 230 + 3.
    expect(bars[0]!.x).toBe(241);
  });

  it('stacks series and shares bands as ECharts does', () => {
    const svg = renderSvg('s', 'stack', {
      xAxis: { type: 'category', data: ['a', 'b'] },
      yAxis: { type: 'value', min: 0, max: 10, interval: 5 },
      series: [
        { type: 'bar', stack: 'n', color: '#111111', data: [2, 4] },
        { type: 'bar', stack: 'n', color: '#222222', data: [3, 0] },
      ],
    }, SIZE);
    const [a1, b1, a2] = rects(svg).filter((r) => r.fill === '#111111' || r.fill === '#222222');
    // ECharts' default grid: plot from y 65 to 360 − 80 = 280, so 1 unit is 21.5px on 0..10.
    expect(a1!.y + a1!.h).toBeCloseTo(280, 0);
    expect(a1!.h).toBeCloseTo(2 * 21.5, 0);
    // The second segment starts where the first ends.
    expect(a2!.y + a2!.h).toBeCloseTo(a1!.y, 0);
    expect(a2!.h / a1!.h).toBeCloseTo(3 / 2, 1);
    expect(b1!.h / a1!.h).toBeCloseTo(2, 1);
    // One column per band: 31% of the band left between categories.
    expect(columnWidths(100, [{}])[0]).toBeCloseTo(69);
    expect(columnWidths(100, [{ maxWidth: 22 }])[0]).toBe(22);
  });
});

describe('pie', () => {
  it('slices sum to 360°, clockwise from 12 o’clock, in proportion', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 12 }), (values) => {
        const slices = pieSlices(values, 90);
        const total = values.reduce((a, b) => a + b, 0);
        expect(slices[0]!.startAngle).toBeCloseTo(-Math.PI / 2, 9);
        expect(slices[slices.length - 1]!.endAngle - slices[0]!.startAngle).toBeCloseTo(2 * Math.PI, 9);
        slices.forEach((s, i) => {
          expect(s.endAngle - s.startAngle).toBeCloseTo((values[i]! / total) * 2 * Math.PI, 9);
          if (i > 0) expect(s.startAngle).toBe(slices[i - 1]!.endAngle);
        });
      }),
    );
  });

  it('keeps crowded outside labels apart and inside the chart', () => {
    const values = [5000, 300, 40, 20, 12, 8, 5, 3, 2];
    const slices = pieSlices(values, 90);
    const inputs = slices.map((slice) => ({ slice, width: 120, height: 32, constrain: () => 120 }));
    const g = { cx: 360, cy: 180, r: 115.2, view: { x: 0, y: 0, width: 720, height: 360 }, len: 15, len2: 30, distance: 5, bleedMargin: 10 };
    const placed = layoutPieLabels(inputs, values, g);
    const shown = placed.filter((p) => p !== undefined);
    expect(shown.length).toBe(values.length);
    const boxes = shown.map((p) => ({ x: p.anchor === 'start' ? p.x : p.x - p.width, y: p.y - p.height / 2, w: p.width, h: p.height }));
    for (const b of boxes) {
      expect(b.y).toBeGreaterThanOrEqual(-1);
      expect(b.y + b.h).toBeLessThanOrEqual(361);
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(720);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y + 0.01 || b.y + b.h <= a.y + 0.01;
        expect(apart).toBe(true);
      }
  });

  it('draws one sector per item and the label text as published', () => {
    const svg = renderSvg('p', 'pie', {
      series: [
        {
          type: 'pie',
          radius: ['38%', '64%'],
          startAngle: 90,
          label: { color: '#222222', lineHeight: 16 },
          data: [
            { name: 'a', value: 3, label: { formatter: 'a\n3 万元（75.0%）' } },
            { name: 'b', value: 1, label: { formatter: 'b\n1 万元（25.0%）' } },
          ],
        },
      ],
    }, SIZE);
    expect(svg.match(/<path d="M[^"]*A[^"]*" fill="#/g)).toHaveLength(2);
    expect(svg).toContain('>3 万元（75.0%）<');
    expect(svg).toContain('>b<');
  });
});

describe('axis scale', () => {
  it('widens an open end to a nice multiple, keeps fixed ends', () => {
    expect(valueScale(0, 732.97)).toEqual({ min: 0, max: 800, ticks: [0, 100, 200, 300, 400, 500, 600, 700, 800] });
    expect(valueScale(0, 1).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(valueScale(0, 3, { min: 0, max: 100, interval: 25 }).ticks).toEqual([0, 25, 50, 75, 100]);
    expect([0.14, 0.2, 0.3, 0.6, 0.9, 1234].map(niceNumber)).toEqual([0.1, 0.2, 0.3, 0.5, 1, 1000]);
    expect(tickLabel(12000)).toBe('12,000');
    expect(tickLabel(0.30000000000000004)).toBe('0.3');
  });
});

describe('text fitting', () => {
  it('never cuts a figure: the line is cut before it, or dropped', () => {
    expect(truncateLine('人代会会议经费', 80, '…')).toBe('人代会会议…');
    expect(truncateLine('项目支出  2,208.40 万元', 100, '…')).toBe('项目支出…');
    expect(truncateLine('1,144.94 万元', 50, '…')).toBeUndefined();
    expect(truncateLine('2024年会议经费', 60, '…')).toBe('2024年…');
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 300 }), (name, cents, width) => {
        const amount = `${(cents / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} 万元`;
        const out = truncateLine(`${name} ${amount}`, width, '…');
        if (out === undefined) return;
        // Either the whole figure is there, or none of it is.
        expect(out.includes(amount) || !out.slice(name.length).match(/\d/)).toBe(true);
        expect(measureText(out)).toBeLessThanOrEqual(Math.max(width, measureText(`${name} ${amount}`)));
      }),
    );
  });

  it('wraps CJK between characters and Latin between words', () => {
    expect(wrapText('一二三四五六七八九十', 60)).toEqual(['一二三四五', '六七八九十']);
    expect(wrapText('alpha beta gamma', 60)).toEqual(['alpha beta', 'gamma']);
    for (const line of wrapText('一个非常非常长的项目名称需要换行显示才能完整地看到全部文字', 230)) expect(measureText(line)).toBeLessThanOrEqual(230);
  });
});

describe('the SVG document', () => {
  const treemap: ChartOption = {
    series: [
      {
        type: 'treemap',
        breadcrumb: { show: false },
        left: 0,
        right: 0,
        top: 0,
        bottom: 0,
        label: { show: true, overflow: 'truncate', ellipsis: '…', lineHeight: 16 },
        upperLabel: { show: false, height: 22 },
        data: [
          { name: EVIL, value: 5, itemStyle: { color: '#0072B2', borderColor: '#ffffff', borderWidth: 1 }, label: { show: true, color: '#ffffff', formatter: `${EVIL}\n5 万元` } },
          {
            name: 'A & B',
            value: 3,
            itemStyle: { color: '#E69F00', borderColor: '#E69F00', gapWidth: 1 },
            upperLabel: { show: true, height: 22, color: '#000000', formatter: 'A & B  3 万元' },
            children: [{ name: '"q"', value: 3, itemStyle: { borderColor: '#ffffff', borderWidth: 1 }, label: { show: false } }],
          },
        ],
      },
    ],
  };

  it('starts with the accessible svg element, sized and scalable', () => {
    const svg = renderSvg('t', 'A "title" <b>', treemap, { width: 720, height: 360 });
    expect(svg.startsWith('<svg role="img" aria-label="A &quot;title&quot; &lt;b&gt;" focusable="false" ')).toBe(true);
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* width="720" height="360" viewBox="0 0 720 360"/);
    expect(svg).toContain(`font-family="${FONT_FAMILY}"`);
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('escapes document text and has no scripts, handlers or external references', () => {
    const svg = renderSvg('t', EVIL, treemap, SIZE);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert("x") &amp; \'y\'&lt;/script&gt;');
    expect(svg).toContain('>A &amp; B  3 万元<');
    expect(svg).toContain('aria-label="&lt;script&gt;alert(&quot;x&quot;) &amp; \'y\'&lt;/script&gt;"');
    expect(svg).not.toMatch(/\son[a-z]+=/i);
    expect(svg).not.toMatch(/href|url\((?!#)|<image|<foreignObject|<a\b|<use\b/i);
    // Elements and attributes are only ours: every tag is one the renderer writes.
    for (const m of svg.matchAll(/<([a-zA-Z]+)/g)) expect(['svg', 'path', 'text', 'tspan', 'g', 'defs', 'clipPath']).toContain(m[1]);
  });

  it('is deterministic, and prefixes its only id with the chart id', () => {
    const line: ChartOption = {
      grid: { left: 48, right: 24, top: 16, bottom: 40 },
      xAxis: { type: 'value', min: 1, max: 12, interval: 1, axisLabel: { formatter: '{value}月' } },
      yAxis: { type: 'value', min: 0, max: 100, interval: 25, axisLabel: { formatter: '{value}%' } },
      // 120% lies above the axis: the line is clipped to the plot.
      series: [{ type: 'line', name: 'p', data: [[3, 30], [6, 120]], symbol: 'circle', symbolSize: 8 }],
    };
    const a = renderSvg('r1-chart-plan', 'plan', line, SIZE);
    renderSvg('other', 'other', treemap, SIZE);
    expect(renderSvg('r1-chart-plan', 'plan', line, SIZE)).toBe(a);
    expect(renderSvg('t', 't', treemap, SIZE)).toBe(renderSvg('t', 't', treemap, SIZE));
    expect(a).toContain('<clipPath id="r1-chart-plan-clip">');
    expect(a).toContain('clip-path="url(#r1-chart-plan-clip)"');
    for (const m of a.matchAll(/\b(?:id|class)="([^"]*)"/g)) expect(m[1]!.startsWith('r1-chart-plan-')).toBe(true);
    expect(a).toContain('>100%<');
    expect(a).toContain('>12月<');
  });

  it('rejects options it does not draw', () => {
    const bad: [string, unknown][] = [
      ['scatter series', { series: [{ type: 'scatter', data: [[1, 2]] }], xAxis: { type: 'value' }, yAxis: { type: 'value' } }],
      ['dataZoom', { dataZoom: [{}], series: [{ type: 'bar', data: [1] }], xAxis: { type: 'category', data: ['a'] }, yAxis: { type: 'value' } }],
      ['unknown series key', { series: [{ type: 'bar', data: [1], markLine: {} }], xAxis: { type: 'category', data: ['a'] }, yAxis: { type: 'value' } }],
      ['function formatter', { series: [{ type: 'pie', data: [{ name: 'a', value: 1 }], label: { formatter: () => 'x' } }] }],
      ['rich text', { series: [{ type: 'pie', data: [{ name: 'a', value: 1, label: { formatter: '{b|x}' } }] }] }],
      ['url colour', { series: [{ type: 'pie', data: [{ name: 'a', value: 1, itemStyle: { color: 'url(http://x/y)' } }] }] }],
      ['breadcrumb', { series: [{ type: 'treemap', data: [{ name: 'a', value: 1 }] }] }],
      ['pie with axes', { series: [{ type: 'pie', data: [] }], xAxis: { type: 'value' } }],
      ['bars without a category axis', { series: [{ type: 'bar', data: [1] }], xAxis: { type: 'value' }, yAxis: { type: 'value' } }],
      ['inside pie labels', { series: [{ type: 'pie', label: { position: 'inside' }, data: [{ name: 'a', value: 1 }] }] }],
    ];
    for (const [what, option] of bad) expect(() => renderSvg('x', what, option as ChartOption, SIZE), what).toThrow(/renderSvg: unsupported option/);
  });
});
