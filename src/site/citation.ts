/**
 * The citation of a report's source document, as a journalist would copy it:
 * 《title》，publisher，date，URL，SHA-256 … — absent parts left out, never invented.
 */
import type { Report } from '../model/report.ts';
import { isHttpUrl } from '../model/schema.ts';

export interface CitationField {
  label: string;
  value: string;
  /** For the URL. */
  href?: string | undefined;
  /** Hashes and file names: shown in monospace, breakable. */
  code?: boolean | undefined;
}

export interface CitationView {
  /** One line to copy. */
  text: string;
  fields: CitationField[];
  /** How this site's transcription was made, when known. */
  transcription?: string | undefined;
}

/** "2024-01-15" → "2024年1月15日" */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

export function citation(report: Report): CitationView {
  const s = report.source;
  const parts: string[] = [`《${s.title}》`, s.publisher];
  if (s.published) parts.push(`${chineseDate(s.published)}发布`);
  if (s.reference) parts.push(s.reference);
  if (s.url) parts.push(s.url);
  if (s.sha256) parts.push(`文件 SHA-256：${s.sha256}`);
  if (s.url && s.retrieved) parts.push(`${chineseDate(s.retrieved)}获取`);
  const text = `${parts.join('，')}。`;

  const fields: CitationField[] = [
    { label: '标题', value: s.title },
    { label: '发布者', value: s.publisher },
  ];
  if (s.published) fields.push({ label: '发布日期', value: chineseDate(s.published) });
  // The schema takes only http(s) addresses; a link is made only from one of those all the same, so
  // that no declaration that reached the page some other way can put a javascript: link on it.
  if (s.url) fields.push({ label: '链接', value: s.url, href: isHttpUrl(s.url) ? s.url : undefined });
  if (s.retrieved) fields.push({ label: '获取日期', value: chineseDate(s.retrieved) });
  if (s.format) fields.push({ label: '原件格式', value: s.format });
  if (s.file_name) fields.push({ label: '原始文件名', value: s.file_name, code: true });
  if (s.sha256) fields.push({ label: '文件 SHA-256', value: s.sha256, code: true });
  if (s.reference) fields.push({ label: '页码或表号', value: s.reference });
  if (s.note) fields.push({ label: '说明', value: s.note });

  const t = s.transcribed_from;
  const transcription = t ? `本页数据转录自文本文件 ${t.file}（SHA-256：${t.sha256}）。` : undefined;
  return { text, fields, transcription };
}

/** What the citation lacks, said plainly (so a reader knows to look for the original). */
export function missingCitationParts(report: Report): string[] {
  const s = report.source;
  const missing: string[] = [];
  if (!s.published) missing.push('发布日期');
  if (!s.url) missing.push('链接');
  if (!s.sha256) missing.push('文件哈希');
  return missing;
}
