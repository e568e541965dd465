// @ts-check
/**
 * The benchmark's floor: the cheapest Astro site with one page per report (a title and a
 * paragraph, no charts, no tables, no checks), so `npm run bench` can print how much of the
 * site's build time is the framework's own. Not part of the site; built only by scripts/bench.ts.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
