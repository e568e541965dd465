/**
 * Reading declaration files before YAML: encodings, size, symbolic links, entry ids, and what of
 * a file's content may reach the terminal. The files are made in a temporary directory (binary
 * encodings, a 3 MB file and symlinks are better not committed).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/declaration/diagnostic.ts';
import { listDeclarations, loadReports } from '../../src/declaration/load-reports.ts';

const good = readFileSync(join(import.meta.dirname, '../fixtures/good/minimal.yaml'), 'utf8');
/** The same declaration for another unit, so that two of them are not duplicate reports. */
const other = good.replace('  name: 示例县人民代表大会常务委员会办公室', '  name: 另一县人民代表大会常务委员会办公室');

let dir: string;
let outside: string;
beforeEach(() => {
  const tmp = mkdtempSync(join(tmpdir(), 'mingzhang-read-'));
  dir = join(tmp, 'content');
  outside = join(tmp, 'outside');
  mkdirSync(dir);
  mkdirSync(outside);
});
afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

/** What validate prints for the content directory, paths relative to it. */
function messages(): string[] {
  return loadReports(dir).diagnostics.map((d) => formatDiagnostic({ ...d, file: d.file.slice(dir.length + 1) }));
}

const utf16 = (text: string, bigEndian: boolean) => {
  const le = Buffer.from(text, 'utf16le');
  return bigEndian ? Buffer.from(le.map((_, i) => le[i ^ 1]!)) : le;
};

describe('encodings', () => {
  it('a GBK (GB18030) file is named as such, with the line of the first byte that is not UTF-8', () => {
    // GB18030 bytes of the declaration, from the code table TextDecoder uses.
    const table = new Map<string, number[]>();
    const dec = new TextDecoder('gb18030');
    for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) table.set(dec.decode(new Uint8Array([a, b])), [a, b]);
    const bytes = [...good].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : table.get(c)!));
    writeFileSync(join(dir, 'gbk.yaml'), Uint8Array.from(bytes));
    writeFileSync(join(dir, 'ok.yaml'), other);
    expect(messages()).toEqual([
      'gbk.yaml:3:1 错误 文件不是 UTF-8 编码，看起来是 GB18030（GBK、GB2312）编码，声明必须是 UTF-8：请用编辑器“另存为 UTF-8”，或运行 iconv -f GB18030 -t UTF-8 原文件 > 新文件',
    ]);
  });

  it('UTF-16 and UTF-32, with or without a BOM, are named; no NUL byte is printed', () => {
    writeFileSync(join(dir, 'le-bom.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(good, false)]));
    writeFileSync(join(dir, 'be-bom.yaml'), Buffer.concat([Buffer.from([0xfe, 0xff]), utf16(good, true)]));
    writeFileSync(join(dir, 'le.yaml'), utf16(good, false));
    writeFileSync(join(dir, 'be.yaml'), utf16(good, true));
    writeFileSync(join(dir, 'utf32.yaml'), Buffer.from([0xff, 0xfe, 0, 0, 0x79, 0, 0, 0]));
    writeFileSync(join(dir, 'binary.yaml'), Buffer.from('year: 2024\nstage: \0\n'));
    const out = messages();
    expect(out).toEqual([
      'be-bom.yaml:1:1 错误 文件编码是 UTF-16BE（文件开头有 UTF-16BE 的 BOM），声明必须是 UTF-8：请用编辑器“另存为 UTF-8”，或运行 iconv -f UTF-16BE -t UTF-8 原文件 > 新文件',
      'be.yaml:1:1 错误 文件看起来是 UTF-16BE 编码（没有 BOM），声明必须是 UTF-8：请用编辑器“另存为 UTF-8”，或运行 iconv -f UTF-16BE -t UTF-8 原文件 > 新文件',
      'binary.yaml:2:1 错误 文件中有 NUL 字节（0x00）：这不是文本文件，或不是 UTF-8 编码。声明必须是 UTF-8 文本',
      'le-bom.yaml:1:1 错误 文件编码是 UTF-16LE（文件开头有 UTF-16LE 的 BOM），声明必须是 UTF-8：请用编辑器“另存为 UTF-8”，或运行 iconv -f UTF-16LE -t UTF-8 原文件 > 新文件',
      'le.yaml:1:1 错误 文件看起来是 UTF-16LE 编码（没有 BOM），声明必须是 UTF-8：请用编辑器“另存为 UTF-8”，或运行 iconv -f UTF-16LE -t UTF-8 原文件 > 新文件',
      'utf32.yaml:1:1 错误 文件编码是 UTF-32LE（文件开头有 UTF-32LE 的 BOM），声明必须是 UTF-8：请用编辑器“另存为 UTF-8”，或运行 iconv -f UTF-32LE -t UTF-8 原文件 > 新文件',
    ]);
    expect(out.join('\n')).not.toContain('\0');
  });

  it('bytes that are neither UTF-8 nor GB18030 are reported at their line', () => {
    writeFileSync(join(dir, 'latin1.yaml'), Buffer.concat([Buffer.from('year: 2024\nstage: caf'), Buffer.from([0xe9, 0xff]), Buffer.from('\n')]));
    expect(messages()).toEqual(['latin1.yaml:2:1 错误 文件不是有效的 UTF-8 编码（第一处无效的字节在此行），声明必须是 UTF-8：请用编辑器“另存为 UTF-8”']);
  });

  it('a UTF-8 BOM is fine', () => {
    writeFileSync(join(dir, 'bom.yaml'), `\ufeff${good}`);
    const r = loadReports(dir);
    expect(r.diagnostics).toEqual([]);
    expect(r.reports).toHaveLength(1);
  });
});

