/**
 * The lazily loaded part of chart hydration: ECharts with only the charts the site draws, the
 * SVG renderer and tooltips. `hydrate.ts` imports this module only when a chart nears the
 * viewport, so pages pay nothing for it until then.
 */
import { format, init, use } from 'echarts/core';
import { BarChart, LineChart, PieChart, TreemapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { CallbackDataParams, TopLevelFormatterParams } from 'echarts/types/dist/shared';
import type { ChartOption } from './render.ts';
import { fitTreemapLabels, type LabelledItem } from './treemap-labels.ts';

use([BarChart, LineChart, PieChart, TreemapChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** The exact published text a data item carries (see report-charts.ts), else the raw value. */
function exactText(p: CallbackDataParams): string {
  const d: unknown = p.data;
  if (typeof d === 'object' && d !== null && 'exact' in d && typeof d.exact === 'string') return d.exact;
  return String(p.value ?? '');
}

function tooltip(params: TopLevelFormatterParams): string {
  const list = Array.isArray(params) ? params : [params];
  // Names come from documents: escape them, the tooltip is HTML.
  return list
    .map((p) => {
      const series = p.seriesType === 'line' || p.seriesType === 'bar' ? `${format.encodeHTML(p.seriesName ?? '')}<br>` : '';
      const marker = typeof p.marker === 'string' ? p.marker : '';
      const name = p.name ? `${format.encodeHTML(p.name)}：` : '';
      return `${series}${marker}${name}${format.encodeHTML(exactText(p))}`;
    })
    .join('<br>');
}

/**
 * A treemap's labels for the size it is drawn at (the static SVG's were chosen for its viewBox): a
 * narrower live chart has narrower rectangles, and ECharts would cut an amount that no longer fits.
 */
function fitLabels(option: ChartOption, width: number, height: number): boolean {
  const series = Array.isArray(option.series) ? option.series[0] : option.series;
  if (series?.type !== 'treemap' || !Array.isArray(series.data)) return false;
  const lineHeight = typeof series.label?.lineHeight === 'number' ? series.label.lineHeight : 16;
  // Measured with the font the browser will draw, as ECharts measures before it truncates.
  const text = Array.isArray(option.textStyle) ? option.textStyle[0] : option.textStyle;
  const context = document.createElement('canvas').getContext('2d');
  const measure = context
    ? (s: string) => {
        context.font = `${text?.fontSize ?? 12}px ${text?.fontFamily ?? 'sans-serif'}`;
        return context.measureText(s).width;
      }
    : undefined;
  fitTreemapLabels(series.data as LabelledItem[], width, height, lineHeight, measure);
  return true;
}

/**
 * Replace the static SVG in `host` (a chart variant's box) with a live chart of `option`
 * (tooltips, highlighting). `size` is the variant's layout size: the box keeps its aspect ratio,
 * the static SVG's, so its height does not change, and the chart follows the box when it resizes.
 */
export function mountChart(host: HTMLElement, option: ChartOption, size: { width: number; height: number }): void {
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const heightFor = (w: number) => (w * size.height) / size.width;
  host.style.aspectRatio = `${size.width} / ${size.height}`;
  host.dataset.chartLive = '';
  const width = host.clientWidth || size.width;
  host.replaceChildren();
  fitLabels(option, width, heightFor(width));
  const chart = init(host, null, { renderer: 'svg', locale: 'ZH' });
  chart.setOption({
    ...option,
    animation: !reduceMotion,
    tooltip: { trigger: 'item', confine: true, formatter: tooltip },
  });
  // The live SVG replaces the static one, which had role="img"; the figure's caption, summary
  // and table remain the accessible description.
  host.querySelector('svg')?.setAttribute('aria-hidden', 'true');
  let last = width;
  new ResizeObserver(() => {
    const w = host.clientWidth;
    // 0: CSS now shows another variant (hydrate.ts mounts that one).
    if (w === 0 || w === last) return;
    last = w;
    if (fitLabels(option, w, heightFor(w))) chart.setOption({ series: option.series });
    chart.resize();
  }).observe(host);
}
