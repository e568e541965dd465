/**
 * Escaping for HTML that TypeScript modules build as strings (comparison tables, amounts, search
 * documents): text from documents is untrusted.
 */

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const SPECIAL = /[&<>"']/;

/** Escape text for HTML content and attribute values. */
export function esc(s: string | number): string {
  const text = String(s);
  // Most text has nothing to escape; testing first spares a replace per string (search documents call this ~500 times a report).
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ESC[c]!) : text;
}
