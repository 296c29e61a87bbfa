// Without JavaScript a passage cannot be selected, so staff code and quote by paragraph: the text split at blank
// lines (or single line breaks, as letters and forms often use), each paragraph with its offsets in the text.

export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

/** Non-blank paragraphs, trimmed, with UTF-16 offsets such that text.slice(start, end) === paragraph.text. */
export function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const lines = /[^\r\n]+/g;
  for (const match of text.matchAll(lines)) {
    const leading = match[0].length - match[0].trimStart().length;
    const trimmed = match[0].trim();
    if (!trimmed) continue;
    const start = match.index + leading;
    paragraphs.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return paragraphs;
}
