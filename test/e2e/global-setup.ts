/**
 * Build the site as a user would (`npm run build`): the seeds at the root and under a sub-path,
 * and a small synthetic corpus whose one comparison group is too large for one page (so it is
 * split by province and paginated); serve all three for the browser tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { generateReportWithFacts, toYaml } from '../../src/synth/generate.ts';
import { DEPARTMENTS } from '../../src/synth/vocabulary.ts';
import { COMPARE_PAGE_SIZE } from '../../src/site/compare-groups.ts';
import { serveStatic, type RunningServer } from './static-server.ts';
import { SYNTHETIC_MARKER } from '../../src/declaration/content-dir.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    rootUrl: string;
    rootDir: string;
    subUrl: string;
    subDir: string;
    partsUrl: string;
    partsDir: string;
  }
}

export const SUB_PATH = '/budget/';

function build(outDir: string, base: string, content?: string, env: Record<string, string> = {}) {
  execFileSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
    env: { ...process.env, MINGZHANG_BASE: base, ...(content ? { MINGZHANG_CONTENT: content } : {}), ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

/**
 * 2024 人大 reports of the synthetic corpus: two more than a comparison page holds in its first
 * province, so that province takes two pages, and three in the second.
 */
export const SPLIT_CORPUS = [COMPARE_PAGE_SIZE + 2, 3] as const;

function writeSplitCorpus(dir: string): void {
  const seed = 42;
  const taken = new Map<string, number>();
  for (let slot = 0; [...taken.values()].reduce((a, b) => a + b, 0) < SPLIT_CORPUS[0] + SPLIT_CORPUS[1]; slot++) {
    // Unit slot × DEPARTMENTS.length is department 0 (人大) of region slot `slot`; index 2 × unit its 2024 report (layout()).
    const index = 2 * slot * DEPARTMENTS.length;
    const g = generateReportWithFacts(seed, index);
    const province = g.report.unit.region.code.slice(0, 2);
    const n = taken.get(province) ?? 0;
    const want = SPLIT_CORPUS[[...taken.keys(), province].indexOf(province)];
    if (want === undefined || n >= want) continue;
    taken.set(province, n + 1);
    const path = join(dir, g.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, toYaml(g, seed, index));
  }
  // Its places are invented: marked as scripts/synth.ts marks a corpus, so their codes are not checked against the list.
  writeFileSync(join(dir, SYNTHETIC_MARKER), `seed ${seed}\n`);
}

export default async function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), 'mingzhang-e2e-'));
  const rootDir = join(work, 'root');
  const subDir = join(work, 'sub');
  const partsDir = join(work, 'parts');
  const partsContent = join(work, 'parts-content', 'reports');
  writeSplitCorpus(partsContent);
  build(rootDir, '/');
  // Two reports per search shard: the sub-path site's search page queries the five seeds across
  // three shards (search-shards.ts), as a large site's does.
  build(subDir, SUB_PATH, undefined, { MINGZHANG_SEARCH_SHARD_SIZE: '2' });
  build(partsDir, '/', partsContent);
  const servers: RunningServer[] = [await serveStatic(rootDir, '/'), await serveStatic(subDir, SUB_PATH), await serveStatic(partsDir, '/')];
  project.provide('rootUrl', servers[0]!.url);
  project.provide('rootDir', rootDir);
  project.provide('subUrl', servers[1]!.url);
  project.provide('subDir', subDir);
  project.provide('partsUrl', servers[2]!.url);
  project.provide('partsDir', partsDir);
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
    rmSync(work, { recursive: true, force: true });
  };
}
