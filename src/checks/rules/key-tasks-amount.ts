/**
 * `key-tasks.amount`: the money planned for the year's key tasks (年度重点工作任务) compared with
 * project spending.
 */
import { Decimal } from '../../model/decimal.ts';
import { formatMoney, moneyDecimals, type Money } from '../../model/money.ts';
import type { Rule, RuleFinding } from '../rule.ts';
import { inUnit } from '../../model/money.ts';
import { aggregateLines, diff, isProjectSpendingLine, money, share } from '../util.ts';

export const keyTasksAmount: Rule = {
  id: 'key-tasks.amount',
  severity: 'info',
  title: '重点工作任务资金与项目支出',
  rationale:
    '部门整体绩效目标表列出的年度重点工作任务各有拟投入资金。它们之和与项目支出不同并不一定是错误（任务可能只涵盖部分项目，也可能含基本支出），' +
    '但读者应当知道两者相差多少。',
  basis: '文件自身的算术。',
  check(report) {
    const tasks = report.overall?.key_tasks ?? [];
    const withAmount = tasks.filter((t) => t.amount);
    if (withAmount.length === 0) return [];
    const line = aggregateLines(report).find((l) => l.amount && isProjectSpendingLine(l));
    if (!line?.amount) return [];
    const unit = line.amount.unit;
    const sum = withAmount.reduce((s, t) => s.plus(inUnit(t.amount as Money, unit)), new Decimal(0));
    const d = sum.minus(line.amount.value);
    if (d.isZero()) return [];
    const decimals = Math.max(...withAmount.map((t) => moneyDecimals(t.amount as Money)));
    const missing = tasks.length - withAmount.length;
    const out: RuleFinding[] = [
      {
        message:
          `${withAmount.length} 项年度重点工作任务的拟投入资金加起来是 ${money(sum, unit, decimals)}，` +
          `支出表“${line.name}”是 ${formatMoney(line.amount)}，重点工作任务${d.gt(0) ? '多' : '少'} ${diff(d, unit)}` +
          `（相当于项目支出的 ${share(sum, line.amount.value)}）${missing > 0 ? `；另有 ${missing} 项任务没有写金额` : ''}。`,
        where: { path: ['overall', 'key_tasks'], anchor: withAmount[0]!.anchor },
      },
    ];
    return out;
  },
};
