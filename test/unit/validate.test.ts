import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/declaration/diagnostic.ts';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parseFastYaml } from '../../src/declaration/fast-yaml.ts';
import { loadReports, validateDeclaration } from '../../src/declaration/load-reports.ts';
import { parseSource, parseSourceFull } from '../../src/declaration/yaml-source.ts';
import { todayInChina } from '../../src/model/schema.ts';

const fixtures = join(import.meta.dirname, '../fixtures');
const bad = (name: string) => join(fixtures, 'bad', name.includes('.') ? name : `${name}.yaml`);

/** The lines `npm run validate` prints for these files, paths relative to the fixtures folder. */
function messages(root: string, files?: string[]): string[] {
  const { diagnostics } = loadReports(root, files);
  return diagnostics.map((d) => formatDiagnostic({ ...d, file: d.file.slice(fixtures.length + 1) }));
}

describe('bad declarations get a pinned message each', () => {
  const cases: [string, string[]][] = [
    ['yaml-syntax', ['bad/yaml-syntax.yaml:6:1 错误 YAML 语法错误：缺少字符（如引号或括号未闭合）（MISSING_CHAR: Missing closing "quote）']],
    ['wrong-type', ['bad/wrong-type.yaml:2:7 错误 year: 类型不对：应为数字，实际为文本 "二〇二四年"']],
    ['negative-amount', ['bad/negative-amount.yaml:18:43 错误 overall.expenditure.lines[0].amount: 金额不能为负数（实际为 "-60.25"）']],
    [
      'non-numeric-amount',
      ['bad/non-numeric-amount.yaml:19:43 错误 overall.expenditure.lines[1].amount: 金额应为数字，如 6431.71 或 1,048.54（实际为 "四十万"）'],
    ],
    ['unknown-stage', ['bad/unknown-stage.yaml:3:8 错误 stage: 无效选项：期望以下之一 "预算"|"决算"（实际为 "预算草案"）']],
    ['missing-source', ['bad/missing-source.yaml:2:1 错误 source: 缺少必填字段（应为对象（键: 值））']],
    [
      'unknown-field',
      [
        'bad/unknown-field.yaml:6:3 错误 unit.category: 缺少必填字段（应为文本）',
        'bad/unknown-field.yaml:8:3 错误 unit: 不认识的字段：catagory（是否应为 category？）',
      ],
    ],
    [
      'html-in-text',
      [
        'bad/html-in-text.yaml:7:15 错误 unit.short_name: 不允许 HTML 标签或脚本（如 <p>、<script>）：请写纯文本或 Markdown（实际为 "示例<script>alert(1)</script>"）',
      ],
    ],
    // Issue 15, item 7: only http(s) addresses, in any spelling of the scheme.
    [
      'schema-javascript-url',
      ['bad/schema-javascript-url.yaml:14:8 错误 source.url: 链接只能是以 http:// 或 https:// 开头的网址（如 https://www.example.gov.cn/a.pdf）（实际为 " JavaScript:alert(document.cookie)"）'],
    ],
    [
      'schema-data-url',
      ['bad/schema-data-url.yaml:14:8 错误 source.url: 链接只能是以 http:// 或 https:// 开头的网址（如 https://www.example.gov.cn/a.pdf）（实际为 "data:text/html;base64,PHNjcmlwdD5hbGVydC…"）'],
    ],
    // Item 8: controls and invisible characters, named by code point, and shown as one in the quotation.
    [
      'schema-bidi-name',
      [
        'bad/schema-bidi-name.yaml:6:9 错误 unit.name: 不允许控制字符或不可见字符：第 10 个字符是 U+202E（从右至左强制），请删去（常见于从网页或 PDF 复制的文字）（实际为 "示例县人民代表大会\\u202E常务委员会办公室"）',
      ],
    ],
    [
      'schema-zero-width-name',
      [
        'bad/schema-zero-width-name.yaml:6:9 错误 unit.name: 不允许控制字符或不可见字符：第 18 个字符是 U+200B（零宽空格），请删去（常见于从网页或 PDF 复制的文字）（实际为 "示例县人民代表大会常务委员会办公室\\u200B"）',
      ],
    ],
    [
      'schema-control-character',
      [
        'bad/schema-control-character.yaml:8:13 错误 unit.category: 不允许控制字符或不可见字符：第 2 个字符是 U+0009（制表符），请删去（常见于从网页或 PDF 复制的文字）（实际为 "人\\u0009大"）',
        'bad/schema-control-character.yaml:18:56 错误 overall.expenditure.lines[0].note: 不允许控制字符或不可见字符：第 5 个字符是 U+0007（控制字符），请删去（常见于从网页或 PDF 复制的文字）（实际为 "原件此处\\u0007有污损"）',
      ],
    ],
    // Item 9: a project id used twice, or one that repeats an element id of another project's section.
    [
      'schema-duplicate-project-id',
      [
        'bad/schema-duplicate-project-id.yaml:25:9 错误 projects[2].id: 项目 id 重复：projects[0] 已用这个 id（id 在一份报告内必须唯一，它是项目固定链接的一部分）（实际为 "huiyi"）',
        'bad/schema-duplicate-project-id.yaml:27:9 错误 projects[3].id: 项目 id 与 projects[0]（id huiyi）页面上的元素 id project-huiyi-budget 重名：请换一个 id（实际为 "huiyi-budget"）',
      ],
    ],
    // Item 13: names are at most 200 characters.
    [
      'schema-long-name',
      [
        'bad/schema-long-name.yaml:7:15 错误 unit.short_name: 过长：最多 200 个字符（实际 220 个）（实际为 "示例县人大常委会办公室示例县人大常委会办公室示例县人大常委会办公室示例县人大常委…"）',
      ],
    ],
    // Item 15 (b): dates.
    ['schema-future-published', [`bad/schema-future-published.yaml:14:14 错误 source.published: 发布日期晚于今天（${todayInChina()}，北京时间）：日期是否写错了？（实际为 "2099-01-15"）`]],
    [
      'schema-retrieved-before-published',
      ['bad/schema-retrieved-before-published.yaml:16:14 错误 source.retrieved: 获取日期早于发布日期 2024-02-10：文件不能在发布之前获取，日期是否写错了？（实际为 "2024-02-01"）'],
    ],
    // Item 15 (c): a number the reader keeps as text is not called text.
    [
      'schema-number-as-text',
      [
        'bad/schema-number-as-text.yaml:2:7 错误 year: 应为整数，实际为 2024.0（请写作 2024，不带小数点或指数）',
        'bad/schema-number-as-text.yaml:11:29 错误 unit.staffing[0].count: 数值过大：应为不超过 9007199254740991 的整数，实际为 100000000000000000000',
      ],
    ],
    // Item 20: shape errors the JSON Schema now also refuses (test/unit/json-schema.test.ts).
    ['schema-amount-with-unit', ['bad/schema-amount-with-unit.yaml:18:43 错误 overall.expenditure.lines[0].amount: 金额应为数字，如 6431.71 或 1,048.54（实际为 "60.25万元"）']],
    [
      'schema-indicator-rules',
      [
        'bad/schema-indicator-rules.yaml:21:7 错误 overall.indicators[0]: value（单列指标值）不能与 half_year / full_year 同时使用（实际为 对象（键: 值））',
        'bad/schema-indicator-rules.yaml:22:7 错误 overall.indicators[1]: 指标至少要有一级、二级或三级指标名称之一（实际为 对象（键: 值））',
      ],
    ],
    [
      'inconsistent-sums',
      [
        'bad/inconsistent-sums.yaml:16:12 错误 [sum.expenditure] overall.expenditure.total: 支出表各行（“基本支出”、“项目支出”）的金额加起来是 100.50 万元，而“合计”一行公布的是 110.50 万元，各行合计比它少 10 万元，超出了四舍五入能解释的范围（最多 0.01 万元）。',
      ],
    ],
    // Files that make the YAML reader give up: each names its file and the limit, and every other file is still read.
    ['read-alias-bomb', ['bad/read-alias-bomb.yaml:9:10 错误 别名展开后的内容太多：一份声明中的别名（*名称）展开后最多可增加 100,000 个值，到此处已超过（嵌套的锚点和别名会成倍展开）']],
    ['read-many-aliases', []],
    ['read-deep-mapping', ['bad/read-deep-mapping.yaml:102:101 错误 嵌套层级太深：声明最多嵌套 100 层（键下的键、列表中的列表）']],
    ['read-deep-flow', ['bad/read-deep-flow.yaml:2:106 错误 嵌套层级太深：声明最多嵌套 100 层（键下的键、列表中的列表）']],
    ['read-deep-sequence', ['bad/read-deep-sequence.yaml:3:201 错误 嵌套层级太深：声明最多嵌套 100 层（键下的键、列表中的列表）']],
    ['read-negative-zero', ['bad/read-negative-zero.yaml:18:43 错误 overall.expenditure.lines[0].amount: 金额不能为负数（实际为 "-0"）']],
    ['read-yaml-named-json.json', ['bad/read-yaml-named-json.json:1:1 错误 文件名是 .json，但内容不是 JSON：如果它是 YAML，请改名为 .yaml；如果是 JSON，请修改语法']],
  ];
  it.each(cases)('%s', (name, expected) => {
    expect(messages(join(fixtures, 'bad'), [bad(name)])).toEqual(expected);
  });

  it('a duplicate report names the file that declared it first', () => {
    expect(messages(join(fixtures, 'duplicate'))).toEqual([
      `duplicate/b.yaml:6:9 错误 unit.name: 重复的报告：示例县人民代表大会常务委员会办公室 2024 年预算已在 ${join(fixtures, 'duplicate/a.yaml')} 中声明`,
    ]);
  });

  it('names are compared in NFC: a duplicate written with a compatibility ideograph is still a duplicate', () => {
    expect(messages(join(fixtures, 'schema-duplicate-nfc'))).toEqual([
      `schema-duplicate-nfc/b.yaml:6:9 错误 unit.name: 重复的报告：示例\u96a3县人民代表大会常务委员会办公室 2024 年预算已在 ${join(fixtures, 'schema-duplicate-nfc/a.yaml')} 中声明`,
    ]);
  });

  it('year, stage and region code must agree with the directory and file name (issue 15, item 15 a)', () => {
    expect(messages(join(fixtures, 'schema-path'))).toEqual([
      'schema-path/2023/110101-shili-renda-final.yaml:2:7 错误 year: 年份 2024 与文件所在的目录 2023/ 不一致：请改正年份，或把文件移到 2024/ 目录',
      'schema-path/2023/110101-shili-renda-final.yaml:3:8 错误 stage: 阶段 预算 与文件名结尾的 -final（决算）不一致：请改正阶段或文件名',
      'schema-path/2023/110101-shili-renda-final.yaml:10:19 错误 unit.region.code: 行政区划代码 320281 与文件名开头的 110101 不一致：请改正代码或文件名',
    ]);
    expect(loadReports(join(fixtures, 'schema-path')).hasErrors).toBe(true);
  });

  it('shape errors make a declaration unusable; check findings do not', () => {
    expect(loadReports(join(fixtures, 'bad'), [bad('wrong-type')]).hasErrors).toBe(true);
    const sums = loadReports(join(fixtures, 'bad'), [bad('inconsistent-sums')]);
    expect(sums.hasErrors).toBe(false);
    expect(sums.reports).toHaveLength(1);
  });

  it('a valid declaration has no diagnostics', () => {
    expect(messages(join(fixtures, 'good'))).toEqual([]);
  });
});

