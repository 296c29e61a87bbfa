// What staff take from an input: codings (a code on a passage or on a choice the submitter ticked), suggestions
// they rejected, and quotes. All are sealed under the input's content key, one record each, so they are as
// confidential as the input.
import type { PartAnswer, SubmissionContent } from '../submissions/index.ts';

/** Where the text lives: a part's answer field, or an emailed letter's text outside any question. */
export interface TextRef {
  /** `<questionId>:<partKey>`, or `generalCommentsRef`. */
  partRef: string;
  field: 'text' | 'details' | 'other';
}

export const generalCommentsRef = 'general-comments';

/** A passage: UTF-16 offsets into the field's text (as the browser's selection counts) and the text itself. */
export interface Passage extends TextRef {
  start: number;
  end: number;
  text: string;
}

export type CodingSource = 'staff' | 'choice' | 'suggestion-accepted';

export type CodingAnchor = ({ kind: 'passage' } & Passage) | { kind: 'choice'; partRef: string; choiceKey: string };

export interface Coding {
  id: string;
  codeId: string;
  anchor: CodingAnchor;
  /** The staff member's id; null when the submitter's own choice coded it. */
  codedBy: string | null;
  source: CodingSource;
  /** Day it was applied (YYYY-MM-DD), kept sealed with the rest. */
  codedOn: string;
}

/** "This code does not apply to this paragraph": a suggestion staff turned down, no longer offered there. */
export interface SuggestionRejection {
  id: string;
  codeId: string;
  /** The whole paragraph the suggestion was made for. */
  passage: Passage;
  rejectedBy: string;
  rejectedOn: string;
}

export interface Quote {
  id: string;
  passage: Passage;
  markedBy: string;
  markedOn: string;
}

/** Whether two passages cover the same span of the same text. */
export function samePlace(a: Passage, b: Passage): boolean {
  return a.partRef === b.partRef && a.field === b.field && a.start === b.start && a.end === b.end;
}

/** The text a ref points at in the opened content, or undefined when that part has no such text. */
export function textAt(content: SubmissionContent, ref: TextRef): string | undefined {
  if (ref.partRef === generalCommentsRef) return ref.field === 'text' ? content.generalComments || undefined : undefined;
  const answer: PartAnswer | undefined = content.answers[ref.partRef];
  return answer?.[ref.field] || undefined;
}

export type PassageProblem = 'no-such-text' | 'outside-text' | 'empty-passage';

/** The passage between two offsets of the decrypted text, or why those offsets do not make one. */
export function passageIn(content: SubmissionContent, ref: TextRef, start: number, end: number): Passage | PassageProblem {
  const text = textAt(content, ref);
  if (text === undefined) return 'no-such-text';
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) return 'outside-text';
  const passage = text.slice(start, end);
  if (passage.trim() === '') return 'empty-passage';
  return { partRef: ref.partRef, field: ref.field, start, end, text: passage };
}
