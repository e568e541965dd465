/**
 * The reports of the floor build: one entry per declaration file under BENCH_FLOOR_CONTENT, with
 * the unit name read by a regular expression (the floor must not parse or check anything).
 */
import { readFileSync } from 'node:fs';
import { entryId, listDeclarations } from '../../../src/declaration/load-reports.ts';

export interface FloorReport {
  id: string;
  name: string;
}

export function floorReports(root: string = process.env.BENCH_FLOOR_CONTENT ?? ''): FloorReport[] {
  if (!root) throw new Error('BENCH_FLOOR_CONTENT is not set');
  return listDeclarations(root).map((p) => ({
    id: entryId(root, p),
    name: /^ {2}name: (.*)$/m.exec(readFileSync(p, 'utf8'))?.[1] ?? p,
  }));
}
