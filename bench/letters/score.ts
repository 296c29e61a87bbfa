// Scoring a mapping against the labels: every labelled character of an answer or of the general comments (white
// space and headings aside) is right when the mapping puts it with the same question, or with none for general
// comments. A passage is right when most of its characters are.
import type { LabelledPassage } from './letter-builder.ts';

export interface Labelled {
  text: string;
  passages: LabelledPassage[];
}

export interface MappedRange {
  questionId: string | null;
  start: number;
  end: number;
}

export interface Tally {
  passages: number;
  rightPassages: number;
  chars: number;
  rightChars: number;
}

export const emptyTally = (): Tally => ({ passages: 0, rightPassages: 0, chars: 0, rightChars: 0 });

export function addTally(into: Tally, from: Tally): void {
  into.passages += from.passages;
  into.rightPassages += from.rightPassages;
  into.chars += from.chars;
  into.rightChars += from.rightChars;
}

export function scoreLetter(letter: Labelled, mapped: readonly MappedRange[], onWrong?: (label: LabelledPassage, share: number) => void): Tally {
  // Characters no passage covers count as general comments.
  const questionAt: (string | null)[] = new Array(letter.text.length).fill(null);
  for (const range of mapped) for (let i = range.start; i < range.end; i += 1) questionAt[i] = range.questionId;
  const tally = emptyTally();
  for (const label of letter.passages) {
    if (label.kind === 'heading') continue;
    let chars = 0;
    let right = 0;
    for (let i = label.start; i < label.end; i += 1) {
      if (/\s/.test(letter.text[i]!)) continue;
      chars += 1;
      if (questionAt[i] === label.questionId) right += 1;
    }
    if (chars === 0) continue;
    tally.passages += 1;
    tally.chars += chars;
    tally.rightChars += right;
    if (right / chars > 0.5) tally.rightPassages += 1;
    else onWrong?.(label, right / chars);
  }
  return tally;
}
