/**
 * Where report declarations live. `MINGZHANG_CONTENT` points the build at another directory
 * (a synthetic corpus, a newsroom's own collection) without touching `content/`.
 */
import { resolve } from 'node:path';

export function reportsDir(): string {
  return resolve(process.env.MINGZHANG_CONTENT ?? 'content/reports');
}

/** The file scripts/synth.ts leaves in a corpus it wrote: its places are invented (src/model/region-schema.ts). */
export const SYNTHETIC_MARKER = '.synth';
