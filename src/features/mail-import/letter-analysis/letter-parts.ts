// The parts of a letter around its answers: the letterhead and greeting before them, the closing formula and
// signature after them. Both the answer mapping (they are general comments) and the submitter guess (they say who
// wrote) read them.
import { fold } from './words.ts';
import { isBlank, type Line } from './lines.ts';
import { findPublicationRefusal } from './publication-refusal.ts';

// Matched against the folded line start, so accents and capitals do not matter. A sign-off ends the answers
// wherever it stands near the end; a courtesy ("Thank you for…") may also open a letter, so it must stand in the
// letter's second half.
const signOffs = [
  'sincerely', 'yours sincerely', 'yours faithfully', 'yours truly', 'yours respectfully', 'respectfully', 'best regards',
  'kind regards', 'warm regards', 'warmest regards', 'regards', 'with best regards', 'with kind regards', 'best wishes',
  'in solidarity', 'cordialement', 'bien cordialement', 'tres cordialement', 'sinceres salutations', 'salutations distinguees',
  'veuillez agreer', 'je vous prie d', 'nous vous prions d', 'respectueusement', 'meilleures salutations', 'solidairement',
  'en solidarite', 'atentamente', 'cordialmente', 'saludos cordiales', 'un cordial saludo', 'reciba un cordial saludo',
  'reciban un cordial saludo', 'con un cordial saludo', 'le saluda atentamente', 'les saluda atentamente', 'sin otro particular',
  'reciba las seguridades', 'en solidaridad', 'fraternalmente',
];
const courtesies = [
  'with thanks', 'thank you for', 'thank you again', 'we thank you', 'we remain at your disposal', 'we remain available',
  'i remain at your disposal', 'avec nos remerciements', 'avec mes remerciements', 'en vous remerciant', 'nous vous remercions',
  'je vous remercie', 'nous restons a votre disposition', 'je reste a votre disposition', 'restant a votre disposition',
  'quedamos a su disposicion', 'quedo a su disposicion', 'muchas gracias', 'agradecemos', 'agradeciendo', 'aprovechamos la oportunidad',
];
const formula = (list: string[]) => new RegExp(`^[\\s*_]*(?:${list.join('|')})\\b`);
const signOffPattern = formula(signOffs);
const courtesyPattern = formula(courtesies);

// A closing is only believed near the end: "Thank you for…" in the middle of an answer is not one.
const maxTailChars = 1200;
const maxTailLines = 16;

function isClosingLine(line: Line): boolean {
  const folded = fold(line.text);
  return signOffPattern.test(folded) || courtesyPattern.test(folded);
}

/** Words in a signature block that a closing-less letter still shows: a title, a contact. */
const signatureMarks = /\b(?:director|directora|directeur|directrice|coordinator|coordinadora?|coordinat(?:eur|rice)|president[ea]?|presidente|secretary|secretaire|secretari[ao]|chair(?:person)?|officer|head of|responsable|representative|representante|founder|fundador[a]?|fondat(?:eur|rice)|professor|professeure?|profesora?|researcher|chercheu(?:r|se)|investigador[a]?|lecturer|tel|phone|telephone|telefono|email|e-mail|correo|courriel|www)\b|@|https?:/;

/**
 * Offset where the letter's tail (closing formula and signature) starts, or the letter's length when it has none.
 * The first closing formula in the last lines wins, so "Thank you for…" and "Sincerely," both fall in the tail;
 * without one, a last block of short lines carrying a title or a contact is taken for a bare signature.
 */
export function tailStart(text: string, lines: readonly Line[]): number {
  const closing = lines.find((line) => isClosingLine(line) && isNearEnd(text, lines, line)) ?? bareSignature(lines);
  return closing ? withRequestBefore(lines, closing).start : text.length;
}

/** "Please do not publish this submission." just before the closing speaks of the letter, not of the last answer. */
function withRequestBefore(lines: readonly Line[], first: Line): Line {
  let end = first.index - 1;
  while (end >= 0 && isBlank(lines[end]!)) end -= 1;
  let start = end;
  while (start > 0 && !isBlank(lines[start - 1]!)) start -= 1;
  const paragraph = lines.slice(start, end + 1);
  const text = paragraph.map((l) => l.text).join('\n');
  return paragraph.length > 0 && paragraph.length <= 3 && text.length <= 300 && findPublicationRefusal(text) ? paragraph[0]! : first;
}

function isNearEnd(text: string, lines: readonly Line[], line: Line): boolean {
  const after = lines.slice(line.index).filter((l) => !isBlank(l));
  if (text.length - line.start > maxTailChars || after.length > maxTailLines) return false;
  // Something must come before a closing, and a courtesy may open a short letter: then it is in its first half.
  const before = lines.slice(0, line.index).some((l) => !isBlank(l) && !isGreeting(l));
  return before && (signOffPattern.test(fold(line.text)) || line.start >= text.length / 2);
}

function bareSignature(lines: readonly Line[]): Line | undefined {
  let last = lines.length - 1;
  while (last >= 0 && isBlank(lines[last]!)) last -= 1;
  let first = last;
  while (first > 0 && !isBlank(lines[first - 1]!)) first -= 1;
  const block = lines.slice(first, last + 1);
  if (first === 0 || block.length === 0 || block.length > 7) return undefined;
  const short = block.every((l) => l.text.trim().length <= 80 && !/[.?!;]$/.test(l.text.trim()));
  const marked = block.some((l) => signatureMarks.test(fold(l.text)));
  return short && marked ? block[0] : undefined;
}

/** The closing formula's line, if the tail starts with one: the signature is what follows it. */
export function closingLine(lines: readonly Line[], tail: number): Line | undefined {
  const line = lines.find((l) => l.start === tail);
  return line && isClosingLine(line) ? line : undefined;
}

// A greeting ends the letterhead: what comes before it is the sender's heading (name, address, date, reference).
const greeting = /^[\s*_]*(?:dear|to whom|to the\b|a la experta|a l.experte|your excellency|excellency|madam|sir\b|re:|subject|object|objet|madame|monsieur|mesdames|a l.attention|chere|cher\b|excellence|estimad[ao]s?|senor|senora|distinguid[ao]s?|excelentisim[ao]|asunto|referencia|muy senor|a quien)/;

export function isGreeting(line: Line): boolean {
  return greeting.test(fold(line.text));
}

/** The first lines, up to the greeting (or the first long line), where a letterhead stands. */
export function letterheadLines(lines: readonly Line[]): Line[] {
  const head: Line[] = [];
  for (const line of lines) {
    if (isBlank(line)) continue;
    if (isGreeting(line) || line.text.trim().length > 90 || head.length >= 8) break;
    head.push(line);
  }
  return head;
}
