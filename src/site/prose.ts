/**
 * Prose from a document (functions, goals, measures …) rendered as Markdown and sanitized:
 * document text is untrusted. Headings become paragraphs (the page owns the outline), images are
 * dropped (no request leaves the site), links keep only http(s) and mailto.
 */
import { remark } from 'remark';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Root, Element } from 'hast';
import { esc } from './html-escape.ts';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Headings inside prose would break the page's heading order: make them strong paragraphs. */
function demoteHeadings() {
  return (tree: Root) => {
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (HEADINGS.has(child.tagName)) {
          child.tagName = 'p';
          child.children = [{ type: 'element', tagName: 'strong', properties: {}, children: child.children }];
        } else visit(child);
      }
    };
    visit(tree);
  };
}

const schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => t !== 'img' && t !== 'input' && !HEADINGS.has(t)),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
};

const processor = remark().use(remarkRehype).use(demoteHeadings).use(rehypeSanitize, schema).use(rehypeStringify).freeze();

/**
 * One line of text in which Markdown and HTML can mean nothing (no markup characters, no
 * list, quote or heading start, no line breaks): it renders as one paragraph of itself, without
 * running the Markdown pipeline — most document prose, and ~2 ms a report page saved at scale.
 */
const INERT = /^(?![-+>=\s]|\d+[.)])[^\x00-\x1F\x7F*_`[\]<>&#\\|~]*(?<!\s)$/u;

/** Markdown → safe HTML. */
export function renderProse(markdown: string): string {
  if (markdown !== '' && INERT.test(markdown)) return `<p>${markdown}</p>`;
  return String(processor.processSync(markdown)).trim();
}

/** The Markdown pipeline itself (for tests comparing it with the plain-text shortcut). */
export function renderProseSlow(markdown: string): string {
  return String(processor.processSync(markdown)).trim();
}

/** Prose as a block of the page: `<div class="prose">` around `renderProse(markdown)`, with an optional element id. */
export function proseHtml(markdown: string, id?: string): string {
  return `<div class="prose"${id ? ` id="${esc(id)}"` : ''}>${renderProse(markdown)}</div>`;
}
