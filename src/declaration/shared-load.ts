/**
 * One load per process. `scripts/build.ts` validates every declaration and then runs Astro's build
 * in the same process; the content loader and the pages take that result from here instead of
 * reading and checking every file again. Kept on `globalThis` because Astro bundles the pages
 * into their own module graph, so a module-level variable would not be shared.
 */
import { resolve } from 'node:path';
import { loadReports, type LoadResult } from './load-reports.ts';

const KEY = Symbol.for('mingzhang.loadResult');

interface Shared {
  root: string;
  result: LoadResult;
  /** Published by scripts/build.ts for this one build (as opposed to by a loader run in `astro dev`). */
  fromBuild: boolean;
}

type WithShared = typeof globalThis & { [KEY]?: Shared };

/** Publish the result of loading `root` for the rest of the process. */
export function shareLoadResult(root: string, result: LoadResult, fromBuild = false): void {
  (globalThis as WithShared)[KEY] = { root: resolve(root), result, fromBuild };
}

/** What was published for `root`, if anything. */
export function sharedLoadResult(root: string): { result: LoadResult; fromBuild: boolean } | undefined {
  const s = (globalThis as WithShared)[KEY];
  return s && s.root === resolve(root) ? s : undefined;
}

/** The published result for `root`, else load it now (and publish it). */
export function loadReportsShared(root: string): LoadResult {
  const have = sharedLoadResult(root);
  if (have) return have.result;
  const result = loadReports(root);
  shareLoadResult(root, result);
  return result;
}

/** Forget the published result, so its memory can be freed (scripts/build.ts, once the pages are written). */
export function releaseLoadResult(): void {
  delete (globalThis as WithShared)[KEY];
}
