// The text of an untrusted ODT: its package is read safely (no password, no bomb: office-document.ts), then the
// paragraphs and headings of content.xml are read with a small tokenizer. It expands no entity but XML's five and
// character references, so a DOCTYPE cannot blow up, and it skips what is not the document's text as shown.
import type { DocumentProblem } from './document-problem.ts';
import { readOfficeDocument } from './office-document.ts';

/** Word-processor paragraphs (DOCX, ODT, RTF, and table cells in them) end with a blank line, as mammoth writes. */
export const paragraphEnd = '\n\n';

/**
 * The XML part holding a document's text is read whole (mammoth even builds a DOM of it): beyond this, about a
 * thousand pages of text, a small zip could still take hundreds of megabytes of memory, so it is refused.
 */
export const maxTextPartBytes = 10 * 1024 * 1024;

export type OdtReading = { ok: true; text: string } | { ok: false; problem: DocumentProblem | 'too-large' };

/** Elements whose content a reader does not see as body text: deleted text of tracked changes, comments, alt text. */
const skippedElements = new Set([
  'text:tracked-changes', 'office:annotation', 'text:note-citation', 'svg:title', 'svg:desc', 'text:sequence-decls',
  'text:variable-decls', 'text:user-field-decls', 'office:forms', 'text:bookmark-ref',
]);
const paragraphElements = new Set(['text:p', 'text:h']);

/** A run of spaces written as <text:s text:c="N"/>: bounded, so a huge N cannot fill memory. */
const maxSpaceRun = 100;

const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/y;

export async function odtText(data: Buffer): Promise<OdtReading> {
  const reading = await readOfficeDocument(data, 'odt');
  if (!reading.ok) return reading;
  const content = reading.entries.find((entry) => entry.name === 'content.xml')!.data;
  if (content.length > maxTextPartBytes) return { ok: false, problem: 'too-large' };
  const text = odfBodyText(content.toString('utf8'));
  return text === undefined ? { ok: false, problem: 'malformed' } : { ok: true, text };
}

/** The body text of an ODF content.xml: paragraphs and headings, with their spaces, tabs and line breaks. */
export function odfBodyText(xml: string): string | undefined {
  const out: string[] = [];
  const open: string[] = [];
  let skipped = 0;
  let paragraphs = 0;
  let inBody = false;
  token.lastIndex = 0;
  while (token.lastIndex < xml.length) {
    const match = token.exec(xml);
    if (!match) return undefined; // a "<" that starts nothing XML allows
    const [, cdata, closing, name, attributes, selfClosing, characters] = match;
    const textual = characters ?? cdata;
    if (textual !== undefined) {
      if (inBody && paragraphs > 0 && skipped === 0) {
        const decoded = characters === undefined ? textual : decodeXmlEntities(textual);
        out.push(decoded.replace(/[\t\r\n ]+/g, ' '));
      }
      continue;
    }
    if (!name) continue; // comment, processing instruction, DOCTYPE
    if (closing) {
      if (open.pop() !== name) return undefined;
      if (skippedElements.has(name)) skipped -= 1;
      else if (paragraphElements.has(name)) {
        paragraphs -= 1;
        if (skipped === 0 && inBody) out.push(paragraphEnd);
      } else if (name === 'office:text') inBody = false;
      continue;
    }
    if (!selfClosing) {
      open.push(name);
      if (skippedElements.has(name)) skipped += 1;
      else if (paragraphElements.has(name)) {
        if (paragraphs > 0 && skipped === 0 && inBody) out.push('\n'); // a paragraph inside one: a note, a frame
        paragraphs += 1;
      } else if (name === 'office:text') inBody = true;
      continue;
    }
    if (!inBody || paragraphs === 0 || skipped > 0) continue;
    if (name === 'text:s') {
      const count = Number(/\btext:c\s*=\s*["'](\d{1,6})["']/.exec(attributes ?? '')?.[1] ?? 1);
      out.push(' '.repeat(Math.min(count, maxSpaceRun)));
    } else if (name === 'text:tab') out.push('\t');
    else if (name === 'text:line-break') out.push('\n');
  }
  return open.length === 0 ? out.join('') : undefined;
}

const namedEntities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML's five named entities and character references; anything else is left as written. */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] !== '#') return namedEntities[body] ?? whole;
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}
