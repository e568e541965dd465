/**
 * Turn a declaration's bytes into text. Declarations must be UTF-8 (a UTF-8 BOM is allowed and
 * dropped); a file saved in another encoding gets a message saying what the encoding looks like
 * and how to save it as UTF-8, instead of mojibake in every later message or NUL bytes written to
 * the terminal.
 */

export type Decoded = { text: string } | { line: number; message: string };

const HOW_TO_SAVE = '请用编辑器“另存为 UTF-8”';

function iconv(from: string): string {
  return `${HOW_TO_SAVE}，或运行 iconv -f ${from} -t UTF-8 原文件 > 新文件`;
}

/** BOMs of the encodings we recognise, longest first (UTF-32 LE begins like UTF-16 LE). */
const BOMS: [number[], string][] = [
  [[0xff, 0xfe, 0x00, 0x00], 'UTF-32LE'],
  [[0x00, 0x00, 0xfe, 0xff], 'UTF-32BE'],
  [[0xff, 0xfe], 'UTF-16LE'],
  [[0xfe, 0xff], 'UTF-16BE'],
];

/** 1-based line of byte `offset` (lines end at LF, which is byte 0x0A in UTF-8 and in GB18030). */
function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Offset of the first byte that is not valid UTF-8. A prefix that only ends inside a character
 * is not an error in streaming mode, so "the prefix fails" is monotone and a binary search finds it.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

function decodes(encoding: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeDeclaration(bytes: Uint8Array): Decoded {
  for (const [bom, name] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return { line: 1, message: `文件编码是 ${name}（文件开头有 ${name} 的 BOM），声明必须是 UTF-8：${iconv(name)}` };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    // UTF-16 without a BOM: ASCII characters leave a NUL in every other byte.
    const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
    let even = 0;
    let odd = 0;
    for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 ? odd++ : even++);
    const pairs = sample.length / 2;
    if (odd > pairs / 4 && even === 0) return { line: 1, message: `文件看起来是 UTF-16LE 编码（没有 BOM），声明必须是 UTF-8：${iconv('UTF-16LE')}` };
    if (even > pairs / 4 && odd === 0) return { line: 1, message: `文件看起来是 UTF-16BE 编码（没有 BOM），声明必须是 UTF-8：${iconv('UTF-16BE')}` };
    return { line: lineOf(bytes, nul), message: '文件中有 NUL 字节（0x00）：这不是文本文件，或不是 UTF-8 编码。声明必须是 UTF-8 文本' };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    const bad = start + firstInvalidUtf8(body);
    const line = lineOf(bytes, bad);
    if (decodes('gb18030', body)) return { line, message: `文件不是 UTF-8 编码，看起来是 GB18030（GBK、GB2312）编码，声明必须是 UTF-8：${iconv('GB18030')}` };
    return { line, message: `文件不是有效的 UTF-8 编码（第一处无效的字节在此行），声明必须是 UTF-8：${HOW_TO_SAVE}` };
  }
}
