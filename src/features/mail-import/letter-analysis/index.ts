// Reading a letter sent by email: which passages answer which question, who sent it, and whether it asks not to
// be published. Pure functions over text; the mail import decides what to do with their guesses.
export { mapAnswers, type LetterPassage } from './map-answers.ts';
export { guessSubmitter, type SubmitterEvidence, type SubmitterGuess } from './guess-submitter.ts';
export { findPublicationRefusal, type PublicationRefusal } from './publication-refusal.ts';
