// The numbered headings letters put before their answers, in English, French and Spanish: "Question 5",
// "Pregunta Nº 5", "Réponse à la question 5", "Q.5", "5)", "(5)", "5.", "5 -", sub-parts ("5(a)", "5 b)", "5.1")
// that belong to question 5, answers given together ("Questions 4 et 5" go to 4), and answers that announce their
// question in their first words ("En relación con la pregunta 5, …"). Only the start of a line is read: a number
// inside a sentence is never a heading.

export type HeadingStyle = 'explicit' | 'paren' | 'enclosed' | 'dot' | 'dash';

export interface NumberedHeading {
  number: number;
  /** "5(a)", "5.1": a part of the question, so it may follow the question's own heading. */
  subPart: boolean;
  style: HeadingStyle;
  /** Characters from the line's start (indentation and bullets included) to the answer or echoed question. */
  prefixLength: number;
  /** "Regarding question 5, we…": the answer starts with its own heading, which stays in its text. */
  announced: boolean;
  /** Indented or bulleted, as items of a list usually are. */
  indented: boolean;
}

// Indentation, a bullet, or the markup of a bold/heading line ("**1.**", "## Question 1").
const lead = String.raw`^(?<lead>[ \t]*(?:[-•*·–—>#]+[ \t]*)?(?:[*_]{1,2})?)`;
const sub = String.raw`(?<sub>\s?\((?:[a-z]|[ivx]{1,4}|\d)\)|\s?[a-z]\)|\.\d{1,2}(?!\d)|[a-z](?=[.):\s]))?`;
// "5 a)", "5(a)": a sub-part that closes itself, so no separator follows.
const closedSub = String.raw`(?<sub>\s?\((?:[a-z]|[ivx]{1,4}|\d)\)|\s?[a-z]\))`;
const end = String.raw`(?:[*_]{1,2})?(?=\s|$)`;

const questionWord = String.raw`(?:questions?|preguntas?|q\.?)\s*(?:n\.?\s?[°ºo]\.?|n[úu]m(?:ero|\.)?|nr\.?|#)?\s*`;
const answerTo = String.raw`(?:(?:answers?|responses?|reply|replies)\s+(?:to\s+)?(?:the\s+)?|r[ée]ponses?\s+(?:aux\s+|[àa]\s+(?:la\s+)?|la\s+)?|respuestas?\s+(?:a\s+)?(?:las?\s+)?)`;
/** "Questions 4 and 5", "preguntas 4 y 5": answered together, filed under the first. */
const together = String.raw`(?:\s*(?:,|and|et|y|&|[-–])\s*\d{1,2}(?!\d))*`;
const announcing = String.raw`(?:regarding|concerning|as\s+(?:for|to|regards)|with\s+(?:regard|respect|reference)\s+to|in\s+(?:response|reply|answer)\s+to|turning\s+to|on|concernant|en\s+ce\s+qui\s+concerne|s['’]agissant\s+de|quant\s+[àa]|pour|sur|en\s+r[ée]ponse\s+[àa]|au\s+sujet\s+de|[àa]\s+propos\s+de|en\s+relaci[óo]n\s+con|en\s+cuanto\s+a|sobre|respecto\s+(?:de|a)|con\s+respecto\s+a|en\s+respuesta\s+a|acerca\s+de|para|referente\s+a)\s+(?:the\s+|la\s+|l['’]\s*)?`;

const patterns: { style: HeadingStyle; regex: RegExp }[] = [
  { style: 'explicit', regex: new RegExp(`${lead}(?:${answerTo})?${questionWord}(?<n>\\d{1,2})${sub}${together}(?:[*_]{1,2})?\\s*[.):\\-–—]?${end}`, 'iu') },
  { style: 'enclosed', regex: new RegExp(`${lead}\\((?<n>\\d{1,2})\\)${sub}${end}`, 'u') },
  { style: 'enclosed', regex: new RegExp(`${lead}\\((?<n>\\d{1,2})(?<sub>\\.\\d{1,2}|\\s?[a-z])\\)[.:]?${end}`, 'u') },
  { style: 'paren', regex: new RegExp(`${lead}(?<n>\\d{1,2})${closedSub}[.:]?${end}`, 'u') },
  { style: 'paren', regex: new RegExp(`${lead}(?<n>\\d{1,2})${sub}\\)${end}`, 'u') },
  { style: 'dot', regex: new RegExp(`${lead}(?<n>\\d{1,2})${sub}\\.(?:[*_]{1,2})?${end}`, 'u') },
  // "5.1 Laws…" has no dot after the sub-part.
  { style: 'dot', regex: new RegExp(`${lead}(?<n>\\d{1,2})(?<sub>\\.\\d{1,2})${end}`, 'u') },
  // "5 - Laws", "5: Laws", and the Spanish "5.- Leyes".
  { style: 'dash', regex: new RegExp(`${lead}(?<n>\\d{1,2})${sub}\\.?\\s*[-–—:]${end}`, 'u') },
];

const announcedPattern = new RegExp(`${lead}${announcing}(?:questions?|preguntas?)\\s*(?:n\\.?\\s?[°ºo]\\.?\\s*)?(?<n>\\d{1,2})(?!\\d)${together}\\s*[,:;]`, 'iu');

export function parseHeading(lineText: string): NumberedHeading | null {
  const announced = announcedPattern.exec(lineText);
  if (announced?.groups) {
    return { number: Number(announced.groups.n), subPart: false, style: 'explicit', prefixLength: announced.groups.lead!.length, announced: true, indented: false };
  }
  for (const { style, regex } of patterns) {
    const match = regex.exec(lineText);
    if (!match?.groups) continue;
    const leadText = match.groups.lead ?? '';
    const prefix = match[0];
    // A trailing separator after the number ("Question 1 –", "1) :") belongs to the heading too.
    const separator = /^[ \t]*[.):\-–—]+(?=\s|$)/.exec(lineText.slice(prefix.length))?.[0] ?? '';
    return {
      number: Number(match.groups.n),
      subPart: Boolean(match.groups.sub),
      style,
      prefixLength: prefix.length + separator.length,
      announced: false,
      indented: /^[ \t]{2,}|[-•*·–—>]/.test(leadText.replace(/[*_]+$/, '')),
    };
  }
  return null;
}
