// The letter page's form, as typed: read from a body, and made from the input for the first showing. Placements
// stay strings here so a form that comes back with an error shows exactly what was chosen.
import { formText } from '../../../http/form-fields.ts';
import type { Submission } from '../../submissions/index.ts';
import type { AnswerConfirmation, ImportedLetter } from '../confirm-answers.ts';

/** The choice that puts a passage in the general comments rather than under a question. */
export const generalPlacement = 'general';

export const placementField = (index: number) => `placement-${index}`;

export interface LetterForm {
  name: string;
  stakeholderType: string;
  placements: string[];
}

export function letterFormOf(input: Submission, letter: ImportedLetter): LetterForm {
  return {
    name: input.content.submitter.name,
    stakeholderType: input.stakeholderType,
    placements: letter.analysis.passages.map((p) => p.questionId ?? generalPlacement),
  };
}

export function readLetterForm(body: unknown, passages: number): LetterForm {
  return {
    name: formText(body, 'name'),
    stakeholderType: formText(body, 'stakeholderType'),
    placements: Array.from({ length: passages }, (_, i) => formText(body, placementField(i))),
  };
}

/** What confirmAnswers takes; a missing placement stays '' (no question has that id), so it is refused, not guessed. */
export function confirmationOf(form: LetterForm): AnswerConfirmation {
  return {
    name: form.name,
    stakeholderType: form.stakeholderType,
    placements: form.placements.map((p) => (p === generalPlacement ? null : p)),
  };
}
