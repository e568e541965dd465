import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadReports, validateDeclaration } from '../../src/declaration/load-reports.ts';
import { formatDiagnostic } from '../../src/declaration/diagnostic.ts';
import { writeExports } from '../../src/exports/write-exports.ts';
import { parseCsv } from '../../src/exports/csv.ts';
import { AMOUNT_LIMIT } from '../../src/model/schema.ts';
import { convertUnit, exactValue, parseMoney, sum, sumMoney } from '../../src/model/money.ts';

const dir = join(import.meta.dirname, '../fixtures/big-amounts');
const TOTAL = '111111111011111111101111111110.03';

describe('amounts are exact at any size within the documented limit', () => {
  it('a table of 31-digit amounts that balances exactly gives no sum finding', () => {
    const { reports, diagnostics, hasErrors } = loadReports(dir, [join(dir, 'big.yaml')]);
    expect(hasErrors).toBe(false);
    expect(diagnostics.filter((d) => d.rule?.startsWith('sum.')).map(formatDiagnostic)).toEqual([]);
    expect(reports[0]!.report.overall?.expenditure?.total?.amount?.value.toFixed()).toBe(TOTAL);
  });

  it('the exports write the exact digits', () => {
    const { reports, regions } = loadReports(dir);
    const out = mkdtempSync(join(tmpdir(), 'mingzhang-big-'));
    try {
      writeExports(reports, out, regions);
      const lines = parseCsv(readFileSync(join(out, 'data/budget_lines.csv'), 'utf8'));
      const header = lines[0]!;
      const amounts = lines.slice(1).map((r) => r[header.indexOf('amount')]);
      expect(amounts).toContain('12345678901234567890123456789.01');
      expect(amounts).toContain(TOTAL);
      const rep = parseCsv(readFileSync(join(out, 'data/reports.csv'), 'utf8'));
      const totals = rep.slice(1).map((r) => [r[rep[0]!.indexOf('report_id')], r[rep[0]!.indexOf('total_basis')], r[rep[0]!.indexOf('total_wanyuan')]]);
      // The table in 元 prints no total: its total is the sum of its lines, in 万元.
      expect(totals).toEqual([
        ['big', 'expenditure.total', TOTAL],
        ['big-lines', 'expenditure.lines', '11111111101111111110111111.111003'],
      ]);
      const json = readFileSync(join(out, `data/reports/${reports.find((r) => r.id === 'big')!.id}.json`), 'utf8');
      expect(json).toContain(`"${TOTAL}"`);
      expect(json).not.toMatch(/\de\+\d/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('converts between 元 and 万元 exactly', () => {
    const yuan = exactValue('123456789012345678901234567890.1234567891');
    const wan = convertUnit(yuan, '元', '万元');
    expect(wan.toFixed()).toBe('12345678901234567890123456.78901234567891');
    expect(convertUnit(wan, '万元', '元').eq(yuan)).toBe(true);
    expect(sumMoney([parseMoney('1', '万元'), parseMoney('99999999999999999999999999999.9999999999', '元')])!.text).toBe('10000000000000000000000000.99999999999999');
  });

  it('refuses absurd magnitudes with a clear message', () => {
    const good = readFileSync(join(dir, 'big.yaml'), 'utf8');
    const text = good.replace('"12345678901234567890123456789.01"', '"1234567890123456789012345678901.5"');
    const { diagnostics } = validateDeclaration('big.yaml', text);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      `big.yaml:23:43 错误 overall.expenditure.lines[0].amount: 金额位数超出上限：整数部分最多 ${AMOUNT_LIMIT.integer} 位、小数部分最多 ${AMOUNT_LIMIT.fraction} 位（这里整数 31 位、小数 1 位）（实际为 "1234567890123456789012345678901.5"）`,
    ]);
    const tooFine = good.replace('"12345678901234567890123456789.01"', '"1.12345678901"');
    expect(validateDeclaration('big.yaml', tooFine).diagnostics.map((d) => d.message)[0]).toContain('小数 11 位');
  });

  it('sums of random amounts within the limit equal the exact BigInt sum', () => {
    const digits = (max: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: 1, maxLength: max }).map((d) => d.join(''));
    const amount = fc.tuple(digits(AMOUNT_LIMIT.integer), digits(AMOUNT_LIMIT.fraction)).map(([i, f]) => `${i}.${f}`);
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 200 }), (amounts) => {
        const scale = 10n ** BigInt(AMOUNT_LIMIT.fraction);
        const exact = amounts.reduce((s, a) => {
          const [i, f] = a.split('.') as [string, string];
          return s + BigInt(i) * scale + BigInt(f.padEnd(AMOUNT_LIMIT.fraction, '0'));
        }, 0n);
        const got = sum(amounts.map(exactValue));
        expect(BigInt(got.times(scale.toString()).toFixed())).toBe(exact);
        const money = sumMoney(amounts.map((a) => parseMoney(a, '元')))!;
        expect(BigInt(money.value.times(scale.toString()).toFixed())).toBe(exact);
      }),
      { numRuns: 300 },
    );
  });
});
