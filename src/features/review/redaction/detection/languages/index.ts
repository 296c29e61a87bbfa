// The rules of the languages a call accepts, merged: a text is read with the rules of every language the call
// accepts, since a French input quotes Spanish names and addresses as often as not.
import type { FormatPattern, LanguageRules } from '../language-rules.ts';
import { arabic } from './ar.ts';
import { english } from './en.ts';
import { spanish } from './es.ts';
import { french } from './fr.ts';
import { russian } from './ru.ts';
import { chinese } from './zh.ts';

export const rulesByLanguage: Readonly<Record<string, LanguageRules>> = { en: english, fr: french, es: spanish, ar: arabic, zh: chinese, ru: russian };
export const detectedLanguages = Object.keys(rulesByLanguage);

type ListKey = { [K in keyof LanguageRules]: LanguageRules[K] extends readonly string[] ? K : never }[keyof LanguageRules];
type PatternKey = Exclude<keyof LanguageRules, ListKey>;

/** The rules of these languages together; unknown codes are ignored, and no known code means all languages. */
export function rulesFor(languages: readonly string[] | undefined): LanguageRules {
  const known = (languages ?? []).filter((code) => code in rulesByLanguage);
  const chosen = (known.length ? known : detectedLanguages).map((code) => rulesByLanguage[code]!);
  const list = (key: ListKey) => [...new Set(chosen.flatMap((rules) => rules[key]))];
  const patterns = (key: PatternKey): FormatPattern[] => chosen.flatMap((rules) => rules[key]);
  return {
    honorifics: list('honorifics'), introducers: list('introducers'), namingWords: list('namingWords'), thingNouns: list('thingNouns'),
    notNames: list('notNames'), notPersonWords: list('notPersonWords'), phoneLabels: list('phoneLabels'),
    identityLabels: list('identityLabels'), phonePatterns: patterns('phonePatterns'), identityPatterns: patterns('identityPatterns'),
    postalPatterns: patterns('postalPatterns'),
  };
}
