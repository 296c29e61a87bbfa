// A light suffix-stripping stemmer for the three languages of the mandate. It only has to make the inflections of
// one word meet ("harassed", "harassing", "harassment"); derivations that do not meet ("deported" / "deportation")
// are listed as separate terms in the codebook. Snowball ports on npm are unmaintained or native, hence this.
export type StemLanguage = 'en' | 'fr' | 'es';

type Rule = readonly [suffix: string, replacement: string];

const rules: Record<StemLanguage, readonly Rule[]> = {
  en: rulesFrom('ies>y ied>y ments ment ings ing ions ion edly ed ly es s e'),
  fr: rulesFrom('issements issement ements ement ations ation ments ment eaux>eau aux>al ances ance ences ence euses euse eurs eur trices trice ives ive ifs if ees ee es er ez e s'),
  es: rulesFrom('amientos amiento imientos imiento aciones acion iciones icion uciones ucion ciones cion siones sion mente ancias ancia encias encia adoras adores adora ador adas ados ada ado idas idos ida ido ar er ir es as os a o e s'),
};

function rulesFrom(spec: string): Rule[] {
  return spec.split(' ').map((rule) => {
    const [suffix = '', replacement = ''] = rule.split('>');
    return [suffix, replacement] as const;
  });
}

const shortestStem = 3;

/** The stem of a folded (lower-case, accent-free) word. */
export function stem(word: string, language: StemLanguage): string {
  const spelled = language === 'en' ? word.replace(/yz|iz(?=(e|ed|es|ing|ings|ation|ations|er|ers)$)/, (m) => (m === 'yz' ? 'ys' : 'is')) : word;
  for (const [suffix, replacement] of rules[language]) {
    if (!spelled.endsWith(suffix) || spelled.length - suffix.length + replacement.length < shortestStem) continue;
    const stemmed = spelled.slice(0, spelled.length - suffix.length) + replacement;
    return language === 'en' && (suffix.startsWith('ing') || suffix.startsWith('ed')) ? undouble(stemmed) : stemmed;
  }
  return spelled;
}

// "banned" → "ban", "stopped" → "stop", but "harassed" keeps its double s (as Porter keeps l, s and z).
function undouble(stemmed: string): string {
  return /([^aeiouylsz])\1$/.test(stemmed) ? stemmed.slice(0, -1) : stemmed;
}
