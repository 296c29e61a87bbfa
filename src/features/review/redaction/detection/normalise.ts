// The detectors read a copy of the text in which look-alike characters are folded to ASCII: Arabic-Indic and
// Persian digits, full-width digits, letters and signs (common in Chinese text), dashes, and the many spaces
// (French puts a narrow no-break space inside phone numbers). Each character becomes exactly one UTF-16 code unit,
// so an offset in the copy is the same offset in the original, and suggestions quote the original.

const ranges: Array<[from: number, to: number, ascii: number]> = [
  [0x0660, 0x0669, 0x30], // Arabic-Indic digits ٠–٩
  [0x06f0, 0x06f9, 0x30], // Extended Arabic-Indic (Persian, Urdu) digits ۰–۹
  [0xff10, 0xff19, 0x30], // full-width digits ０–９
  [0xff21, 0xff3a, 0x41], // full-width A–Z
  [0xff41, 0xff5a, 0x61], // full-width a–z
];

const singles = new Map<number, string>([
  [0xff0b, '+'], [0xff20, '@'], [0xff0e, '.'], [0xff0d, '-'], [0xff08, '('], [0xff09, ')'], [0xff1a, ':'], [0xff03, '#'],
  [0x2010, '-'], [0x2011, '-'], [0x2012, '-'], [0x2013, '-'], [0x2014, '-'], [0x2015, '-'], [0x2212, '-'], [0xfe58, '-'], [0xfe63, '-'],
  [0x00a0, ' '], [0x2002, ' '], [0x2003, ' '], [0x2004, ' '], [0x2005, ' '], [0x2006, ' '], [0x2007, ' '], [0x2008, ' '], [0x2009, ' '],
  [0x200a, ' '], [0x202f, ' '], [0x3000, ' '],
]);

const foldable = /[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0b\uff20\uff0e\uff0d\uff08\uff09\uff1a\uff03\u2010-\u2015\u2212\ufe58\ufe63\u00a0\u2002-\u200a\u202f\u3000]/g;

function fold(character: string): string {
  const code = character.charCodeAt(0);
  const single = singles.get(code);
  if (single) return single;
  const range = ranges.find(([from, to]) => code >= from && code <= to);
  return range ? String.fromCharCode(range[2] + code - range[0]) : character;
}

/** Same length as `text`, look-alikes folded to ASCII. */
export function normaliseForDetection(text: string): string {
  return text.replace(foldable, fold);
}

/** ASCII digits of a passage (after folding), for counting and checksums. */
export function digitsOf(normalised: string): string {
  return normalised.replace(/\D/g, '');
}
