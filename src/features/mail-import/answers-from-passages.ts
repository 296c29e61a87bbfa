// Turns the passages found in a letter into the input's answers: each question's passages go to its first part that
// takes free text (a long-text answer, or the "please describe" box of a choice); choices are never guessed from
// prose. What belongs to no question, or to a question without a text box, stays in the general comments.
import { partRef, type Part, type Questionnaire } from '../calls/index.ts';
import type { PartAnswer } from '../submissions/index.ts';

export interface AssignedPassage {
  questionId: string | null;
  text: string;
}

function textSlot(parts: readonly Part[]): { part: Part; field: 'text' | 'details' } | null {
  const longText = parts.find((part) => part.kind === 'long-text');
  if (longText) return { part: longText, field: 'text' };
  const withDetails = parts.find((part) => part.details !== null);
  return withDetails ? { part: withDetails, field: 'details' } : null;
}

export function answersFromPassages(
  questionnaire: Questionnaire,
  passages: readonly AssignedPassage[],
): { answers: Record<string, PartAnswer>; generalComments: string } {
  const answers: Record<string, PartAnswer> = {};
  const general: string[] = [];
  for (const passage of passages) {
    const text = passage.text.trim();
    if (!text) continue;
    const question = questionnaire.questions.find((q) => q.id === passage.questionId);
    const slot = question && textSlot(question.parts);
    if (!question || !slot) {
      general.push(question ? `${question.number}. ${text}` : text);
      continue;
    }
    const ref = partRef(question, slot.part);
    const answer = (answers[ref] ??= {});
    answer[slot.field] = answer[slot.field] ? `${answer[slot.field]}\n\n${text}` : text;
  }
  return { answers, generalComments: general.join('\n\n') };
}
