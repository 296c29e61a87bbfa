// Cutting a letter that answers a call's questionnaire into passages, each attached to the question it answers,
// so staff start from a filled-in form instead of a wall of text. What is not an answer (greeting, preamble,
// closing, signature) becomes general comments.
import type { Questionnaire } from '../../calls/index.ts';
import { bestSequence } from './best-sequence.ts';
import { findCandidates } from './heading-candidates.ts';
import { splitLines, trimmedRange } from './lines.ts';
import { tailStart } from './letter-parts.ts';
import { pageFurniture } from './page-furniture.ts';

export interface LetterPassage {
  /** null: general comments (preamble, closing, signature, text that answers no question). */
  questionId: string | null;
  /** The passage without its heading line, number or copied question. */
  text: string;
  matchedBy: 'number' | 'wording' | null;
  /** Offsets in the letter's text. */
  start: number;
  end: number;
}

/** In letter order. Several passages may go to one question (sub-parts, or the question's sentences answered apart). */
export function mapAnswers(letter: string, questionnaire: Questionnaire): LetterPassage[] {
  const lines = splitLines(letter);
  const tail = tailStart(letter, lines);
  const furniture = pageFurniture(lines);
  const headings = bestSequence(findCandidates(letter, lines, tail, questionnaire, new Set(furniture.map((l) => l.index))));
  const passages: LetterPassage[] = [];
  const push = (questionId: string | null, matchedBy: LetterPassage['matchedBy'], from: number, to: number) => {
    const { start, end } = trimmedRange(letter, from, to);
    if (end > start) passages.push({ questionId, text: letter.slice(start, end), matchedBy, start, end });
  };
  // A page's header or footer inside an answer is cut out as general comments; the answer goes on after it.
  const add = (questionId: string | null, matchedBy: LetterPassage['matchedBy'], from: number, to: number) => {
    for (const line of furniture) {
      if (questionId === null || line.start < from || line.end > to) continue;
      push(questionId, matchedBy, from, line.start);
      push(null, null, line.start, line.end);
      from = line.end;
    }
    push(questionId, matchedBy, from, to);
  };
  add(null, null, 0, headings[0]?.candidate.start ?? tail);
  headings.forEach(({ candidate, hypothesis }, i) => {
    const question = questionnaire.questions[hypothesis.questionIndex]!;
    add(question.id, hypothesis.matchedBy, candidate.textStart, headings[i + 1]?.candidate.start ?? tail);
  });
  add(null, null, tail, letter.length);
  return passages;
}
