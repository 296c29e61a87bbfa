// Scoring the two other readings of a letter against the labelled set: who sent it (stakeholder type, organisation,
// countries) and whether it asks not to be published (letters that ask, letters with look-alike sentences that do not).
import { findPublicationRefusal, guessSubmitter } from '../../src/features/mail-import/letter-analysis/index.ts';
import type { LabelledLetter } from './generate-letters.ts';

export interface GuessFigures {
  letters: number;
  type: number;
  organisation: number;
  countries: number;
  refusalsFound: number;
  refusals: number;
  falseRefusals: number;
  misses: string[];
}

export function scoreGuesses(letters: readonly LabelledLetter[]): GuessFigures {
  const figures: GuessFigures = { letters: letters.length, type: 0, organisation: 0, countries: 0, refusalsFound: 0, refusals: 0, falseRefusals: 0, misses: [] };
  for (const letter of letters) {
    const guess = guessSubmitter({ ...letter.email, text: letter.text });
    const typeRight = guess.stakeholderType === letter.sender.type;
    const organisationRight = guess.organisation === letter.sender.organisation;
    const countriesRight = guess.countries.join() === letter.statedCountries.join();
    figures.type += Number(typeRight);
    figures.organisation += Number(organisationRight);
    figures.countries += Number(countriesRight);
    if (!typeRight || !organisationRight || !countriesRight) {
      figures.misses.push(`${letter.id} guessed ${JSON.stringify(guess)}, wanted ${letter.sender.type} ${letter.sender.organisation} [${letter.statedCountries}]`);
    }
    const refusal = findPublicationRefusal(`${letter.email.subject}\n${letter.text}`);
    if (letter.asksNotToPublish) figures.refusals += 1;
    if (letter.asksNotToPublish && refusal) figures.refusalsFound += 1;
    if (!letter.asksNotToPublish && refusal) {
      figures.falseRefusals += 1;
      figures.misses.push(`${letter.id} refusal found where none: ${JSON.stringify(refusal.phrase)}`);
    }
    if (letter.asksNotToPublish && !refusal) figures.misses.push(`${letter.id} refusal missed`);
  }
  return figures;
}
