/**
 * node scripts/synth.ts [--count 1000] [--seed 42] [--out .bench/synth-1000]
 *
 * Writes a synthetic corpus of report declarations (src/synth/generate.ts) into a directory the
 * build can be pointed at with MINGZHANG_CONTENT, without touching content/. The directory is
 * cleared first — but only if it is empty or was written by this script (it carries a `.synth`
 * marker), so a mistyped --out can never wipe real declarations. Prints count, bytes and time.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { generateCorpus } from '../src/synth/generate.ts';
import { SYNTHETIC_MARKER as MARKER } from '../src/declaration/content-dir.ts';

const USAGE = '用法：node scripts/synth.ts [--count 1000] [--seed 42] [--out .bench/synth-1000]';

interface Args {
  count: number;
  seed: number;
  out: string;
}

function parseArgs(argv: string[]): Args {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [key, inline] = a.split('=', 2) as [string, string | undefined];
    if (!['--count', '--seed', '--out'].includes(key)) throw new Error(`未知参数：${a}\n${USAGE}`);
    const v = inline ?? argv[++i];
    if (v === undefined) throw new Error(`${key} 缺少值\n${USAGE}`);
    values.set(key, v);
  }
  const int = (key: string, dflt: number) => {
    const v = values.get(key);
    if (v === undefined) return dflt;
    if (!/^\d+$/.test(v)) throw new Error(`${key} 应为非负整数，实际为 ${v}`);
    return Number(v);
  };
  const count = int('--count', 1000);
  return { count, seed: int('--seed', 42), out: values.get('--out') ?? `.bench/synth-${count}` };
}

/** Empty `dir`, refusing when it holds files this script did not write. */
function clearDir(dir: string): void {
  if (!existsSync(dir)) return;
  const entries = readdirSync(dir);
  if (entries.length > 0 && !entries.includes(MARKER)) {
    throw new Error(`${dir} 不是空目录，也不是 synth 生成的目录（没有 ${MARKER} 标记），为安全起见不清空。请换一个 --out。`);
  }
  rmSync(dir, { recursive: true, force: true });
}

function main(): void {
  const { count, seed, out } = parseArgs(process.argv.slice(2));
  const dir = resolve(out);
  const start = performance.now();
  clearDir(dir);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, MARKER), `seed ${seed}\ncount ${count}\n`);
  let bytes = 0;
  let files = 0;
  const made = new Set<string>();
  for (const f of generateCorpus({ count, seed })) {
    const path = join(dir, f.path);
    const parent = dirname(path);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(path, f.yaml);
    bytes += Buffer.byteLength(f.yaml);
    files++;
  }
  const ms = Math.round(performance.now() - start);
  console.log(`生成 ${files} 份报告，${bytes} 字节（${(bytes / 1048576).toFixed(1)} MiB），用时 ${ms} ms → ${out}`);
}

try {
  main();
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 2;
}
