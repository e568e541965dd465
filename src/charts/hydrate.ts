/**
 * Progressive enhancement of the static chart SVGs. This file is the only chart code that runs on
 * page load: an IntersectionObserver. ECharts (see echarts-client.ts) is imported only when a
 * chart comes within 200px of the viewport; with JavaScript off the static SVGs, caption, summary
 * and data table are the whole chart.
 *
 * A chart has one static variant per layout width (chart-html.ts) and CSS shows the one that fits
 * its container. The live chart is drawn into that variant's box, which keeps the static SVG's
 * aspect ratio, so hydration shifts nothing; a container that later shows another variant (a
 * rotated phone, a resized window) gets that one hydrated too.
 */
import type { ChartOption } from './render.ts';

/** The variant CSS shows now (the others are `display: none` and have no boxes). */
function shownVariant(figure: HTMLElement): HTMLElement | undefined {
  return [...figure.querySelectorAll<HTMLElement>('[data-chart-variant]')].find((v) => v.getClientRects().length > 0);
}

async function hydrate(figure: HTMLElement): Promise<void> {
  const canvas = figure.querySelector<HTMLElement>('[data-chart-canvas]');
  const json = figure.querySelector('script[data-chart-option]')?.textContent;
  if (!canvas || !json) return;
  const options = JSON.parse(json) as ChartOption[];
  const variants = [...canvas.querySelectorAll<HTMLElement>('[data-chart-variant]')];
  const { mountChart } = await import('./echarts-client.ts');
  const mountShown = () => {
    const v = shownVariant(figure);
    const option = v && options[variants.indexOf(v)];
    if (!v || !option || v.dataset.chartLive !== undefined) return;
    mountChart(v, option, { width: Number(v.dataset.chartWidth), height: Number(v.dataset.chartHeight) });
  };
  mountShown();
  figure.dataset.chartHydrated = '';
  new ResizeObserver(mountShown).observe(canvas);
}

/** Watch every `figure[data-chart]` under `root` and hydrate each once it nears the viewport. */
export function observeCharts(root: ParentNode = document): void {
  const figures = root.querySelectorAll<HTMLElement>('figure[data-chart]');
  if (figures.length === 0 || !('IntersectionObserver' in window)) return;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        // A failed import (offline, old browser) leaves the static chart in place: nothing to do.
        hydrate(entry.target as HTMLElement).catch(() => undefined);
      }
    },
    { rootMargin: '200px' },
  );
  figures.forEach((f) => observer.observe(f));
}
