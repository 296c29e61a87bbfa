// Every line that might open an answer, with what it might open and how much to believe it. Nothing is decided
// here: a "1." may be question 1 or the first item of a list inside an answer; best-sequence.ts chooses.
import type { Questionnaire } from '../../calls/index.ts';
import { parseHeading, type HeadingStyle, type NumberedHeading } from './headings.ts';
import { indentOf, isBlank, previousNonBlank, type Line } from './lines.ts';
import { isGreeting } from './letter-parts.ts';
import { penaliseListItems, penaliseOddStyles } from './list-items.ts';
import { QuestionWording, type WordingMatch } from './question-wording.ts';
import { contentWords, type Word } from './words.ts';

export interface Hypothesis {
  questionIndex: number;
  matchedBy: 'number' | 'wording';
  weight: number;
  subPart: boolean;
  /** A "Question 3" heading may follow question 4 (a letter answering out of order); a bare "3." may not. */
  mayGoBack: boolean;
}

export interface Candidate {
  line: Line;
  /** Where the heading starts (after indentation). */
  start: number;
  /** Where the answer's text starts: after the number, the copied question, a short title or an "Answer:" label. */
  textStart: number;
  heading: NumberedHeading | null;
  hypotheses: Hypothesis[];
}

/**
 * Share of a question's words a line must copy to be taken as that question's heading. On bench/letters every value
 * from 0.55 to 0.8 maps as well, below 0.55 answers start to pass for copies; 0.6 keeps loose copies.
 */
export const wordingThreshold = 0.6;

const styleWeight: Record<HeadingStyle, number> = { explicit: 5, enclosed: 3, paren: 3, dot: 2.5, dash: 2 };
/** "Regarding question 3, …" may also be a reference back from a later answer: believed less than a heading. */
const announcedWeight = 3.5;

const wordingCache = new WeakMap<Questionnaire, QuestionWording>();
function wordingOf(questionnaire: Questionnaire): QuestionWording {
  let wording = wordingCache.get(questionnaire);
  if (!wording) wordingCache.set(questionnaire, (wording = new QuestionWording(questionnaire)));
  return wording;
}

/** Weight of a copied question: 2 at the threshold, 6 for a verbatim copy. */
function echoWeight(score: number): number {
  return 2 + (4 * (score - wordingThreshold)) / (1 - wordingThreshold);
}

interface Reading {
  letter: string;
  lines: readonly Line[];
  tail: number;
  wording: QuestionWording;
  words: Word[];
  numbers: string[];
}

/** `skip`: lines that are no one's heading (page headers and footers). */
export function findCandidates(letter: string, lines: readonly Line[], tail: number, questionnaire: Questionnaire, skip: ReadonlySet<number> = new Set()): Candidate[] {
  const reading: Reading = { letter, lines, tail, wording: wordingOf(questionnaire), words: contentWords(letter), numbers: questionnaire.questions.map((q) => q.number.trim()) };
  const candidates: Candidate[] = [];
  let wordIndex = 0;
  for (const line of lines) {
    if (line.start >= tail) break;
    // "To the Independent Expert on human rights and international solidarity:" greets; it copies question 10's words.
    if (isBlank(line) || skip.has(line.index) || isGreeting(line)) continue;
    const heading = parseHeading(line.text);
    const numbered = heading ? reading.numbers.indexOf(String(heading.number)) : -1;
    if (numbered < 0 && !startsParagraph(lines, line)) continue;
    const prefixEnd = line.start + (numbered >= 0 ? heading!.prefixLength : indentOf(line));
    while (wordIndex < reading.words.length && reading.words[wordIndex]!.start < prefixEnd) wordIndex += 1;
    const candidate = candidateAt(reading, line, numbered >= 0 ? heading : null, numbered, prefixEnd, wordIndex);
    if (candidate) candidates.push(candidate);
  }
  penaliseListItems(candidates);
  penaliseOddStyles(candidates);
  return candidates;
}

function candidateAt(reading: Reading, line: Line, heading: NumberedHeading | null, numbered: number, prefixEnd: number, wordIndex: number): Candidate | null {
  const { letter, lines, tail, wording, words } = reading;
  const echoes = wording.match(letter, words, wordIndex, copyLimit(letter, lines, words[wordIndex], tail), wordingThreshold);
  const echo = echoes.find((e) => e.questionIndex === numbered);
  const hypotheses: Hypothesis[] = [];
  if (heading) {
    const blankRest = line.text.slice(heading.prefixLength).trim() === '';
    const weight = (heading.announced ? announcedWeight : styleWeight[heading.style]) - (heading.subPart ? 0.5 : 0) + (blankRest ? 1 : 0)
      - (heading.indented ? 1 : 0) + (echo ? echoWeight(echo.score) : 0);
    const mayGoBack = heading.style === 'explicit' && !heading.announced;
    hypotheses.push({ questionIndex: numbered, matchedBy: 'number', weight, subPart: heading.subPart, mayGoBack });
  }
  for (const other of echoes) {
    if (other.questionIndex === numbered) continue;
    // A line numbered for another question copies this one's words only when the letter renumbers: believe less.
    hypotheses.push({ questionIndex: other.questionIndex, matchedBy: 'wording', weight: echoWeight(other.score) - (heading ? 1 : 0), subPart: false, mayGoBack: false });
  }
  const title = !heading && echoes.length === 0 && looksLikeTitle(line) ? wording.matchTitle(words.filter((w) => w.start >= line.start && w.end <= line.end)) : null;
  if (title) hypotheses.push({ questionIndex: title.questionIndex, matchedBy: 'wording', weight: 2 + 2 * title.score, subPart: false, mayGoBack: false });
  if (hypotheses.length === 0) return null;
  const best = echo ?? echoes.sort((a, b) => b.score - a.score)[0];
  const textStart = title ? line.end : answerStart(letter, line, prefixEnd, best?.end, heading?.announced ?? false);
  const candidate: Candidate = { line, start: line.start + indentOf(line), textStart, heading, hypotheses };
  addContentBonus(candidate, words, wordIndex, wording);
  return candidate;
}

