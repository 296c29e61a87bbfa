// Which of the UN languages a letter is written in, offline, with franc's trigram models. franc always names a
// language, so this decides when to say nothing: too little text, paragraphs in different languages, or a language
// outside the choice (a Portuguese letter is not "Spanish, probably").
import { francAll } from 'franc';

export const detectableLanguages = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
export type DetectableLanguage = (typeof detectableLanguages)[number];

export type DetectedLanguage = {
  language: DetectableLanguage | null;
  /** 0 to 1: how clearly the text is in this language rather than the next likeliest; 0 when language is null. */
  confidence: number;
  /** Why no language was named. */
  undecided?: 'too-short' | 'mixed' | 'other-language';
};

/** franc's ISO 639-3 codes; Arabic is Standard Arabic (arb) and Chinese Mandarin (cmn) in its models. */
const francCodes: Record<DetectableLanguage, string> = { en: 'eng', fr: 'fra', es: 'spa', ar: 'arb', zh: 'cmn', ru: 'rus' };
const fromFranc = new Map(Object.entries(francCodes).map(([language, code]) => [code, language as DetectableLanguage]));

/** About a sentence. A Chinese character counts as three letters: it carries about as much as a short word. */
const minimumLetters = 40;
/** Paragraph-sized windows, so a letter half in English and half in French shows as mixed. */
const windowChars = 400;
const maxWindows = 5;
/** Enough of a long text to judge it; windows are spread over this much. */
const maxSampleChars = 100_000;
/** franc's scores are 1 for the best match; a window whose runner-up is closer than this does not vote. */
const minimumMargin = 0.02;
/** A margin this wide is a clear decision (full confidence). */
const clearMargin = 0.1;
/** The share of the text that must agree. */
const minimumShare = 0.6;
/** How much better a language outside the choice may fit before the answer is "none of these". */
const outsideTolerance = 0.05;

/** null when the text is too short or too mixed to say. `candidates` narrows the choice (e.g. the call's languages). */
export function detectLanguage(text: string, candidates?: readonly string[]): DetectedLanguage {
  const allowed = allowedLanguages(candidates);
  const sample = sampleOf(text);
  if (letterWeight(sample) < minimumLetters) return undecided('too-short');
  if (allowed.length === 0) return undecided('other-language'); // none of the candidates can be recognised
  const only = allowed.map((language) => francCodes[language]);
  const votes = new Map<string, { weight: number; margins: number }>();
  let total = 0;
  const windows = windowsOf(sample);
  for (const window of windows) {
    const weight = letterWeight(window);
    total += weight;
    const [best, next] = francAll(window, { only, minLength: 1 });
    if (!best || best[0] === 'und') continue; // a script none of the allowed languages is written in
    const margin = next ? best[1] - next[1] : 1; // the only allowed language of its script (Arabic, Cyrillic, Han)
    if (margin < minimumMargin) continue;
    const vote = votes.get(best[0]) ?? { weight: 0, margins: 0 };
    votes.set(best[0], { weight: vote.weight + weight, margins: vote.margins + margin * weight });
  }
  // Every language franc knows in the text's script: does one outside the choice fit clearly better?
  const open = francAll(windows.join('\n'), { minLength: 1 });
  const leadOver = (code: string) => (open[0]?.[1] ?? 0) - (open.find(([other]) => other === code)?.[1] ?? 0);
  const [code, vote] = [...votes].sort((a, b) => b[1].weight - a[1].weight)[0] ?? [];
  if (!code || !vote || vote.weight / total < minimumShare) {
    const outside = only.every((allowedCode) => leadOver(allowedCode) > outsideTolerance);
    return undecided(outside ? 'other-language' : 'mixed');
  }
  const lead = leadOver(code);
  if (lead > outsideTolerance) return undecided('other-language');
  const share = vote.weight / total;
  const confidence = share * Math.min(1, vote.margins / vote.weight / clearMargin) * (1 - lead / outsideTolerance);
  return { language: fromFranc.get(code)!, confidence: Math.round(confidence * 100) / 100 };
}

function undecided(reason: DetectedLanguage['undecided']): DetectedLanguage {
  return { language: null, confidence: 0, undecided: reason };
}

/** Candidates as language tags ("en", "fr-CA", "zh-Hans"); none given means all; unknown ones are ignored. */
function allowedLanguages(candidates: readonly string[] | undefined): DetectableLanguage[] {
  if (!candidates || candidates.length === 0) return [...detectableLanguages];
  const primary = new Set(candidates.map((tag) => tag.split(/[-_]/)[0]!.toLowerCase()));
  return detectableLanguages.filter((language) => primary.has(language));
}

/** The text without what is in no language: addresses of web pages and email, and runs of spaces. */
function sampleOf(text: string): string {
  return text
    .slice(0, maxSampleChars)
    // Bounded repetitions: an unbounded one before "@" takes quadratic time on a long run without spaces (Chinese).
    .replace(/\b(?:https?:\/\/|www\.)\S+|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function letterWeight(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const ideographs = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  return letters + 2 * ideographs;
}

/** Up to maxWindows windows of about windowChars, cut between words and spread evenly over the sample. */
function windowsOf(sample: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (sample.length - start > windowChars * 1.5) {
    const space = sample.lastIndexOf(' ', start + windowChars);
    const end = space > start + windowChars / 2 ? space : start + windowChars; // no space near: a script without spaces
    chunks.push(sample.slice(start, end).trim());
    start = end;
  }
  chunks.push(sample.slice(start).trim());
  if (chunks.length <= maxWindows) return chunks;
  return Array.from({ length: maxWindows }, (_, i) => chunks[Math.round((i * (chunks.length - 1)) / (maxWindows - 1))]!);
}
