/**
 * The JSON Schema editors use to complete and check declarations while typing
 * (`# yaml-language-server: $schema=../../report.schema.json` at the top of a YAML file).
 */
import { z } from 'zod';
import { report } from './schema.ts';

export function reportJsonSchema(): string {
  const schema = z.toJSONSchema(report, { io: 'input', unrepresentable: 'any', reused: 'ref' });
  return `${JSON.stringify({ ...schema, title: '明账 报告声明', description: '一个单位一个年度一个阶段（预算或决算）的公开信息' }, null, 2)}\n`;
}