describe('what reaches the terminal', () => {
  it('control, bidi and invisible characters quoted from a file are escaped', () => {
    writeFileSync(join(dir, 'ctl.yaml'), good.replace('stage: 预算', 'stage: "预算\\e[31m\u202e\\0"'));
    expect(messages()).toEqual([String.raw`ctl.yaml:3:8 错误 stage: 无效选项：期望以下之一 "预算"|"决算"（实际为 "预算\u001B[31m\u202E\u0000"）`]);
  });
});

describe('size', () => {
  it('a file over 2 MB is refused by its size, before it is read', () => {
    writeFileSync(join(dir, 'huge.yaml'), `${good}notes:\n${'  - 很长的备注很长的备注很长的备注\n'.repeat(60_000)}`);
    writeFileSync(join(dir, 'ok.yaml'), other);
    expect(messages()).toEqual([
      'huge.yaml:1:1 错误 文件太大：2.9 MB，一份声明最多 2.0 MB（最大的真实声明约 60 KB）。请检查是否误放了别的文件，或把声明拆成几份',
    ]);
  }, 30_000);
});

describe('symbolic links', () => {
  it('a link to a file outside the content directory is refused without reading it', () => {
    writeFileSync(join(outside, 'secret.txt'), 'root:x:0:0:root:/root:/bin/bash\n');
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'x.yaml'));
    writeFileSync(join(dir, 'ok.yaml'), other);
    const out = messages();
    expect(out).toEqual([
      `x.yaml:1:1 错误 这是指向内容目录之外（${join(outside, 'secret.txt')}）的符号链接：明账只读内容目录之内的文件，未读取它。请把文件本身放进内容目录`,
    ]);
    expect(out.join('\n')).not.toContain('root:x');
  });

  it('a linked directory outside is refused; one inside is read under its own path only, so a loop ends', () => {
    writeFileSync(join(outside, 'a.yaml'), good);
    symlinkSync(outside, join(dir, 'elsewhere'));
    mkdirSync(join(dir, '2024'));
    writeFileSync(join(dir, '2024', 'b.yaml'), other);
    symlinkSync(join(dir, '2024'), join(dir, 'same'));
    symlinkSync(dir, join(dir, '2024', 'loop'));
    expect(listDeclarations(dir).map((f) => f.slice(dir.length + 1))).toEqual(['2024/b.yaml', 'elsewhere']);
    expect(messages()).toEqual([`elsewhere:1:1 错误 这是指向内容目录之外（${outside}）的符号链接：明账只读内容目录之内的文件，未读取它。请把文件本身放进内容目录`]);
  });

  it('a file named on the command line outside the content directory is read, a link from it is not', () => {
    writeFileSync(join(outside, 'own.yaml'), good);
    writeFileSync(join(dir, '..', 'secret.txt'), 'root:x:0:0\n');
    symlinkSync(join(dir, '..', 'secret.txt'), join(outside, 'link.yaml'));
    const r = loadReports(dir, [join(outside, 'own.yaml'), join(outside, 'link.yaml')]);
    expect(r.reports).toHaveLength(1);
    expect(r.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('符号链接')]);
  });
});

describe('entry ids', () => {
  it('x.yaml and x.yml in one directory are an error naming both', () => {
    writeFileSync(join(dir, 'x.yaml'), good);
    writeFileSync(join(dir, 'x.yml'), other);
    const r = loadReports(dir);
    expect(r.hasErrors).toBe(true);
    expect(r.reports.map((x) => x.id)).toEqual(['x']);
    expect(messages()).toEqual([
      `x.yml:1:1 错误 与 ${join(dir, 'x.yaml')} 的条目 id 相同（x）：同一目录下不能有只差扩展名的两份声明，请删除或改名其中一份`,
    ]);
  });
});
