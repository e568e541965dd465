/**
 * Index the built report pages with Pagefind (its extended build segments Chinese at index time)
 * and write the search bundle to <outDir>/pagefind/.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** The directory below the site root that holds the search bundle; the search page loads it from there. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

export interface SearchIndexStats {
  pages: number;
  files: number;
  bytes: number;
}

function du(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      const sub = du(p);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      files++;
      bytes += statSync(p).size;
    }
  }
  return { files, bytes };
}

/** Only report pages are indexed: they hold every unit, region, project and indicator. */
export async function writeSearchIndex(outDir: string): Promise<SearchIndexStats> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: outDir, glob: 'reports/**/*.html' });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: join(outDir, SEARCH_BUNDLE_DIR) });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    // The site has its own search page; Pagefind's ready-made UIs would only be dead weight in dist/.
    for (const f of readdirSync(join(outDir, SEARCH_BUNDLE_DIR))) {
      if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(f)) rmSync(join(outDir, SEARCH_BUNDLE_DIR, f));
    }
    return { pages: added.page_count, ...du(join(outDir, SEARCH_BUNDLE_DIR)) };
  } finally {
    await pagefind.close();
  }
}
