/**
 * Pie geometry and outside-label placement, following ECharts' pieLayout.js and the pie
 * labelLayout.js it runs with `avoidLabelOverlap: true`: slices clockwise from `startAngle`,
 * each label at the end of a two-segment leader line (15px out, 30px across), labels on each
 * side pushed apart vertically within the chart, then pulled onto an ellipse around the pie so
 * the leader lines stay short, and the lines' bends limited to 90°.
 */

/** A slice: angles in radians, screen orientation (y down, so increasing angles run clockwise). */
export interface Slice {
  startAngle: number;
  endAngle: number;
}

/**
 * Slices of `values` clockwise from `startAngleDeg` (ECharts' convention: degrees,
 * counter-clockwise from 3 o'clock, so 90 is 12 o'clock). Zero values get zero-width slices; when
 * all are zero the circle is shared equally (ECharts' stillShowZeroSum).
 */
export function pieSlices(values: number[], startAngleDeg: number): Slice[] {
  const sum = values.reduce((s, v) => s + v, 0);
  const unit = (Math.PI * 2) / (sum || values.length);
  let current = (-startAngleDeg * Math.PI) / 180;
  return values.map((v) => {
    const angle = (sum === 0 ? 1 : v) * unit;
    const slice = { startAngle: current, endAngle: current + angle };
    current += angle;
    return slice;
  });
}

/** An axis-aligned rectangle. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A label to place: its size and the slice it belongs to. */
export interface PieLabelInput {
  slice: Slice;
  /** Width of the text block as first measured. */
  width: number;
  height: number;
  /** Fit the text to `available` px and return its new width (names may be cut, figures never). */
  constrain(available: number): number;
}

/** A placed label: anchor point of the text block (vertically centred) and its leader line. */
export interface PieLabel {
  x: number;
  y: number;
  anchor: 'start' | 'end';
  width: number;
  height: number;
  /** Three points: on the slice's edge, the bend, next to the text. */
  line: [number, number][];
}

/** Where the pie is and how its labels are laid out. */
export interface PieGeometry {
  cx: number;
  cy: number;
  /** Outer radius. */
  r: number;
  view: Rect;
  /** Leader line: first segment (radial) and second (horizontal). */
  len: number;
  len2: number;
  /** Gap between the line's end and the text. */
  distance: number;
  /** Margin kept from the view's sides. */
  bleedMargin: number;
}

interface Item extends PieLabel {
  input: PieLabelInput;
  rect: Rect;
  normal: [number, number];
  targetWidth: number;
  unconstrainedWidth: number;
}

/** The label's box, with ECharts' 1px vertical margin. */
function rectOf(it: { x: number; y: number; anchor: 'start' | 'end'; width: number; height: number }): Rect {
  return { x: it.anchor === 'start' ? it.x : it.x - it.width, y: it.y - it.height / 2 - 1, width: it.width, height: it.height + 2 };
}

/** Push overlapping rects apart along y and back inside [min, max] (ECharts' shiftLayoutOnXY). */
function shiftOnY(list: Item[], min: number, max: number): boolean {
  const len = list.length;
  if (len < 2) return false;
  list.sort((a, b) => a.rect.y - b.rect.y);
  let adjusted = false;
  const shiftList = (delta: number, start: number, end: number) => {
    if (delta !== 0) adjusted = true;
    for (let i = start; i < end; i++) {
      list[i]!.rect.y += delta;
      list[i]!.y += delta;
    }
  };
  let lastPos = 0;
  for (const item of list) {
    const delta = item.rect.y - lastPos;
    if (delta < 0) {
      item.rect.y -= delta;
      item.y -= delta;
      adjusted = true;
    }
    lastPos = item.rect.y + item.rect.height;
  }
  const first = list[0]!;
  const last = list[len - 1]!;
  let minGap = 0;
  let maxGap = 0;
  const updateGaps = () => {
    minGap = first.rect.y - min;
    maxGap = max - last.rect.y - last.rect.height;
  };
  const squeezeGaps = (delta: number, maxPercent: number) => {
    const gaps: number[] = [];
    let total = 0;
    for (let i = 1; i < len; i++) {
      const prev = list[i - 1]!.rect;
      const gap = Math.max(list[i]!.rect.y - prev.y - prev.height, 0);
      gaps.push(gap);
      total += gap;
    }
    if (!total) return;
    const percent = Math.min(Math.abs(delta) / total, maxPercent);
    if (delta > 0) {
      for (let i = 0; i < len - 1; i++) shiftList(gaps[i]! * percent, 0, i + 1);
    } else {
      for (let i = len - 1; i > 0; i--) shiftList(-gaps[i - 1]! * percent, i, len);
    }
  };
  const takeBoundsGap = (gapThis: number, gapOther: number, dir: number) => {
    if (gapThis >= 0) return;
    const move = Math.min(gapOther, -gapThis);
    if (move > 0) {
      shiftList(move * dir, 0, len);
      const remained = move + gapThis;
      if (remained < 0) squeezeGaps(-remained * dir, 1);
    } else {
      squeezeGaps(-gapThis * dir, 1);
    }
  };
  const squeezeWhenBailout = (delta: number) => {
    const dir = delta < 0 ? -1 : 1;
    let rest = Math.abs(delta);
    const each = Math.ceil(rest / (len - 1));
    for (let i = 0; i < len - 1; i++) {
      if (dir > 0) shiftList(each, 0, i + 1);
      else shiftList(-each, len - i - 1, len);
      rest -= each;
      if (rest <= 0) return;
    }
  };
  updateGaps();
  if (minGap < 0) squeezeGaps(-minGap, 0.8);
  if (maxGap < 0) squeezeGaps(maxGap, 0.8);
  updateGaps();
  takeBoundsGap(minGap, maxGap, 1);
  takeBoundsGap(maxGap, minGap, -1);
  updateGaps();
  if (minGap < 0) squeezeWhenBailout(-minGap);
  if (maxGap < 0) squeezeWhenBailout(maxGap);
  return adjusted;
}

