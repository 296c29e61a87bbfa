// Words compared across spellings and languages: accents, case and punctuation folded away, so "Organización",
// "organisation" and "ORGANIZATION" meet. Offsets are kept so a match can be cut out of the original letter.

/** Lower case without accents: "Pregunta Nº" → "pregunta no". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

// Words that say nothing about which question is meant, in the three languages letters arrive in.
const stopWords = new Set(
  ('the and for are you your our with that this these those from into any other has have how what which does when '
    + 'such more than its their them they was were been being also not all can may could would should will there here '
    + 'les des une est pour par dans sur que qui aux ces ses vos votre nos notre leur leurs avec sont elle ils ont '
    + 'pas plus mais ont dont tout toute tous cette '
    + 'los las del con por para una que sus sus nuestra nuestro este esta estos estas como mas son han ser '
    + 'otro otra otros otras cual cuales ante sobre entre')
    .split(' '),
);

export interface Word {
  /** A crude stem: the first six letters, which is enough to join "solidarity", "solidarité" and "solidaridad". */
  stem: string;
  start: number;
  end: number;
}

export function stemOf(word: string): string {
  const folded = fold(word);
  const singular = folded.length > 4 ? folded.replace(/s$/, '') : folded;
  return singular.slice(0, 6);
}

/** The words of `text` that carry meaning (three letters or more, not a stop word), with their offsets. */
export function contentWords(text: string, offset = 0): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const raw = match[0];
    if (raw.length < 3 || /^\d+$/.test(raw) || stopWords.has(fold(raw))) continue;
    const start = offset + match.index;
    words.push({ stem: stemOf(raw), start, end: start + raw.length });
  }
  return words;
}

export function stemSet(text: string): Set<string> {
  return new Set(contentWords(text).map((w) => w.stem));
}
