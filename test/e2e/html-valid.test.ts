/**
 * Every page of the built sites (root, sub-path, the paginated comparison) passes the W3C Nu HTML
 * checker (npm vnu-jar, run by its own launcher, which uses the system's Java 11+). Errors only:
 * its warnings are advice (e.g. about redundant roles), not invalid markup. One run over all three
 * sites, so the JVM starts once. The sites have no standalone .svg files; inline SVG is checked as
 * part of each page, so --also-check-svg adds nothing.
 */
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

const vnu = (createRequire(import.meta.url)('vnu-jar') as { vnu: { check(args: string[]): Promise<string> } }).vnu;

/** vnu's messages for every .html file under `dirs`, each as `site/page:line:col: message`. */
async function htmlErrors(dirs: Record<string, string>): Promise<string[]> {
  let output: string;
  try {
    output = await vnu.check(['--errors-only', '--skip-non-html', '--format', 'json', ...Object.values(dirs)]);
  } catch (e) {
    // vnu exits non-zero when it found errors; its report is the error's message.
    output = (e as Error).message;
  }
  const { messages } = JSON.parse(output) as { messages: VnuMessage[] };
  return messages.map((m) => {
    const file = decodeURIComponent((m.url ?? '').replace(/^file:/, ''));
    const [site, dir] = Object.entries(dirs).find(([, d]) => file.startsWith(d)) ?? ['?', ''];
    const where = `${site}/${relative(dir, file)}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'}`;
    return `${where}: ${m.type}${m.subType ? ` ${m.subType}` : ''}: ${m.message}${m.extract ? ` «${m.extract.trim().slice(0, 120)}»` : ''}`;
  });
}

describe('HTML of the built sites', () => {
  it('passes the Nu HTML checker (vnu --errors-only) on every page', async () => {
    const errors = await htmlErrors({ root: inject('rootDir'), sub: inject('subDir'), parts: inject('partsDir') });
    expect(errors).toEqual([]);
  }, 180_000);
});
