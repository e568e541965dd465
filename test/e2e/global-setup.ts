/**
 * Build the site twice as a user would (`npm run build`), at the root and under a sub-path,
 * and serve both for the browser tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic, type RunningServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    rootUrl: string;
    rootDir: string;
    subUrl: string;
    subDir: string;
  }
}

export const SUB_PATH = '/budget/';

function build(outDir: string, base: string) {
  execFileSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
    env: { ...process.env, MINGZHANG_BASE: base },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

export default async function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), 'mingzhang-e2e-'));
  const rootDir = join(work, 'root');
  const subDir = join(work, 'sub');
  build(rootDir, '/');
  build(subDir, SUB_PATH);
  const servers: RunningServer[] = [await serveStatic(rootDir, '/'), await serveStatic(subDir, SUB_PATH)];
  project.provide('rootUrl', servers[0]!.url);
  project.provide('rootDir', rootDir);
  project.provide('subUrl', servers[1]!.url);
  project.provide('subDir', subDir);
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
    rmSync(work, { recursive: true, force: true });
  };
}