// Each test starts Node once or twice (~1 s each alone; several times that on a loaded machine).
describe('npm run validate', { timeout: 30_000 }, () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/validate.ts', ...args], { encoding: 'utf8', cwd: join(import.meta.dirname, '../..') });

  it('prints every problem of every file in one run and exits 1, without a stack trace', () => {
    const r = run(join(fixtures, 'bad'));
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    // 28 files: 26 unusable with 31 declaration errors (unknown-field, schema-control-character,
    // schema-duplicate-project-id, schema-number-as-text and schema-indicator-rules have two each);
    // inconsistent-sums and read-many-aliases are usable.
    expect(lines.filter((l) => l.includes(' 错误 ') && !l.includes('[sum.'))).toHaveLength(31);
    expect(r.stderr).toContain('检查了 28 个文件，2 份报告可用。声明错误 31 个（必须修改）');
    expect(r.stdout).toContain('bad/read-alias-bomb.yaml:9:10 错误 别名展开后的内容太多');
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/^\s+at /m);
    expect(`${r.stdout}${r.stderr}`).not.toContain('内部错误');
  }, 30_000);

  it('exits 0 on the seed content, and 1 with --strict because a seed does not add up', () => {
    expect(run().status).toBe(0);
    expect(run('--strict').status).toBe(1);
  }, 30_000);

  it('prints nothing of a file but escaped diagnostics (no warning of the yaml package quoting it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mingzhang-validate-'));
    try {
      // A mapping used as a key: the yaml package warns, quoting the key, when it turns it into a string.
      const good = readFileSync(join(fixtures, 'good/minimal.yaml'), 'utf8');
      writeFileSync(join(dir, 'x.yaml'), `${good}? { a: "\\e[31m" }\n: x\n`);
      const r = run(dir);
      expect(r.status).toBe(1);
      expect(r.stderr).not.toContain('Warning');
      expect(`${r.stdout}${r.stderr}`).not.toContain('\x1b');
      expect(r.stdout).toContain('不认识的字段：{ a: "\\e[31m" }');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it('rejects an unknown option with usage', () => {
    const r = run('--frobnicate');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('用法');
  });

  it('the build stops with the same messages', () => {
    const r = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', join(fixtures, '../../.scratch/never')], {
      encoding: 'utf8',
      cwd: join(import.meta.dirname, '../..'),
      env: { ...process.env, MINGZHANG_CONTENT: join(fixtures, 'bad') },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad/wrong-type.yaml:2:7 错误 year: 类型不对：应为数字，实际为文本 "二〇二四年"');
    expect(r.stderr).toContain('bad/read-alias-bomb.yaml:9:10 错误 别名展开后的内容太多');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  }, 30_000);
});

