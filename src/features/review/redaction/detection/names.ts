// Names of people, found three explainable ways and no other:
//   1. names staff already know from the input (the individual who wrote it, co-signers, a contact person);
//   2. capitalised words after a title ("Mr", "Mme", "Sra.", "г-н");
//   3. capitalised words after a phrase that introduces a person ("my colleague", "mon collègue", "llamado").
// Capitalised words alone are never enough: organisations, countries, laws and UN bodies are capitalised too, and a
// flag on every "Human Rights Council" would teach staff to untick flags without reading. Precision comes before
// recall; staff read the text and add what was missed by hand. A run is dropped when it holds a word of an
// organisation, law or place ("Network", "Fundación", "Loi"), starts with a function ("President"), or, after
// "named"/"called", is a country's name or follows a noun of a thing ("a law called…").
import countries from 'i18n-iso-countries';
import '../../../../i18n/countries.ts'; // registers the country names of every UN language
import type { LanguageRules } from './language-rules.ts';
import { alternation, escapeRegExp, wordEnd, wordStart } from './patterns.ts';
import type { Span } from './formats.ts';

const particle = "(?:de|del|de la|de las|de los|des|du|da|das|do|dos|di|van|von|der|den|ter|le|la|bin|bint|ibn|ben|abu|y|e)";
const word = "(?:[dDlL]['’]|(?:al|el|Al|El)-)?\\p{Lu}[\\p{Ll}\\p{Lu}\\p{M}'’]*(?:-\\p{Lu}[\\p{Ll}\\p{Lu}\\p{M}'’]*)*";
const initial = '\\p{Lu}\\.(?:-\\p{Lu}\\.)?';
/** One to five capitalised words or initials on one line, with particles between them ("Juan de la Cruz"). */
const nameRun = `(?:${initial}|${word})(?: (?:${particle} ){0,2}(?:${initial}|${word})){0,4}`;

export interface CompiledNames {
  rules: LanguageRules;
  honorific: RegExp | null;
  introducer: RegExp | null;
  notNames: Set<string>;
  /** Titles without their dot: a run that starts with one ("her lawyer, Mr Sarr") is left to the title rule. */
  titles: Set<string>;
  notPersonWords: Set<string>;
  thingNouns: Set<string>;
}

function honorificSource(title: string): string {
  return title.endsWith('.') ? escapeRegExp(title) : `${escapeRegExp(title)}\\.?`;
}

export function compileNames(rules: LanguageRules): CompiledNames {
  const titles = [...rules.honorifics].sort((a, b) => b.length - a.length).map(honorificSource).join('|');
  const phrases = [...rules.introducers, ...rules.namingWords];
  return {
    rules,
    honorific: titles ? new RegExp(`${wordStart}(?:${titles}) (?<name>${nameRun})`, 'gu') : null,
    introducer: phrases.length
      ? new RegExp(`(?<![\\p{L}\\p{N}\\-])(?<phrase>${alternation(phrases, (p) => [p, p.charAt(0).toUpperCase() + p.slice(1)])}),? (?<name>${nameRun})`, 'gu')
      : null,
    notNames: new Set(rules.notNames),
    titles: new Set(rules.honorifics.map((title) => title.replace(/\.$/, ''))),
    notPersonWords: new Set(rules.notPersonWords),
    thingNouns: new Set(rules.thingNouns),
  };
}

const isAcronym = (w: string) => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();

function isCountry(name: string): boolean {
  return ['en', 'fr', 'es', 'ar', 'zh', 'ru'].some((language) => countries.getAlpha2Code(name, language) !== undefined);
}

/**
 * The part of a captured run that is a person's name: cut at the first function word ("Smith President" → "Smith"),
 * without a trailing possessive ("Smith's"), or null when it names an organisation or starts with a function.
 */
function personName(run: string, names: CompiledNames, next: string): string | null {
  const words = run.split(' ');
  const cut = words.findIndex((w) => names.notNames.has(w));
  if (cut === 0 || names.titles.has(words[0]!.replace(/\.$/, ''))) return null;
  const kept = cut > 0 ? words.slice(0, cut) : words;
  while (kept.length && /^\p{Ll}/u.test(kept.at(-1)!)) kept.pop(); // a particle left at the end by the cut
  const following = /^ ?([\p{L}\-]+)/u.exec(next)?.[1] ?? '';
  if (kept.some((w) => names.notPersonWords.has(w.replace(/['’]s$/, ''))) || names.notPersonWords.has(following)) return null;
  return kept.join(' ').replace(/['’]s$/, '') || null;
}

function precedingWord(text: string, end: number): string {
  return /([\p{L}\-]+)\s*$/u.exec(text.slice(Math.max(0, end - 40), end))?.[1]?.toLowerCase() ?? '';
}

export function findTitledAndIntroducedNames(text: string, names: CompiledNames): Span[] {
  const spans: Span[] = [];
  const add = (match: RegExpMatchArray, introduced: boolean) => {
    const run = match.groups!.name!;
    const start = match.index! + match[0].length - run.length;
    const name = personName(run, names, text.slice(start + run.length, start + run.length + 40));
    if (!name) return;
    if (introduced) {
      // An introduced run of acronyms or a country's name is not a person ("an NGO called UNHCR", "a country named Chad").
      if (name.split(' ').every(isAcronym) || isCountry(name)) return;
      const phrase = match.groups!.phrase!.toLowerCase();
      if (names.rules.namingWords.includes(phrase) && names.thingNouns.has(precedingWord(text, match.index!))) return;
    }
    spans.push({ start, end: start + name.length, kind: 'person-name' });
  };
  if (names.honorific) for (const match of text.matchAll(names.honorific)) add(match, false);
  if (names.introducer) for (const match of text.matchAll(names.introducer)) add(match, true);
  return spans;
}

/**
 * Every occurrence of names staff know, whatever the case and spacing ("MARIA  LOPEZ"). Names in scripts written
 * without spaces (Chinese) match inside words too, since there are no word boundaries to look for.
 */
export function findKnownNames(text: string, known: Iterable<string>): Span[] {
  const spans: Span[] = [];
  for (const name of new Set([...known].map((n) => n.trim().replace(/\s+/g, ' ')))) {
    if ([...name].length < 2) continue;
    const body = name.split(' ').map(escapeRegExp).join('\\s+');
    const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(name);
    const pattern = new RegExp(unspaced ? body : `${wordStart}${body}${wordEnd}`, 'giu');
    for (const match of text.matchAll(pattern)) spans.push({ start: match.index, end: match.index + match[0].length, kind: 'person-name' });
  }
  return spans;
}

/** Names worth looking for elsewhere once found: two words or more ("Maria Lopez", not "Lopez" alone). */
export function namesToPropagate(text: string, spans: readonly Span[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end)).filter((name) => name.includes(' '));
}

