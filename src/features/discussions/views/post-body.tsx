// A post's text as readers see it: paragraphs at blank lines, line breaks kept, http(s) addresses made links. The
// text is never read as HTML or Markdown: Preact escapes every piece, so `<script>` or `[x](javascript:…)` stay text.
import type { VNode } from 'preact';

// Trailing punctuation usually ends the sentence, not the address ("see https://example.org.").
const urlPattern = /https?:\/\/[^\s<>"'`]+/g;
const trailing = /[.,;:!?)\]}'"»”’]+$/;

export interface TextPiece {
  text: string;
  href?: string;
}

/** Splits one line into plain pieces and link pieces. */
export function linkPieces(line: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of line.matchAll(urlPattern)) {
    let url = match[0];
    // Keep a closing bracket that belongs to the address, as in https://en.wikipedia.org/wiki/Solidarity_(ethics).
    const cut = trailing.exec(url);
    if (cut) url = url.slice(0, url.length - cut[0].length) + (cut[0].startsWith(')') && url.includes('(') ? ')' : '');
    if (!isWebAddress(url)) continue;
    if (match.index > last) pieces.push({ text: line.slice(last, match.index) });
    pieces.push({ text: url, href: url });
    last = match.index + url.length;
  }
  if (last < line.length) pieces.push({ text: line.slice(last) });
  return pieces;
}

function isWebAddress(candidate: string): boolean {
  try {
    const url = new URL(candidate);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

export function paragraphsOf(body: string): string[][] {
  return body.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n+/).map((p) => p.trim()).filter(Boolean).map((p) => p.split('\n'));
}

export function PostBody({ body, lang }: { body: string; lang?: string | undefined }) {
  return (
    <div class="post-body" lang={lang}>
      {paragraphsOf(body).map((lines) => (
        <p>
          {lines.flatMap((line, index) => {
            const rendered: (VNode | string)[] = linkPieces(line).map((piece) =>
              piece.href ? <a href={piece.href} rel="nofollow noopener ugc">{piece.text}</a> : piece.text);
            return index ? [<br />, ...rendered] : rendered;
          })}
        </p>
      ))}
    </div>
  );
}
