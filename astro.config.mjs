// @ts-check
import { defineConfig } from 'astro/config';
import { streamedPages } from './src/build/streamed-pages.ts';

/**
 * The one place the site's path is set: serve `dist/` at the root (default) or under a sub-path,
 * e.g. MINGZHANG_BASE=/budget/ npm run build.
 */
const base = process.env.MINGZHANG_BASE ?? '/';

export default defineConfig({
  base,
  site: process.env.MINGZHANG_SITE,
  trailingSlash: 'always',
  // Two pages at a time: one renders while the other's directory and file are written (at 1,000
  // reports the main thread waited 3.4 s for the file system with one page at a time, 2.1 s with two).
  build: { format: 'directory', concurrency: 2 },
  devToolbar: { enabled: false },
  // Pages are encoded in pieces as they render, not as one string (src/build/streamed-pages.ts).
  integrations: [streamedPages()],
  vite: {
    // The interactive ECharts chunk (~600 kB, ~210 kB gzipped) is loaded only when a chart
    // scrolls into view; pages never load it up front, so its size is expected.
    build: { assetsInlineLimit: 0, chunkSizeWarningLimit: 800 },
  },
});
