/** `reports.duplicate`: two reports for the same unit, year and stage. */
import type { CrossRule } from '../rule.ts';

export const reportsDuplicate: CrossRule = {
  id: 'reports.duplicate',
  severity: 'error',
  title: '同一单位同一年度同一阶段只有一份报告',
  rationale: '同一单位、同一年度、同一阶段（预算或决算）出现两份报告时，读者不知道以哪份为准；应合并或删去重复的一份。',
  basis: '本站数据的一致性。',
  check(reports) {
    const seen = new Map<string, string>();
    const out: ReturnType<CrossRule['check']> = [];
    for (const r of [...reports].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      const key = `${r.unit.region.code}|${r.unit.name}|${r.year}|${r.stage}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, r.id);
        continue;
      }
      out.push({
        report: r.id,
        message: `“${r.unit.name}”${r.year}年${r.stage}已有一份报告（${first}），这一份（${r.id}）与它重复。`,
        where: { path: [], anchor: 'top' },
      });
    }
    return out;
  },
};
