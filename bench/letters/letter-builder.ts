// Writing a letter piece by piece while remembering what each piece is: general comments, a heading, or the
// answer to a question. The labels are the truth the mapping is scored against.

export interface LabelledPassage {
  /** null: general comments (letterhead, preamble, closing, signature). */
  questionId: string | null;
  kind: 'general' | 'heading' | 'answer';
  start: number;
  end: number;
}

export class LetterBuilder {
  private text = '';
  private readonly pieces: LabelledPassage[] = [];

  general(text: string): this {
    return this.add(text, 'general', null);
  }

  heading(text: string, questionId: string): this {
    return this.add(text, 'heading', questionId);
  }

  answer(text: string, questionId: string): this {
    return this.add(text, 'answer', questionId);
  }

  /** Separators carry no label: white space is never scored. */
  space(text: string): this {
    this.text += text;
    return this;
  }

  get length(): number {
    return this.text.length;
  }

  private add(text: string, kind: LabelledPassage['kind'], questionId: string | null): this {
    this.pieces.push({ questionId, kind, start: this.text.length, end: this.text.length + text.length });
    this.text += text;
    return this;
  }

  /** The text, and its passages: neighbouring pieces with the same label joined (an answer's paragraphs and list). */
  build(): { text: string; passages: LabelledPassage[] } {
    const passages: LabelledPassage[] = [];
    for (const piece of this.pieces) {
      const last = passages.at(-1);
      if (last && piece.kind !== 'heading' && last.kind === piece.kind && last.questionId === piece.questionId) last.end = piece.end;
      else passages.push({ ...piece });
    }
    return { text: this.text, passages };
  }
}

/**
 * Hard line breaks as a PDF or DOCX extraction leaves them: a space before the width becomes a line break, so
 * offsets (and labels) do not move.
 */
export function wrapLines(text: string, width: number): string {
  const chars = text.split(''); // UTF-16 units, as offsets count them
  let lineStart = 0;
  let lastSpace = -1;
  for (let i = 0; i < chars.length; i += 1) {
    if (chars[i] === '\n') {
      lineStart = i + 1;
      lastSpace = -1;
    } else if (chars[i] === ' ') {
      lastSpace = i;
    }
    if (i - lineStart >= width && lastSpace > lineStart) {
      chars[lastSpace] = '\n';
      lineStart = lastSpace + 1;
      lastSpace = -1;
    }
  }
  return chars.join('');
}

/** A small seeded generator (mulberry32), so the labelled set is the same on every machine and every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
