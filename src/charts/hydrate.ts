/**
 * Progressive enhancement of the static chart SVGs. This file is the only chart code that runs on
 * page load: an IntersectionObserver. ECharts (see echarts-client.ts) is imported only when a
 * chart comes within 200px of the viewport; with JavaScript off the static SVG, caption, summary
 * and data table are the whole chart.
 */

/** Read the static SVG's size from its viewBox, so the live chart keeps its proportions. */
function staticSize(canvas: Element): { width: number; height: number } {
  const box = canvas.querySelector('svg')?.getAttribute('viewBox')?.split(/\s+/).map(Number);
  return box && box.length === 4 && box[2]! > 0 && box[3]! > 0 ? { width: box[2]!, height: box[3]! } : { width: 720, height: 360 };
}

async function hydrate(figure: HTMLElement): Promise<void> {
  const canvas = figure.querySelector<HTMLElement>('[data-chart-canvas]');
  const json = figure.querySelector('script[data-chart-option]')?.textContent;
  if (!canvas || !json) return;
  const size = staticSize(canvas);
  const { mountChart } = await import('./echarts-client.ts');
  mountChart(canvas, JSON.parse(json), size);
  figure.dataset.chartHydrated = '';
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