function constrain(item: Item, available: number, force: boolean): void {
  if (available < item.width || force) {
    item.width = item.input.constrain(force && available > item.unconstrainedWidth ? Infinity : available);
    item.rect = rectOf(item);
  }
}

/** After shifting, put the labels of one side on an ellipse around the pie (ECharts' recalculateX). */
function alignOnEllipse(list: Item[], g: PieGeometry, dir: number): void {
  const semis = [
    { list: [] as Item[], maxY: 0, rB: 0 },
    { list: [] as Item[], maxY: 0, rB: 0 },
  ];
  for (const item of list) {
    const semi = semis[item.y > g.cy ? 1 : 0]!;
    const dy = Math.abs(item.y - g.cy);
    if (dy >= semi.maxY) {
      const dx = item.x - g.cx - g.len2 * dir;
      const rA = g.r + g.len;
      semi.rB = Math.abs(dx) < rA ? Math.sqrt((dy * dy) / (1 - (dx * dx) / rA / rA)) : rA;
      semi.maxY = dy;
    }
    semi.list.push(item);
  }
  for (const semi of semis) {
    for (const item of semi.list) {
      const dy = Math.abs(item.y - g.cy);
      const rA = g.r + g.len;
      const dx = Math.sqrt(Math.abs((1 - (dy * dy) / (semi.rB * semi.rB)) * rA * rA));
      const newX = g.cx + (dx + g.len2) * dir;
      const delta = newX - item.x;
      item.x = newX;
      constrain(item, item.targetWidth - delta * dir, true);
    }
  }
}

function projectOnLine(x1: number, y1: number, x2: number, y2: number, x: number, y: number): { d: number; p: [number, number] } {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len2 = dx * dx + dy * dy;
  const t = len2 ? ((x - x1) * dx + (y - y1) * dy) / len2 : 0;
  const p: [number, number] = [x1 + t * dx, y1 + t * dy];
  return { d: Math.hypot(x - p[0], y - p[1]), p };
}

/** Keep the bend of a leader line at least `minTurn` (ECharts' limitTurnAngle). */
function limitTurnAngle(pts: [number, number][], minTurn: number): void {
  const [p0, p1, p2] = pts as [[number, number], [number, number], [number, number]];
  const d1 = [p0[0] - p1[0], p0[1] - p1[1]];
  const d2 = [p2[0] - p1[0], p2[1] - p1[1]];
  const l1 = Math.hypot(d1[0]!, d1[1]!);
  const l2 = Math.hypot(d2[0]!, d2[1]!);
  if (l1 < 1e-3 || l2 < 1e-3) return;
  const u2 = [d2[0]! / l2, d2[1]! / l2];
  const cos = (d1[0]! / l1) * u2[0]! + (d1[1]! / l1) * u2[1]!;
  if (Math.cos(minTurn) < cos) {
    const { d, p } = projectOnLine(p1[0], p1[1], p2[0], p2[1], p0[0], p0[1]);
    const k = d / Math.tan(Math.PI - minTurn);
    let q: [number, number] = [p[0] + u2[0]! * k, p[1] + u2[1]! * k];
    const t = p2[0] !== p1[0] ? (q[0] - p1[0]) / (p2[0] - p1[0]) : (q[1] - p1[1]) / (p2[1] - p1[1]);
    if (Number.isNaN(t)) return;
    if (t < 0) q = [p1[0], p1[1]];
    else if (t > 1) q = [p2[0], p2[1]];
    pts[1] = q;
  }
}

