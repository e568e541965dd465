/** `coverage.unknown-project`: an expenditure line points at a project id that the report does not have. */
import type { Rule } from '../rule.ts';
import { TABLE_KEYS, TABLE_LABEL, place } from '../util.ts';
import { allLines } from '../../model/totals.ts';

export const coverageUnknownProject: Rule = {
  id: 'coverage.unknown-project',
  severity: 'error',
  title: '支出行对应的项目不存在',
  rationale: '支出表中标明对应某个项目的行，应能在本报告的项目表中找到这个项目；找不到说明转录有误或项目表缺失。',
  basis: '本站数据的一致性（line.project 必须是 projects[].id 之一）。',
  check(report) {
    const ids = new Set(report.projects.map((p) => p.id));
    return TABLE_KEYS.flatMap((key) =>
      allLines(report.overall?.[key])
        .filter((l) => l.project !== undefined && !ids.has(l.project))
        .map((l) => ({
          message: `${TABLE_LABEL[key]}“${l.name}”一行标明对应项目“${l.project}”，但本报告中没有这个项目。`,
          where: place(l),
        })),
    );
  },
};
