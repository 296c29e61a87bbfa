// A letter as lines with their offsets: headings, closings and signatures are all decided line by line.

export interface Line {
  index: number;
  start: number;
  /** Offset of the line break (exclusive end of the text). */
  end: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const match of text.matchAll(/\r\n|\r|\n|$/g)) {
    lines.push({ index: lines.length, start, end: match.index, text: text.slice(start, match.index) });
    if (match[0] === '') break;
    start = match.index + match[0].length;
  }
  return lines;
}

export function isBlank(line: Line): boolean {
  return line.text.trim() === '';
}

/** Leading spaces and tabs, tabs counted as four. */
export function indentOf(line: Line): number {
  const lead = /^[ \t]*/.exec(line.text)![0];
  return lead.replace(/\t/g, '    ').length;
}

export function previousNonBlank(lines: readonly Line[], index: number): Line | undefined {
  for (let i = index - 1; i >= 0; i -= 1) if (!isBlank(lines[i]!)) return lines[i];
  return undefined;
}

/** Offsets of `text` between start and end without the surrounding white space. */
export function trimmedRange(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return { start, end };
}