describe('reading YAML', () => {
  it('keeps the printed text of decimal amounts', () => {
    const s = parseSource('x.yaml', 'a: 83.00\nb: 6431.71\nc: 2024\nd: "1,048.54"\ne: 12345678901234567890\n');
    expect(s.data).toEqual({ a: '83.00', b: '6431.71', c: 2024, d: '1,048.54', e: '12345678901234567890' });
  });

  it('reads JSON declarations too', () => {
    expect(parseSource('x.json', '{"a": 1.50, "b": [1, 2]}').data).toEqual({ a: '1.50', b: [1, 2] });
  });

  it('keeps the source text of every number that would not print back as written, on both readers', () => {
    const text = 'a: 010101\nb: -0\nc: +1\nd: 1e3\ne: 0x1F\nf: 2024.0\ng: 12345678901234567890\nh: 2024\ni: -5\nj: 0\nk: .5\nl: 0o17\n';
    const expected = { a: '010101', b: '-0', c: '+1', d: '1e3', e: '0x1F', f: '2024.0', g: '12345678901234567890', h: 2024, i: -5, j: 0, k: '.5', l: '0o17' };
    expect(parseSource('x.yaml', text).data).toEqual(expected);
    expect(parseSourceFull('x.yaml', text).data).toEqual(expected);
    expect(parseFastYaml('a: 010101\nb: -0\nh: 2024\n')?.data).toEqual({ a: '010101', b: '-0', h: 2024 });
  });

  it('an indicator value 010101 stays "010101", through the fast reader and the full one (aliases)', () => {
    const withAliases = readFileSync(bad('read-many-aliases'), 'utf8').replace('value: &v "1次"', 'value: &v 010101');
    // The same without aliases (and without the flow sequence of forms), for the fast reader.
    const plain = withAliases.replace('forms: [部门整体预算绩效目标表]', 'forms:\n  - 部门整体预算绩效目标表').replace(/&l1 |&l2 |&v /g, '').replace(/\*l1/g, '产出指标').replace(/\*l2/g, '数量指标').replace(/\*v/g, '010101');
    for (const text of [withAliases, plain]) {
      const { decl, diagnostics } = validateDeclaration('x.yaml', text);
      expect(diagnostics).toEqual([]);
      expect(decl!.projects![0]!.indicators!.slice(0, 2).map((i) => i.value)).toEqual(['010101', '010101']);
    }
    expect(parseFastYaml(withAliases)).toBeUndefined();
    expect(parseFastYaml(plain)).toBeDefined();
  });

  it('nesting 3,000 deep (block mapping, block and flow sequences) gets the nesting limit at the 101st level, not a stack overflow', () => {
    const deepMap = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k:\n`).join('') + `${' '.repeat(3000)}k: 1\n`;
    const message = '嵌套层级太深：声明最多嵌套 100 层（键下的键、列表中的列表）';
    for (const [text, at] of [
      [deepMap, '101:101'],
      [`k:\n  ${'- '.repeat(3000)}x\n`, '2:201'],
      [`k: ${'['.repeat(3000)}${']'.repeat(3000)}\n`, '1:103'],
      [`k: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}\n`, '1:400'],
    ] as const) {
      expect(parseSource('x.yaml', text).syntaxErrors.map((d) => `${d.line}:${d.column} ${d.message}`), text.slice(0, 20)).toEqual([`${at} ${message}`]);
    }
  }, 30_000);

  it('a .json declaration that is not JSON is told so, at the place JSON stops', () => {
    const s = parseSource('x.json', '{"year": 2024,\n "stage" "预算"}');
    expect(s.syntaxErrors.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(['2:10 文件名是 .json，但内容不是 JSON（此处出错）：如果它是 YAML，请改名为 .yaml；如果是 JSON，请修改此处']);
  });

  it('locates nested fields, and the deepest existing parent of a missing one', () => {
    const s = parseSource('x.yaml', 'unit:\n  region:\n    code: "12"\n');
    expect(s.locate(['unit', 'region', 'code'])).toEqual({ line: 3, column: 11 });
    expect(s.locate(['unit', 'region', 'province'])).toEqual({ line: 3, column: 5 });
  });
});

it('the committed JSON Schema is up to date with the zod schema', async () => {
  const { reportJsonSchema } = await import('../../src/model/json-schema.ts');
  const committed = execFileSync('cat', [join(fixtures, '../../content/report.schema.json')], { encoding: 'utf8' });
  expect(committed).toBe(reportJsonSchema());
});

describe('numbers kept as text (issue 15, item 15 c)', () => {
  const yearMessage = (year: string) => {
    const text = readFileSync(join(fixtures, 'good/minimal.yaml'), 'utf8').replace('year: 2024\n', `year: ${year}\n`);
    return validateDeclaration('x.yaml', text).diagnostics.map((d) => `${d.field}: ${d.message}`);
  };
  it.each([
    ['2024.0', 'year: 应为整数，实际为 2024.0（请写作 2024，不带小数点或指数）'],
    ['2.024e3', 'year: 应为整数，实际为 2.024e3（请写作 2024，不带小数点或指数）'],
    ['2024.5', 'year: 应为整数，实际为 2024.5'],
    ['"2024"', 'year: 类型不对：应为数字，实际为文本 "2024"（请去掉引号）'],
    ['1e20', 'year: 数值过大：应为不超过 9007199254740991 的整数，实际为 1e20'],
    ['二〇二四', 'year: 类型不对：应为数字，实际为文本 "二〇二四"'],
  ])('year: %s', (year, message) => {
    expect(yearMessage(year)).toEqual([message]);
  });
});

describe('links (issue 15, item 7)', () => {
  it('an http address the URL parser refuses gets its own message', () => {
    const text = readFileSync(join(fixtures, 'good/minimal.yaml'), 'utf8').replace('  publisher: 示例县人民代表大会常务委员会办公室\n', '$&  url: "https://exa%mple.org/a.pdf"\n');
    expect(validateDeclaration('x.yaml', text).diagnostics.map((d) => `${d.line}:${d.column} ${d.field}: ${d.message}`)).toEqual([
      '14:8 source.url: 不是有效的网址（实际为 "https://exa%mple.org/a.pdf"）',
    ]);
  });
});
