/**
 * The reports of the floor build: one entry per declaration file under BENCH_FLOOR_CONTENT, with
 * the unit name read by a regular expression (the floor must not parse or check anything).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface FloorReport {
  id: string;
  name: string;
}

export function floorReports(root: string = process.env.BENCH_FLOOR_CONTENT ?? ''): FloorReport[] {
  if (!root) throw new Error('BENCH_FLOOR_CONTENT is not set');
  const out: FloorReport[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.yaml')) {
        const name = /^ {2}name: (.*)$/m.exec(readFileSync(p, 'utf8'))?.[1] ?? e.name;
        out.push({ id: relative(root, p).split(sep).join('/').replace(/\.yaml$/, ''), name });
      }
    }
  };
  walk(root);
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
