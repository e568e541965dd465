/**
 * The small link from a figure to the findings about it, as HTML: a report page prints one beside
 * every flagged figure, in its tables and project sections (the *-html.ts modules).
 */
import { SEVERITY_LABEL } from '../checks/finding.ts';
import type { FindingMark } from './findings.ts';
import { esc } from './html-escape.ts';

/** The link to the first finding about a figure ('' when there is none). */
export function findingMarkHtml(mark: FindingMark | undefined): string {
  if (!mark) return '';
  const icon = mark.severity === 'info' ? 'ⓘ' : '⚠';
  const more = mark.ids.length > 1 ? `（${mark.ids.length} 条）` : '';
  return `<a class="finding-mark severity-${mark.severity}" href="#${esc(mark.ids[0]!)}"><span aria-hidden="true">${icon}</span>检查：${SEVERITY_LABEL[mark.severity]}${more}</a>`;
}
