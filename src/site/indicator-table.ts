/**
 * Indicator tables as the document lays them out: one table per `table` name, the 一级 / 二级
 * cells merged over the rows that share them (rowspans, as in the document), only the value
 * columns the document publishes, and every value marked with its parsed kind.
 */
import { KIND_LABELS, isQuantified, type IndicatorValue } from '../model/indicator-value.ts';
import type { Indicator } from '../model/report.ts';

export type ValueColumn = 'value' | 'half_year' | 'full_year';

export const VALUE_COLUMN_LABEL: Record<ValueColumn, string> = { value: '指标值', half_year: '半年指标值', full_year: '全年指标值' };

/** A merged cell: shown on the first row of its run with `rowspan`, omitted (null) on the others. */
export interface MergedCell {
  text: string;
  rowspan: number;
}

export interface ValueCell {
  text: string;
  kind: IndicatorValue['kind'];
  /** KIND_LABELS[kind], e.g. 定量比较. */
  kindLabel: string;
  /** comparison, range or deadline: a target a result can be measured against. */
  quantified: boolean;
  /** CSS class of the value cell, which colours its badge: `kind-comparison` … */
  className: string;
}

export interface IndicatorRow {
  anchor: string;
  level1: MergedCell | null;
  level2: MergedCell | null;
  level3?: string | undefined;
  keyWork?: string | undefined;
  description?: string | undefined;
  /** One entry per column in `IndicatorTableView.valueColumns`; undefined = not published for this row. */
  values: (ValueCell | undefined)[];
  basis?: string | undefined;
  note?: string | undefined;
}

export interface IndicatorTableView {
  /** The table's name in the document, when it has several. */
  title?: string | undefined;
  /** Element id of the table: the anchor of its first row + "-table". */
  anchor: string;
  columns: {
    level1: boolean;
    level2: boolean;
    level3: boolean;
    keyWork: boolean;
    description: boolean;
    basis: boolean;
    note: boolean;
  };
  valueColumns: ValueColumn[];
  rows: IndicatorRow[];
}

export function valueCell(v: IndicatorValue): ValueCell {
  return { text: v.text, kind: v.kind, kindLabel: KIND_LABELS[v.kind], quantified: isQuantified(v), className: `kind-${v.kind}` };
}

/** Rowspans for a column: a run of equal, non-empty keys merges into the first row. */
function merge(keys: (string | undefined)[], texts: (string | undefined)[]): (MergedCell | null)[] {
  const out: (MergedCell | null)[] = [];
  let i = 0;
  while (i < keys.length) {
    let j = i + 1;
    if (texts[i] !== undefined) while (j < keys.length && keys[j] === keys[i]) j++;
    out.push({ text: texts[i] ?? '', rowspan: j - i });
    for (let k = i + 1; k < j; k++) out.push(null);
    i = j;
  }
  return out;
}

function tableView(title: string | undefined, inds: readonly Indicator[]): IndicatorTableView {
  const valueColumns = (['value', 'half_year', 'full_year'] as const).filter((c) => inds.some((i) => i.values[c] !== undefined));
  const columns = {
    level1: inds.some((i) => i.level1 !== undefined),
    level2: inds.some((i) => i.level2 !== undefined),
    level3: inds.some((i) => i.level3 !== undefined),
    keyWork: inds.some((i) => i.key_work !== undefined),
    description: inds.some((i) => i.description !== undefined),
    basis: inds.some((i) => i.basis !== undefined),
    note: inds.some((i) => i.note !== undefined),
  };
  // level2 merges only within its level1 run; a missing level never merges.
  const l1 = merge(
    inds.map((i) => i.level1),
    inds.map((i) => i.level1),
  );
  // Runs of equal level1 (rows without a level1 form runs too, so their level2 can still merge).
  const l1Runs: number[] = [];
  let run = 0;
  inds.forEach((ind, n) => l1Runs.push(n > 0 && ind.level1 !== inds[n - 1]!.level1 ? ++run : run));
  const l2 = merge(
    inds.map((i, n) => (i.level2 === undefined ? undefined : `${l1Runs[n]}\u0000${i.level2}`)),
    inds.map((i) => i.level2),
  );
  const rows: IndicatorRow[] = inds.map((i, n) => ({
    anchor: i.anchor,
    level1: l1[n]!,
    level2: l2[n]!,
    level3: i.level3,
    keyWork: i.key_work,
    description: i.description,
    values: valueColumns.map((c) => {
      const v = i.values[c];
      return v === undefined ? undefined : valueCell(v);
    }),
    basis: i.basis,
    note: i.note,
  }));
  return { title, anchor: `${inds[0]!.anchor}-table`, columns, valueColumns, rows };
}

/** Split indicators into the document's tables (by `table`, in order of first appearance). */
export function indicatorTables(inds: readonly Indicator[] | undefined): IndicatorTableView[] {
  if (!inds || inds.length === 0) return [];
  const groups = new Map<string, Indicator[]>();
  for (const i of inds) {
    const key = i.table ?? '';
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  }
  return [...groups.entries()].map(([title, g]) => tableView(title || undefined, g));
}

/** Count of values by kind, for a one-line summary above the tables. */
export function kindCounts(inds: readonly Indicator[] | undefined): { kind: IndicatorValue['kind']; label: string; count: number }[] {
  const counts = new Map<IndicatorValue['kind'], number>();
  for (const i of inds ?? []) if (i.target) counts.set(i.target.kind, (counts.get(i.target.kind) ?? 0) + 1);
  return (Object.keys(KIND_LABELS) as IndicatorValue['kind'][])
    .filter((k) => counts.has(k))
    .map((k) => ({ kind: k, label: KIND_LABELS[k], count: counts.get(k)! }));
}