/** A short line standing alone, not a sentence: "**Groupes d'élèves et d'étudiants**", "Recommendations:". */
function looksLikeTitle(line: Line): boolean {
  const text = line.text.trim().replace(/^[*_#]+|[*_]+$/g, '').trim();
  return text.length <= 100 && !/[.,;]$/.test(text);
}

/** A copied question stays in its paragraph: it ends by a blank line or the next numbered line at the latest. */
function copyLimit(letter: string, lines: readonly Line[], first: Word | undefined, tail: number): number {
  if (!first) return tail;
  const blank = /\n[ \t]*\n/g;
  blank.lastIndex = first.start;
  const paragraphEnd = blank.exec(letter)?.index ?? tail;
  const nextHeading = lines.find((l) => l.start > first.start && parseHeading(l.text) !== null)?.start ?? tail;
  return Math.min(tail, paragraphEnd, nextHeading);
}

/** A copied question begins a paragraph: after a blank line or a finished sentence, never mid-sentence. */
function startsParagraph(lines: readonly Line[], line: Line): boolean {
  if (line.index === 0 || isBlank(lines[line.index - 1]!)) return true;
  const previous = previousNonBlank(lines, line.index)!.text.trim();
  return /[.?!:;)*]["”»]?$/.test(previous);
}

const answerLabel = /^[\s*_]*(?:answer|response|reply|r[ée]ponse|respuesta|contestaci[óo]n|r|a)\s*[:.\-–—][ \t]*/iu;

function answerStart(letter: string, line: Line, prefixEnd: number, echoEnd: number | undefined, announced: boolean): number {
  let start = prefixEnd;
  const copyEnd = echoEnd !== undefined && echoEnd > prefixEnd ? finishCopy(letter, prefixEnd, echoEnd) : prefixEnd;
  if (copyEnd > prefixEnd) {
    start = copyEnd;
  } else if (!announced) {
    const rest = letter.slice(prefixEnd, line.end).trim();
    // "3. Media and platforms" on its own line: a title, not the answer.
    if (rest.split(/\s+/).length <= 6 && !/[.?!]$/.test(rest) && !/^(?:yes|no|oui|non|s[ií])\b/iu.test(rest)) start = line.end;
  }
  const lineEnd = letter.indexOf('\n', start);
  const restOfLine = letter.slice(start, lineEnd < 0 ? letter.length : lineEnd);
  if (restOfLine.trim() === '' && lineEnd >= 0) start = lineEnd + 1;
  const label = answerLabel.exec(letter.slice(start, start + 40));
  return label ? start + label[0].length : start;
}

/**
 * Where a copied question really ends. Its last words may be too common to have been counted ("…do you use?"), so
 * the sentence is finished; and a copy ends a sentence or a line: one running on into the next line's words
 * ("3. Media and platforms" / "We mainly use…") was an answer reusing the question's words, and only what stands
 * before that line break is heading.
 */
function finishCopy(letter: string, prefixEnd: number, echoEnd: number): number {
  let end = echoEnd;
  const rest = /^[^\n.?!:]{0,40}?[.?!:]+["”»)*_]*/u.exec(letter.slice(end, end + 60));
  if (rest && contentWords(rest[0]).length <= 3) end += rest[0].length;
  const endsSentence = /[.?!:]["”»)*_]*$/u.test(letter.slice(prefixEnd, end)) || /^[ \t]*(?:\r?\n|$)/.test(letter.slice(end));
  if (endsSentence) return end;
  const lineBreak = letter.lastIndexOf('\n', end - 1);
  return lineBreak > prefixEnd ? lineBreak : prefixEnd;
}

/** An answer tends to reuse the words that only its question uses ("platforms", "students", "assistance"). */
function addContentBonus(candidate: Candidate, words: readonly Word[], from: number, wording: QuestionWording): void {
  const after = words.slice(from, from + 80).filter((w) => w.start >= candidate.textStart).slice(0, 50);
  for (const hypothesis of candidate.hypotheses) {
    hypothesis.weight += Math.min(1.5, 0.5 * wording.distinctiveHits(hypothesis.questionIndex, after));
  }
}
