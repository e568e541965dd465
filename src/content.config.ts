/**
 * The `reports` content collection. Its loader runs the same validation as `npm run validate`
 * (or takes the result `scripts/build.ts` already has, see shared-load.ts) and stops the build
 * with the same messages when a declaration cannot be used.
 *
 * The data store holds one small entry per report (its file and a digest of the text), not the
 * declaration: Astro keeps the whole store as one JSON string, which at 10,000 reports of ~25 KB
 * would approach V8's string limit. Pages read the declarations from the shared load result
 * (src/site/reports.ts); the entries only tell Astro (and `astro dev`) what exists and when a
 * file changed.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { relative } from 'node:path';
import { reportsDir } from './declaration/content-dir.ts';
import { formatDiagnostic } from './declaration/diagnostic.ts';
import { loadReports } from './declaration/load-reports.ts';
import { shareLoadResult, sharedLoadResult } from './declaration/shared-load.ts';

function reportsLoader(): Loader {
  return {
    name: 'mingzhang-reports',
    async load({ store, logger }) {
      const root = reportsDir();
      // A build from scripts/build.ts has loaded everything already; otherwise (`astro dev`,
      // `astro build`) load now and publish the result for the pages.
      const shared = sharedLoadResult(root);
      const result = shared?.fromBuild ? shared.result : loadReports(root);
      if (!shared?.fromBuild) shareLoadResult(root, result);
      const { reports, diagnostics, hasErrors } = result;
      if (hasErrors) {
        const lines = diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic({ ...d, file: relative(process.cwd(), d.file) }));
        throw new Error(`内容声明有错误，构建已停止：\n${lines.join('\n')}`);
      }
      store.clear();
      for (const r of reports) {
        const file = relative(process.cwd(), r.file);
        store.set({ id: r.id, data: { file }, filePath: file });
      }
      logger.info(`${reports.length} reports`);
    },
  };
}

export const collections = {
  reports: defineCollection({ loader: reportsLoader(), schema: z.object({ file: z.string() }) }),
};
