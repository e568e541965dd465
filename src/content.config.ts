/**
 * The `reports` content collection. Its loader runs the same validation as `npm run validate`
 * and stops the build with the same messages when a declaration cannot be used.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { relative } from 'node:path';
import { reportsDir } from './declaration/content-dir.ts';
import { formatDiagnostic } from './declaration/diagnostic.ts';
import { loadReports } from './declaration/load-reports.ts';
import { report } from './model/schema.ts';

function reportsLoader(): Loader {
  return {
    name: 'mingzhang-reports',
    async load({ store, parseData, logger }) {
      const { reports, diagnostics, hasErrors } = loadReports(reportsDir());
      if (hasErrors) {
        const lines = diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic({ ...d, file: relative(process.cwd(), d.file) }));
        throw new Error(`内容声明有错误，构建已停止：\n${lines.join('\n')}`);
      }
      store.clear();
      for (const r of reports) {
        const data = await parseData({ id: r.id, data: r.decl as unknown as Record<string, unknown>, filePath: r.file });
        store.set({ id: r.id, data, filePath: relative(process.cwd(), r.file) });
      }
      logger.info(`${reports.length} reports`);
    },
  };
}

export const collections = {
  reports: defineCollection({ loader: reportsLoader(), schema: report }),
};
