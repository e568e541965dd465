/**
 * `data/datapackage.json`: a Frictionless Tabular Data Package describing the CSV tables, with
 * Fiscal Data Package annotations.
 *
 * - Generated from the same table declarations as the CSV files (src/exports/tables.ts): field
 *   names, order, types, titles, enums, primary keys and foreign keys cannot drift from the data.
 * - `profile` is `tabular-data-package` so any Frictionless validator checks it; fiscal columns
 *   carry the Fiscal Data Package `columnType` (e.g. `value`, `date:fiscal-year`,
 *   `activity:generic:program:label`, the types registered in OpenSpending's os-types), and the package states its currency (CNY) and that
 *   amounts are in the unit named by each row's `money_unit` (万元 = 10,000 CNY).
 * - Deterministic: no timestamps, no byte counts, no hashes of files that vary by platform; the
 *   `version` is the schema version of the export, not a build stamp.
 */
import { TABLE_SPECS, type TableSpec } from './tables.ts';
import { REPORT_JSON_SCHEMA_VERSION } from './report-json.ts';

/** Frictionless field descriptor. */
export interface FieldDescriptor {
  name: string;
  type: string;
  title: string;
  description?: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
  columnType?: string;
  trueValues?: string[];
  falseValues?: string[];
}

export interface ResourceDescriptor {
  name: string;
  path: string;
  profile: 'tabular-data-resource';
  title: string;
  description: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  dialect: { delimiter: ','; lineTerminator: '\r\n'; quoteChar: '"'; doubleQuote: true; header: true };
  schema: {
    fields: FieldDescriptor[];
    primaryKey: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
    missingValues: string[];
  };
}

export interface DataPackageDescriptor {
  profile: 'tabular-data-package';
  name: string;
  title: string;
  description: string;
  version: string;
  currency: string;
  resources: ResourceDescriptor[];
}

function resource(spec: TableSpec): ResourceDescriptor {
  return {
    name: spec.name,
    path: spec.path,
    profile: 'tabular-data-resource',
    title: spec.title,
    description: spec.description,
    format: 'csv',
    mediatype: 'text/csv',
    // Plain UTF-8, no byte-order mark: a reader that honours "utf-8" (frictionless-js) took a BOM for part of the first header.
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: spec.fields.map((f) => ({
        name: f.name,
        type: f.type,
        title: f.title,
        ...(f.description ? { description: f.description } : {}),
        ...(f.required || f.enum || f.pattern
          ? { constraints: { ...(f.required ? { required: true } : {}), ...(f.enum ? { enum: [...f.enum] } : {}), ...(f.pattern ? { pattern: f.pattern } : {}) } }
          : {}),
        ...(f.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
        ...(f.columnType ? { columnType: f.columnType } : {}),
      })),
      primaryKey: [...spec.primaryKey],
      ...(spec.foreignKeys ? { foreignKeys: spec.foreignKeys.map((k) => ({ fields: [...k.fields], reference: { resource: k.reference.resource, fields: [...k.reference.fields] } })) } : {}),
      // An empty cell is "not published", never 0.
      missingValues: [''],
    },
  };
}

/** The package descriptor. */
export function dataPackage(): DataPackageDescriptor {
  return {
    profile: 'tabular-data-package',
    name: 'mingzhang-budget-disclosures',
    title: '明账：预算绩效公开数据',
    description:
      '各单位预算绩效目标表的转录：报告、收支表各行、项目、年度重点工作任务、绩效指标和检查发现。' +
      '金额为精确的十进制数，单位见各行的 money_unit（万元 = 10,000 元人民币）；列名以 _wanyuan 结尾的已换算为万元。空单元格表示未公开，不是 0。' +
      '每份报告的完整 JSON 在 reports/<report_id>.json。CSV 为 UTF-8（无 BOM），供程序读取；在电子表格中打开请用同名的 .xlsx 文件。' +
      'budget_lines 的 row_role 说明哪些行可以相加（detail），合计行和上级行不能与明细行一起相加。',
    version: `${REPORT_JSON_SCHEMA_VERSION}.0.0`,
    // No `licenses`: the project has not chosen a licence for the data; add one here when it does.
    currency: 'CNY',
    resources: TABLE_SPECS.map(resource),
  };
}
