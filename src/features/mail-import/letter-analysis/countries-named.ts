// Country names written in English, French or Spanish ("Bolivia", "Sénégal", "Côte d’Ivoire", "United Kingdom"),
// found in a few lines of text and returned as the ISO 3166-1 alpha-2 codes the app stores.
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { fold } from './words.ts';

const require = createRequire(import.meta.url);
const languages = ['en', 'fr', 'es'] as const;
for (const language of languages) countries.registerLocale(require(`i18n-iso-countries/langs/${language}.json`));

/** Apostrophes and hyphens as plain separators, so "Côte-d'Ivoire" and "Côte d’Ivoire" meet. */
function normalise(text: string): string {
  return fold(text).replace(/[’‘`´]/g, "'").replace(/[-–]/g, ' ').replace(/\s+/g, ' ');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function buildMatchers(): { names: RegExp; codes: Map<string, string>; acronyms: RegExp; acronymCodes: Map<string, string> } {
  const codes = new Map<string, string>();
  const ambiguous = new Set<string>();
  const acronymCodes = new Map<string, string>();
  for (const language of languages) {
    for (const [code, names] of Object.entries(countries.getNames(language, { select: 'all' }))) {
      for (const name of names) {
        // "US", "UK", "USA" are only believed in capitals: "us" is a word.
        if (/^[A-Z.]{2,5}$/.test(name)) acronymCodes.set(name.replace(/\./g, ''), code);
        // "Korea, Republic of" → also "Korea"; "Congo (República Democrática del)" → also "República Democrática del
        // Congo"; "États-Unis d'Amérique" → also "États-Unis". A short form two countries share ("Congo") is dropped.
        const inverted = /^(.+?) \((.+)\)$/.exec(name);
        for (const variant of [name, name.split(/[,(]/)[0]!, name.replace(/ d['’]Am[ée]rique$/, ''), inverted ? `${inverted[2]} ${inverted[1]}` : name]) {
          const key = normalise(variant).trim();
          if (key.length < 4) continue;
          if (codes.has(key) && codes.get(key) !== code) ambiguous.add(key);
          else codes.set(key, code);
        }
      }
    }
  }
  for (const key of ambiguous) codes.delete(key);
  // Longest first, so "Papua New Guinea" wins over "Guinea" and "Niger" does not eat "Nigeria".
  const alternatives = [...codes.keys()].sort((a, b) => b.length - a.length).map(escape);
  return {
    names: new RegExp(`(?<![\\p{L}])(?:${alternatives.join('|')})(?![\\p{L}])`, 'gu'),
    codes,
    acronyms: new RegExp(`\\b(?:${[...acronymCodes.keys()].map(escape).join('|')})\\b`, 'g'),
    acronymCodes,
  };
}

let matchers: ReturnType<typeof buildMatchers> | undefined;

export function countriesNamed(text: string): string[] {
  matchers ??= buildMatchers();
  const found = new Set<string>();
  for (const match of normalise(text).matchAll(matchers.names)) found.add(matchers.codes.get(match[0])!);
  for (const match of text.replace(/\./g, '').matchAll(matchers.acronyms)) found.add(matchers.acronymCodes.get(match[0])!);
  return [...found];
}
