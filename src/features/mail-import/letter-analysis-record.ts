// What the import read in a letter, kept (encrypted with the input) for the page where staff confirm the answers:
// the passages and where each went, the guesses about the sender, the language, and a request not to publish.
import type { DetectedLanguage } from '../../platform/language/index.ts';
import type { LetterPassage, SubmitterGuess } from './letter-analysis/index.ts';
import type { ImportProblem } from './mail-import.ts';

export interface LetterAnalysis {
  subject: string;
  from: { name: string; address: string };
  sentOn: string;
  language: DetectedLanguage;
  guess: SubmitterGuess;
  refusal: { phrase: string } | null;
  problems: ImportProblem[];
  passages: Pick<LetterPassage, 'questionId' | 'text' | 'matchedBy'>[];
}
