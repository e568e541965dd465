/**
 * Value-axis scales as ECharts computes them: an extent that includes zero, widened to "nice"
 * multiples of a 1-2-3-5 interval, and tick labels with thousands separators.
 */

/** A value axis: its extent and tick values (ascending). */
export interface ValueScale {
  min: number;
  max: number;
  ticks: number[];
}

/** What the option fixes of a value axis. */
export interface ValueScaleOption {
  min?: number | undefined;
  max?: number | undefined;
  interval?: number | undefined;
}

function round(v: number, digits: number): number {
  const d = Math.min(Math.max(digits, 0), 20);
  return +v.toFixed(d);
}

/** Digits after the decimal point to print a tick of `interval` (ECharts' intervalPrecision). */
function intervalPrecision(interval: number): number {
  for (let i = 0, e = 1; i < 15; i++, e *= 10) if (Math.round(interval * e) / e === interval) return i + 2;
  return 17;
}

/** ECharts' `nice(val, round=true)`: the 1-2-3-5-10 multiple of a power of ten nearest `val`. */
export function niceNumber(val: number): number {
  if (val <= 0) return 1;
  const exponent = Math.floor(Math.log10(val));
  const exp10 = 10 ** exponent;
  const f = val / exp10;
  const nf = f < 1.5 ? 1 : f < 2.5 ? 2 : f < 4 ? 3 : f < 7 ? 5 : 10;
  const nice = nf * exp10;
  return exponent < 0 ? +nice.toFixed(-exponent) : nice;
}

/**
 * The scale of a value axis over data in [dataMin, dataMax]. Like ECharts with `scale: false`
 * the extent includes 0; an unset end is widened to a multiple of the interval, which is
 * `nice(span / 5)` unless the option sets it.
 */
export function valueScale(dataMin: number, dataMax: number, opt: ValueScaleOption = {}): ValueScale {
  let min = opt.min ?? Math.min(0, dataMin);
  let max = opt.max ?? Math.max(0, dataMax);
  if (max === min) {
    // ECharts widens a zero-width extent so the axis can still be drawn.
    if (opt.max === undefined) max = min === 0 ? 1 : min + Math.abs(min) / 2;
    else min = max === 0 ? -1 : max - Math.abs(max) / 2;
  }
  if (max < min) throw new Error(`renderSvg: axis min ${min} is above max ${max}`);
  const interval = opt.interval ?? niceNumber((max - min) / 5);
  const precision = intervalPrecision(interval);
  if (opt.min === undefined) min = round(Math.floor(min / interval) * interval, precision);
  if (opt.max === undefined) max = round(Math.ceil(max / interval) * interval, precision);
  const ticks: number[] = [];
  // Ticks at multiples of the interval, plus the fixed ends (ECharts shows them too).
  let t = round(Math.ceil(min / interval) * interval, precision);
  if (t > min) ticks.push(min);
  for (let i = 0; t <= max + interval * 1e-9 && i < 1000; i++) {
    ticks.push(t);
    t = round(t + interval, precision);
  }
  if (ticks[ticks.length - 1]! < max) ticks.push(max);
  return { min, max, ticks };
}

/** A tick value as ECharts labels it: no float noise, thousands separators. */
export function tickLabel(v: number): string {
  const r = +v.toFixed(10);
  let digits = 0;
  for (let e = 1; digits < 10 && Math.round(r * e) / e !== r; digits++, e *= 10);
  const [int, frac] = r.toFixed(digits).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}
