// Recognising a question's own words where a letter copies them, in any language of the questionnaire and whatever
// the accents, case or punctuation: the whole question, one of its sentences (question 3 asks two things, and
// letters often answer them one after the other) or one of its parts' labels; and short title lines made of the
// question's words ("Groupes d'élèves et d'étudiants", "Recommendations to the Independent Expert").
import type { Question, Questionnaire } from '../../calls/index.ts';
import { contentWords, stemSet, type Word } from './words.ts';

/** Share of a title line's words that must belong to one question. */
const titlePrecision = 0.8;

/** A question's text in every language, then its parts' labels and details. */
function wordingOf(question: Question): string[] {
  const parts = question.parts.flatMap((part) => [...Object.values(part.label), ...Object.values(part.details ?? {})]);
  return [...Object.values(question.text), ...parts];
}

interface Target {
  questionIndex: number;
  stems: Set<string>;
  /** Sum of the stems' weights: a stem found in every question counts little, one found in one question counts 1. */
  weight: number;
  length: number;
}

export interface WordingMatch {
  questionIndex: number;
  /** Share of the question's (or sentence's) words found, 0..1: the lower of the weighted and the plain share. */
  score: number;
  /** Offset just after the last copied word. */
  end: number;
}

export class QuestionWording {
  private readonly targets: Target[] = [];
  private readonly stemWeight = new Map<string, number>();
  /** Stems found in only one or two questions: the words an answer about that question is likely to use. */
  readonly distinctive: Set<string>[];
  private readonly questionStems: Set<string>[];

  constructor(questionnaire: Questionnaire) {
    const perQuestion = questionnaire.questions.map((q) => stemSet(wordingOf(q).join(' ')));
    this.questionStems = perQuestion;
    const questionsWith = new Map<string, number>();
    for (const stems of perQuestion) for (const stem of stems) questionsWith.set(stem, (questionsWith.get(stem) ?? 0) + 1);
    for (const [stem, count] of questionsWith) this.stemWeight.set(stem, 1 / count);
    this.distinctive = perQuestion.map((stems) => new Set([...stems].filter((s) => questionsWith.get(s)! <= 2)));

    questionnaire.questions.forEach((question, questionIndex) => {
      for (const text of Object.values(question.text)) {
        const sentences = text.split(/(?<=[?.!])\s+(?=[¿¡\p{Lu}])/u);
        for (const variant of sentences.length > 1 ? [text, ...sentences] : [text]) this.addTarget(questionIndex, variant);
      }
      for (const label of wordingOf(question).slice(Object.keys(question.text).length)) this.addTarget(questionIndex, label);
    });
  }

  /**
   * The question a short title line is made of: nearly all its words (weighted as in `match`, a word no question
   * uses weighing 1) belong to that question, enough of them to tell it from the others.
   */
  matchTitle(words: readonly Word[]): WordingMatch | null {
    const stems = [...new Set(words.map((w) => w.stem))];
    if (stems.length < 2 || stems.length > 12) return null;
    const total = stems.reduce((sum, stem) => sum + (this.stemWeight.get(stem) ?? 1), 0);
    const scored = this.questionStems
      .map((questionStems, questionIndex) => ({ questionIndex, found: this.weigh(stems.filter((s) => questionStems.has(s))) }))
      .sort((a, b) => b.found - a.found);
    const [best, second] = scored;
    if (!best || best.found / total < titlePrecision || best.found < 1.2 || best.found - (second?.found ?? 0) < 0.5) return null;
    return { questionIndex: best.questionIndex, score: best.found / total, end: words.at(-1)!.end };
  }

  private addTarget(questionIndex: number, text: string): void {
    const words = contentWords(text);
    const stems = new Set(words.map((w) => w.stem));
    if (stems.size < 4) return;
    this.targets.push({ questionIndex, stems, weight: this.weigh(stems), length: words.length });
  }

  private weigh(stems: Iterable<string>): number {
    let sum = 0;
    for (const stem of stems) sum += this.stemWeight.get(stem) ?? 0;
    return sum;
  }

  /**
   * How well the words from `words[from]` on copy each question: the best target per question, those scoring at
   * least `minScore`. A copy must start where the heading starts, so one of its first three words must belong to it.
   */
  match(text: string, words: readonly Word[], from: number, limit: number, minScore: number): WordingMatch[] {
    const best = new Map<number, WordingMatch>();
    for (const target of this.targets) {
      const windowEnd = Math.min(words.length, from + Math.ceil(target.length * 1.4) + 3);
      const window = words.slice(from, windowEnd).filter((w) => w.end <= limit);
      if (!window.slice(0, 3).some((w) => target.stems.has(w.stem))) continue;
      const found = new Set<string>();
      const hits: { word: Word; weight: number }[] = [];
      let running = 0;
      let misses = 0;
      for (const word of window) {
        if (target.stems.has(word.stem)) {
          if (!found.has(word.stem)) {
            found.add(word.stem);
            running += this.stemWeight.get(word.stem) ?? 0;
            hits.push({ word, weight: running });
          }
          misses = 0;
        } else if ((misses += 1) >= 3 && found.size >= target.stems.size * 0.6) {
          break; // the copy has ended and the answer begun
        }
      }
      // Weighted, the share tells one question from another; plain, it tells a copy from an answer that reuses the
      // question's rarest words ("We recommend that the Independent Expert…" is no copy of question 10).
      const score = Math.min(running / target.weight, found.size / target.stems.size);
      const lastHit = copyEnd(text, window, hits.findIndex((h) => h.weight >= running * 0.9), hits, target.stems);
      const current = best.get(target.questionIndex);
      if (score >= minScore && lastHit && (!current || score > current.score)) {
        best.set(target.questionIndex, { questionIndex: target.questionIndex, score, end: lastHit.end });
      }
    }
    return [...best.values()];
  }

  /** Distinctive words of the question found among `words` (an answer tends to reuse them). */
  distinctiveHits(questionIndex: number, words: readonly Word[]): number {
    const distinctive = this.distinctive[questionIndex]!;
    return new Set(words.filter((w) => distinctive.has(w.stem)).map((w) => w.stem)).size;
  }
}

/**
 * The last copied word. The copy has ended once nearly all its words have been seen (an answer may reuse a word of
 * the question further on), except that its closing words, common as they may be, run on until the sentence ends.
 */
function copyEnd(text: string, window: readonly Word[], at: number, hits: readonly { word: Word }[], stems: Set<string>): Word | undefined {
  let last = hits[at]?.word;
  if (!last) return undefined;
  for (let i = window.indexOf(last) + 1; i < window.length; i += 1) {
    const next = window[i]!;
    if (!stems.has(next.stem) || /[.?!\n]/.test(text.slice(last.end, next.start))) break;
    last = next;
  }
  return last;
}
