// Text folding shared by indexing and querying, so both sides meet on the same letters whatever the engine:
// "Défense" = "defense", "SOLIDARIDAD" = "solidaridad", "الإنسانُ" = "الانسان". Done in TypeScript rather than in
// each engine's tokenizer, because SQLite's and PostgreSQL's ideas of case and accents differ.

// Accents are dropped only after letters of scripts where readers treat them as optional; in Devanagari or Thai a
// mark is part of the letter and must stay.
const optionalMarks = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}])\p{Mn}+/gu;
const tatweel = /\u0640/g;
const arabicLetters: Record<string, string> = {
  '\u0671': '\u0627', // alef wasla → alef (hamza and madda forms already lost their mark above)
  '\u0629': '\u0647', // ta marbuta → ha
  '\u0649': '\u064A', // alef maqsura → ya
  '\u06CC': '\u064A', // Persian ya, common in Arabic-script text typed on Persian keyboards
};
const arabicLetterPattern = /[\u0671\u0629\u0649\u06CC]/g;

/** The searchable form of a text: NFKC, lower case, optional accents and tashkeel gone, Arabic letter forms unified. */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(optionalMarks, '$1')
    .replace(tatweel, '')
    .replace(arabicLetterPattern, (letter) => arabicLetters[letter]!)
    .normalize('NFC');
}

/**
 * The original text cut into pieces that fold independently, each with its folded form, so a match found in folded
 * text can be shown on the original (a base letter keeps its marks; "ﬁ" folds to two letters).
 */
export function foldPieces(text: string): { original: string; folded: string }[] {
  return [...text.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)].map(([piece]) => ({ original: piece, folded: foldPiece(piece) }));
}

// A results page folds thousands of characters one by one, and the same few hundred come back: each is folded once.
const foldedPieces = new Map<string, string>();
function foldPiece(piece: string): string {
  let folded = foldedPieces.get(piece);
  if (folded === undefined) {
    folded = foldText(piece);
    if (foldedPieces.size < 50_000) foldedPieces.set(piece, folded);
  }
  return folded;
}