/** Keep the first segment within `maxAngle` of the slice's normal (ECharts' limitSurfaceAngle). */
function limitSurfaceAngle(pts: [number, number][], normal: [number, number], maxAngle: number): void {
  const [p0, p1, p2] = pts as [[number, number], [number, number], [number, number]];
  const d1 = [p1[0] - p0[0], p1[1] - p0[1]];
  const d2 = [p2[0] - p1[0], p2[1] - p1[1]];
  const l1 = Math.hypot(d1[0]!, d1[1]!);
  const l2 = Math.hypot(d2[0]!, d2[1]!);
  if (l1 < 1e-3 || l2 < 1e-3) return;
  const u1 = [d1[0]! / l1, d1[1]! / l1];
  const u2 = [d2[0]! / l2, d2[1]! / l2];
  const cos = u1[0]! * normal[0] + u1[1]! * normal[1];
  if (cos < Math.cos(maxAngle)) {
    const { d, p } = projectOnLine(p1[0], p1[1], p2[0], p2[1], p0[0], p0[1]);
    const angle2 = Math.acos(Math.max(-1, Math.min(1, u2[0]! * normal[0] + u2[1]! * normal[1])));
    const newAngle = Math.PI / 2 + angle2 - maxAngle;
    let q: [number, number];
    if (newAngle >= Math.PI / 2) {
      q = [p2[0], p2[1]];
    } else {
      const k = d / Math.tan(Math.PI / 2 - newAngle);
      q = [p[0] + u2[0]! * k, p[1] + u2[1]! * k];
      const t = p2[0] !== p1[0] ? (q[0] - p1[0]) / (p2[0] - p1[0]) : (q[1] - p1[1]) / (p2[1] - p1[1]);
      if (Number.isNaN(t)) return;
      if (t < 0) q = [p1[0], p1[1]];
      else if (t > 1) q = [p2[0], p2[1]];
    }
    pts[1] = q;
  }
}

function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Place outside labels. Returns one entry per input, `undefined` for a label that still overlaps
 * a more important one after the layout (ECharts' `labelLayout.hideOverlap`; `priority` decides,
 * larger first).
 */
export function layoutPieLabels(inputs: PieLabelInput[], priority: number[], g: PieGeometry): (PieLabel | undefined)[] {
  const items: Item[] = inputs.map((input) => {
    const mid = (input.slice.startAngle + input.slice.endAngle) / 2;
    const nx = Math.cos(mid);
    const ny = Math.sin(mid);
    const x1 = g.r * nx + g.cx;
    const y1 = g.r * ny + g.cy;
    const x2 = x1 + nx * g.len;
    const y2 = y1 + ny * g.len;
    const x3 = x2 + (nx < 0 ? -1 : 1) * g.len2;
    const anchor = nx > 0 ? 'start' : 'end';
    const item: Item = {
      input,
      x: x3 + (nx < 0 ? -g.distance : g.distance),
      y: y2,
      anchor,
      width: input.width,
      height: input.height,
      line: [
        [x1, y1],
        [x2, y2],
        [x3, y2],
      ],
      rect: { x: 0, y: 0, width: 0, height: 0 },
      normal: [nx, ny],
      targetWidth: 0,
      unconstrainedWidth: input.width,
    };
    item.rect = rectOf(item);
    return item;
  });

  const left = items.filter((it) => it.x < g.cx);
  const right = items.filter((it) => it.x >= g.cx);
  for (const it of items) {
    it.targetWidth = it.x < g.cx ? it.x - g.view.x - g.bleedMargin : g.view.x + g.view.width - it.x - g.bleedMargin;
    constrain(it, it.targetWidth, false);
  }
  if (shiftOnY(right, g.view.y, g.view.y + g.view.height)) alignOnEllipse(right, g, 1);
  if (shiftOnY(left, g.view.y, g.view.y + g.view.height)) alignOnEllipse(left, g, -1);

  for (const it of items) {
    // A figure is never cut, so a label can stay wider than its room: move it inside the view.
    const overflow = it.x < g.cx ? g.view.x - (it.x - it.width) : it.x + it.width - (g.view.x + g.view.width);
    if (overflow > 0) it.x += it.x < g.cx ? overflow : -overflow;
    const [p1, p2] = [it.line[1]!, it.line[2]!];
    const dist = p1[0] - p2[0];
    p2[0] = it.x < g.cx ? it.x + g.distance : it.x - g.distance;
    p1[0] = p2[0] + dist;
    p1[1] = p2[1] = it.y;
    limitTurnAngle(it.line, Math.PI / 2);
    limitSurfaceAngle(it.line, it.normal, Math.PI / 2);
    it.rect = rectOf(it);
  }

  const order = items.map((_, i) => i).sort((a, b) => priority[b]! - priority[a]! || a - b);
  const shown: Rect[] = [];
  const out: (PieLabel | undefined)[] = items.map(() => undefined);
  for (const i of order) {
    const it = items[i]!;
    if (shown.some((r) => intersects(r, it.rect))) continue;
    shown.push(it.rect);
    out[i] = { x: it.x, y: it.y, anchor: it.anchor, width: it.width, height: it.height, line: it.line };
  }
  return out;
}
