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

/** Folded text that remembers where each folded character came from in the original. */
export interface FoldedWithOffsets {
  folded: string;
  /** Piece i is original[starts[i] .. starts[i + 1]): a character and the marks that follow it. */
  starts: number[];
  /** For each folded character, the piece it came from. */
  pieceAt: number[];
}

// A results page folds thousands of characters one at a time, mostly the same few hundred: each is folded once.
const foldedPieces = new Map<string, string>();
function foldPiece(piece: string): string {
  let folded = foldedPieces.get(piece);
  if (folded === undefined) {
    folded = foldText(piece);
    if (foldedPieces.size < 50_000) foldedPieces.set(piece, folded);
  }
  return folded;
}

// A character alone (no marks after it), folded once per code unit: most pieces of any text. ASCII needs no table.
const foldedUnits = new Map<number, string>();
function foldUnit(code: number): string {
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : String.fromCharCode(code);
  let folded = foldedUnits.get(code);
  if (folded === undefined) foldedUnits.set(code, (folded = foldText(String.fromCharCode(code))));
  return folded;
}

const markPattern = /\p{M}/u;
// Whether a character is a mark, remembered per BMP code unit (0 not yet known, 1 no, 2 yes): Arabic or Chinese text
// would otherwise run a Unicode-property regex for every letter.
const markKnown = new Uint8Array(0x10000);
function isMarkAt(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  if (unit < 0x300) return false;
  if (unit >= 0xd800 && unit <= 0xdfff) return markPattern.test(String.fromCodePoint(text.codePointAt(at)!));
  if (!markKnown[unit]) markKnown[unit] = markPattern.test(text[at]!) ? 2 : 1;
  return markKnown[unit] === 2;
}

/**
 * The text folded piece by piece (a character with its marks, so "e" + U+0301 folds as "é" does), keeping the way
 * back to the original: a match found in folded text is shown on the original letters. ASCII takes a fast path.
 */
export function foldWithOffsets(text: string): FoldedWithOffsets {
  const starts: number[] = [];
  const pieceAt: number[] = [];
  let folded = '';
  let at = 0;
  while (at < text.length) {
    let end = at + (text.codePointAt(at)! > 0xffff ? 2 : 1);
    while (end < text.length && isMarkAt(text, end)) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
    const code = text.charCodeAt(at);
    const piece = end === at + 1 ? foldUnit(code) : foldPiece(text.slice(at, end));
    starts.push(at);
    for (let k = 0; k < piece.length; k++) pieceAt.push(starts.length - 1);
    folded += piece;
    at = end;
  }
  starts.push(text.length);
  return { folded, starts, pieceAt };
}
