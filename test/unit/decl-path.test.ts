import { describe, expect, it } from 'vitest';
import { PathNode } from '../../src/model/decl-path.ts';
import { buildReport } from '../../src/model/report.ts';
import { loadReports } from '../../src/declaration/load-reports.ts';

describe('declaration paths', () => {
  it('are one frozen array per path, whoever asks', () => {
    const a = PathNode.root.at('projects', 2, 'indicators', 5);
    expect(a.path).toEqual(['projects', 2, 'indicators', 5]);
    expect(PathNode.root.child('projects').child(2).child('indicators').child(5)).toBe(a);
    expect(Object.isFrozen(a.path)).toBe(true);
    expect(PathNode.root.path).toEqual([]);
  });

  it('are shared by the figures of different reports', () => {
    const { reports } = loadReports('content/reports');
    const r = reports.find((x) => x.report.projects.length > 0 && x.report.projects[0]!.indicators.length > 0)!;
    const again = buildReport(r.id, r.decl);
    expect(again.projects[0]!.indicators[0]!.path).toBe(r.report.projects[0]!.indicators[0]!.path);
    expect(again.projects[0]!.indicators[0]!.path).toEqual(['projects', 0, 'indicators', 0]);
  });
});
