/** Pages rendered as a stream of encoded pieces (src/build/streamed-pages.ts). */
import { BaseApp } from 'astro/app';
import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { streamingPrerenderer } from '../../src/build/streamed-pages.ts';

/** Shaped like Astro's default prerenderer: `setup` puts the app it renders with on itself. */
function defaultLike(app: object): AstroPrerenderer & { app?: object } {
  const p: AstroPrerenderer & { app?: object } = {
    name: 'astro:default',
    async setup() {
      p.app = app;
    },
    getStaticPaths: async () => [],
    render: async () => new Response('ok'),
  };
  return p;
}

describe('streamingPrerenderer', () => {
  it("turns streaming on in the default prerenderer's app once it is set up, and keeps the rest", async () => {
    const app = { resolveStreaming: (): boolean | undefined => undefined };
    const inner = defaultLike(app);
    const warnings: string[] = [];
    const p = streamingPrerenderer(inner, (m) => warnings.push(m));
    expect(p.name).toBe('astro:default');
    expect(p.render).toBe(inner.render);
    expect(p.getStaticPaths).toBe(inner.getStaticPaths);
    await p.setup!();
    expect(app.resolveStreaming()).toBe(true);
    expect(warnings).toEqual([]);
  });

  it('warns and changes nothing when the app has no such hook', async () => {
    const app = {};
    const warnings: string[] = [];
    await streamingPrerenderer(defaultLike(app), (m) => warnings.push(m)).setup!();
    expect(app).toEqual({});
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('resolveStreaming');
  });

  it("relies on a hook Astro's apps still have", () => {
    // If an Astro upgrade drops it, pages are rendered whole again: slower, not wrong. This says so.
    expect(typeof (BaseApp.prototype as unknown as { resolveStreaming?: unknown }).resolveStreaming).toBe('function');
  });
});
