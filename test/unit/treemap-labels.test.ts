/**
 * Treemap labels for the size a treemap is drawn at: shown only with the whole amount.
 */
import { describe, expect, it } from 'vitest';
import { fitTreemapLabels, type LabelledItem } from '../../src/charts/treemap-labels.ts';

function leaf(name: string, value: number): LabelledItem {
  return { value, text: [`${name}\n${value} 万元`, name], itemStyle: { borderWidth: 1 }, label: { show: true } };
}

function parent(name: string, value: number, children: LabelledItem[]): LabelledItem {
  return { value, text: [`${name}  ${value} 万元`, name], itemStyle: { gapWidth: 1 }, upperLabel: { show: true, height: 22 }, children };
}

const tree = () => [leaf('基本支出', 900), parent('项目支出', 100, [leaf('甲', 60), leaf('乙', 30), leaf('丙', 10)])];

describe('fitTreemapLabels', () => {
  it('labels every item that has room, with its amount', () => {
    const items = tree();
    fitTreemapLabels(items, 2000, 1000, 16);
    expect(items[0]!.label).toMatchObject({ show: true, formatter: '基本支出\n900 万元' });
    expect(items[1]!.upperLabel!.formatter).toBe('项目支出  100 万元');
    for (const c of items[1]!.children!) expect(c.label!.show).toBe(true);
  });

  it('hides leaves and drops the parent amount when the chart is narrower', () => {
    const items = tree();
    fitTreemapLabels(items, 200, 100, 16);
    expect(items[0]!.label!.show).toBe(true);
    expect(items[1]!.upperLabel!.formatter).toBe('项目支出');
    expect(items[1]!.children!.some((c) => c.label!.show)).toBe(false);
  });

  it('shows a label again when the chart grows, and trusts the measure it is given', () => {
    const items = tree();
    fitTreemapLabels(items, 200, 100, 16);
    fitTreemapLabels(items, 2000, 1000, 16);
    expect(items[1]!.children!.every((c) => c.label!.show)).toBe(true);
    // A font twice as wide as the estimate: fewer labels fit.
    fitTreemapLabels(items, 700, 360, 16, (s) => [...s].length * 40);
    expect(items[1]!.upperLabel!.formatter).toBe('项目支出');
    expect(items[0]!.label!.show).toBe(true);
  });
});
