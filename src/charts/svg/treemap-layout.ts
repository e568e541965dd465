/**
 * Squarified treemap layout, as ECharts' treemapLayout.js does it (Bruls et al.): children sorted
 * by value (descending), rows grown while the worst aspect ratio improves (squareRatio = golden
 * ratio), a parent's band for its upper label and its border reserved first, gaps halved between
 * siblings, and children below `visibleMin` px² left out.
 */

/** One node to lay out. */
export interface TreemapInput {
  value: number;
  borderWidth: number;
  gapWidth: number;
  /** Height of the upper label band when shown (0 when not). */
  upperLabelHeight: number;
  children: TreemapInput[];
}

/** A laid-out node: absolute position, and the children that are drawn. */
export interface TreemapRect<T extends TreemapInput = TreemapInput> {
  node: T;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Children drawn (those big enough), in layout order. */
  children: TreemapRect<T>[];
}

/** ECharts' default squareRatio: the golden ratio. */
const SQUARE_RATIO = 0.5 * (1 + Math.sqrt(5));
/** ECharts' default visibleMin: children with a smaller area (px²) are not drawn. */
const VISIBLE_MIN = 10;

interface Cell<T extends TreemapInput> {
  node: T;
  /** Original index among siblings: ties in value keep ECharts' order (later index first). */
  index: number;
  area: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Row<T extends TreemapInput> {
  cells: Cell<T>[];
  area: number;
}

/** Worst aspect ratio of a row laid along a side of `fixed` px (smaller is better). */
function worst<T extends TreemapInput>(row: Row<T>, fixed: number): number {
  let areaMax = 0;
  let areaMin = Infinity;
  for (const c of row.cells) {
    if (!c.area) continue;
    if (c.area < areaMin) areaMin = c.area;
    if (c.area > areaMax) areaMax = c.area;
  }
  const squareArea = row.area * row.area;
  const f = fixed * fixed * SQUARE_RATIO;
  return squareArea ? Math.max((f * areaMax) / squareArea, squareArea / (f * areaMin)) : Infinity;
}

interface Free {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Place a row along the side of `rect` of length `fixed`, and take its band off `rect`. */
function position<T extends TreemapInput>(row: Row<T>, fixed: number, rect: Free, halfGap: number, flush: boolean): void {
  const horizontal = fixed === rect.width;
  let last = horizontal ? rect.x : rect.y;
  const along = horizontal ? rect.width : rect.height;
  const across = horizontal ? rect.height : rect.width;
  let other = fixed ? row.area / fixed : 0;
  if (flush || other > across) other = across;
  const start = horizontal ? rect.x : rect.y;
  row.cells.forEach((c, i) => {
    const step = other ? c.area / other : 0;
    const size1 = Math.max(other - 2 * halfGap, 0);
    const remain = start + along - last;
    const mod = i === row.cells.length - 1 || remain < step ? remain : step;
    const size0 = Math.max(mod - 2 * halfGap, 0);
    if (horizontal) {
      c.width = size0;
      c.height = size1;
      c.x = last + Math.min(halfGap, size0 / 2);
      c.y = rect.y + Math.min(halfGap, size1 / 2);
    } else {
      c.height = size0;
      c.width = size1;
      c.y = last + Math.min(halfGap, size0 / 2);
      c.x = rect.x + Math.min(halfGap, size1 / 2);
    }
    last += mod;
  });
  if (horizontal) {
    rect.y += other;
    rect.height -= other;
  } else {
    rect.x += other;
    rect.width -= other;
  }
}

function squarify<T extends TreemapInput>(node: T, x: number, y: number, width: number, height: number): TreemapRect<T> {
  const out: TreemapRect<T> = { node, x, y, width, height, children: [] };
  const halfGap = node.gapWidth / 2;
  const upperHeight = Math.max(node.borderWidth, node.upperLabelHeight);
  const offset = node.borderWidth - halfGap;
  const offsetUpper = upperHeight - halfGap;
  const w = Math.max(width - 2 * offset, 0);
  const h = Math.max(height - offset - offsetUpper, 0);
  const total = w * h;
  const cells: Cell<T>[] = (node.children as T[])
    .map((c, index) => ({ node: c, index, area: 0, x: 0, y: 0, width: 0, height: 0 }))
    .filter((c) => c.node.value > 0)
    .sort((a, b) => b.node.value - a.node.value || b.index - a.index);
  let sum = cells.reduce((s, c) => s + c.node.value, 0);
  if (sum === 0) return out;
  // Drop the smallest children that would be under visibleMin.
  let keep = cells.length;
  for (let i = cells.length - 1; i >= 0; i--) {
    if ((cells[i]!.node.value / sum) * total < VISIBLE_MIN) {
      keep = i;
      sum -= cells[i]!.node.value;
    }
  }
  cells.splice(keep);
  if (sum === 0) return out;
  for (const c of cells) c.area = (c.node.value / sum) * total;

  const rect: Free = { x: offset, y: offsetUpper, width: w, height: h };
  let fixed = Math.min(w, h);
  let best = Infinity;
  const row: Row<T> = { cells: [], area: 0 };
  for (let i = 0; i < cells.length; ) {
    const c = cells[i]!;
    row.cells.push(c);
    row.area += c.area;
    const score = worst(row, fixed);
    if (score <= best) {
      i++;
      best = score;
    } else {
      row.area -= row.cells.pop()!.area;
      position(row, fixed, rect, halfGap, false);
      fixed = Math.min(rect.width, rect.height);
      row.cells = [];
      row.area = 0;
      best = Infinity;
    }
  }
  if (row.cells.length) position(row, fixed, rect, halfGap, true);
  out.children = cells.map((c) => squarify(c.node, x + c.x, y + c.y, c.width, c.height));
  return out;
}

/**
 * Lay out `roots` (the top-level items) in a `width` × `height` box at (x, y), under a virtual
 * root without border, gap or upper label (the series-level defaults the site uses).
 */
export function treemapLayout<T extends TreemapInput>(roots: T[], x: number, y: number, width: number, height: number): TreemapRect<T>[] {
  const root = { value: 0, borderWidth: 0, gapWidth: 0, upperLabelHeight: 0, children: roots } as unknown as T;
  return squarify(root, x, y, width, height).children;
}
