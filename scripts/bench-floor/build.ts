/**
 * node scripts/bench-floor/build.ts --content <dir> --outDir <dir>
 * Build the floor site (see astro.config.mjs here) for the benchmark.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  if (!v) throw new Error(`${name} is required`);
  return v;
};
process.env.BENCH_FLOOR_CONTENT = resolve(arg('--content'));
const outDir = resolve(arg('--outDir'));
const { build } = await import('astro');
const started = performance.now();
await build({ root: fileURLToPath(new URL('.', import.meta.url)), outDir, logLevel: 'warn' });
console.log(`built floor in ${Math.round(performance.now() - started)} ms`);
