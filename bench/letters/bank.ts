// What a language brings to the labelled letters: sentences answering each HRC56 question, items for lists inside
// answers, short titles, the letter's frame (greetings, preambles, closings) and the senders who write in it.
import type { StakeholderType } from '../../src/features/calls/index.ts';

export interface Sender {
  /** The organisation as it signs; null for a person writing for themselves. */
  organisation: string | null;
  type: StakeholderType;
  /** ISO 3166-1 alpha-2 of the country in the letterhead or signature. */
  country: string;
  city: string;
  /** The country as the letter names it. */
  countryName: string;
  person: string;
  title: string;
  address: string;
}

export interface LanguageBank {
  language: 'en' | 'fr' | 'es';
  /** Per question (index 0..9): sentences an answer is made of. */
  answers: string[][];
  /** Per question: items of a list inside the answer. */
  listItems: string[][];
  /** An introduction and three points a preamble may list, numbered like answers: a trap for the mapping. */
  preamblePoints: string[];
  listIntros: string[];
  /** Per question: a short title a letter may put after the number ("3. Media and platforms"). */
  titles: string[];
  /** Numbered heading styles in this language, `{n}` standing for the number. */
  headingStyles: string[];
  /** "Answer:" labels after a copied question. */
  answerLabels: string[];
  greetings: string[];
  /** `{org}`, `{country}` are filled from the sender. */
  preambles: string[];
  thanks: string[];
  closings: string[];
  /** Sentences asking not to publish, and sentences that look like it but do not ask it. */
  refusals: string[];
  notRefusals: string[];
  dates: string[];
  subjects: string[];
  senders: Sender[];
}

export const sharedStyles = ['{n}.', '{n})', '({n})', '{n} -', 'Q{n}', 'Q.{n}', '**{n}.**'];
