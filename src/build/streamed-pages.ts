/**
 * An Astro integration: the build renders each page as a stream of encoded pieces instead of one
 * string. Astro's static build joins a page into one string and encodes that; V8 must first copy
 * it into one flat string, and a report page (~90,000 characters, Chinese, so two bytes each) makes
 * that copy ~180 KB: larger than V8's largest ordinary object, so it lands on freshly mapped memory
 * and is unmapped again at the next collection (~14 µs a page fault on the bench machine). Streamed,
 * Astro encodes what arrives between two awaits and joins the bytes; with the large parts of a page
 * handed over as bytes (src/site/html-pieces.ts), the Node process of a 10,000-report build took
 * 0.53 million page faults instead of 1.1 million, and the pages are byte-identical (BENCHMARKS.md).
 *
 * It wraps Astro's own prerenderer (the public `setPrerenderer` hook) and turns on streaming through
 * the app's `resolveStreaming()`, the hook Astro's build app uses to leave streaming off. Should a
 * later Astro not have it, the build warns and renders strings, as before.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';

interface StreamingHook {
  resolveStreaming?: () => boolean | undefined;
}

/** `prerenderer` with streaming turned on in its app once set up; `warn` is told when that is not possible. */
export function streamingPrerenderer(prerenderer: AstroPrerenderer, warn: (message: string) => void): AstroPrerenderer {
  return {
    ...prerenderer,
    async setup() {
      await prerenderer.setup?.();
      // The default prerenderer keeps the app it renders with on itself.
      const app = (prerenderer as { app?: StreamingHook }).app;
      if (typeof app?.resolveStreaming === 'function') app.resolveStreaming = () => true;
      else warn(`${prerenderer.name} 没有 resolveStreaming()，页面按整串渲染（构建会慢一些）`);
    },
  };
}

/** The integration for astro.config.mjs. */
export function streamedPages(): AstroIntegration {
  return {
    name: 'mingzhang:streamed-pages',
    hooks: {
      'astro:build:start': ({ setPrerenderer, logger }) => {
        setPrerenderer((prerenderer) => streamingPrerenderer(prerenderer, (m) => logger.warn(m)));
      },
    },
  };
}
