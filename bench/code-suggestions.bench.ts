// `npm run bench:suggestions`: how well the codebook's term lists suggest codes. Runs suggestCodes
// (src/features/analysis/codebook) and a naive baseline (the code's label, lower-cased, found as is in the passage,
// in the passage's language or in English) on the labelled passages of bench/coding (EN/FR/ES): those written
// before the term lists and tuned on, and, apart, those written after tuning and never tuned on; and prints micro-averaged precision, recall and F1 per language, overall and per category,
// the ratio of F1 to the baseline's, and milliseconds per passage. Options: --rounds 20, --failures (print every
// wrong suggestion and every missed code), --unknown-language (suggest as if the input's language were not known).
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { hrc56Codebook, suggestCodes, type CodeDefinition } from '../src/features/analysis/codebook/index.ts';
import type { LabelledPassage } from './coding/labelled-passage.ts';
import { englishPassages } from './coding/passages-en.ts';
import { spanishPassages } from './coding/passages-es.ts';
import { frenchPassages } from './coding/passages-fr.ts';
import { passagesWrittenAfterTuning } from './coding/passages-after-tuning.ts';
import { addPair, emptyTally, figures, type Tally } from './coding/score.ts';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '20' },
    failures: { type: 'boolean', default: false },
    'unknown-language': { type: 'boolean', default: false },
  },
});

const tunedOn: LabelledPassage[] = [...englishPassages, ...frenchPassages, ...spanishPassages];
const passages: LabelledPassage[] = [...tunedOn, ...passagesWrittenAfterTuning];
const isAfterTuning = (p: LabelledPassage) => p.id.startsWith('after-');
const codes = hrc56Codebook.codes;
const categoryOf = new Map(codes.map((c) => [c.key, c.category]));
for (const passage of passages) {
  const unknown = passage.codes.filter((code) => !categoryOf.has(code));
  if (unknown.length > 0) throw new Error(`${passage.id} is labelled with codes the codebook lacks: ${unknown.join(', ')}`);
}

const languageOf = (p: LabelledPassage): string | null => (args['unknown-language'] ? null : p.language);
const suggesters: Record<'terms' | 'baseline', (p: LabelledPassage) => string[]> = {
  terms: (p) => suggestCodes(p.text, languageOf(p), codes).map((s) => s.code),
  baseline: (p) => labelBaseline(p, codes),
};

/** The naive coder: a code is suggested when its label, lower-cased, appears in the lower-cased passage. */
function labelBaseline(passage: LabelledPassage, all: readonly CodeDefinition[]): string[] {
  const text = passage.text.toLowerCase();
  return all.filter((c) => text.includes(c.label.en.toLowerCase()) || text.includes(c.label[passage.language].toLowerCase())).map((c) => c.key);
}

const tallies = { terms: new Map<string, Tally>(), baseline: new Map<string, Tally>() };
const failures: string[] = [];
for (const [name, suggest] of Object.entries(suggesters) as ['terms' | 'baseline', (p: LabelledPassage) => string[]][]) {
  for (const passage of passages) {
    const suggested = new Set(suggest(passage));
    for (const code of new Set([...suggested, ...passage.codes])) {
      const labelled = passage.codes.includes(code);
      const groups = isAfterTuning(passage) ? [`after tuning ${passage.language}`, 'after tuning all'] : [passage.language, 'all', `category ${categoryOf.get(code)}`];
      for (const group of groups) {
        const tally = tallies[name].get(group) ?? emptyTally();
        addPair(tally, suggested.has(code), labelled);
        tallies[name].set(group, tally);
      }
      if (name === 'terms' && suggested.has(code) !== labelled) failures.push(`${passage.id} ${labelled ? 'missed' : 'wrong'} ${code}: ${passage.text}`);
    }
  }
}

/** Milliseconds per passage, the median of `rounds` passes over the set (the first pass compiles the term lists). */
function msPerPassage(suggest: (p: LabelledPassage) => string[]): number {
  const times: number[] = [];
  for (let round = 0; round < Number(args.rounds); round++) {
    const started = performance.now();
    for (const passage of passages) suggest(passage);
    times.push((performance.now() - started) / passages.length);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const pct = (n: number) => `${(n * 100).toFixed(1).padStart(5)} %`;
const counts = (lang: string) => tunedOn.filter((p) => lang === 'all' || p.language === lang);
console.log(`Code suggestions on ${tunedOn.length} labelled passages the term lists were tuned on (${['en', 'fr', 'es'].map((l) => `${counts(l).length} ${l}`).join(', ')}) and ${passagesWrittenAfterTuning.length} written after tuning; ${codes.length} codes, language ${args['unknown-language'] ? 'unknown (all three lists)' : 'known'}`);
console.log(`${'group'.padEnd(40)} ${'precision'.padStart(9)} ${'recall'.padStart(8)} ${'F1'.padStart(8)} | baseline P ${'R'.padStart(8)} ${'F1'.padStart(8)} | F1 ratio`);
const groups = [...tallies.terms.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
for (const group of groups) {
  const t = figures(tallies.terms.get(group)!);
  const b = figures(tallies.baseline.get(group) ?? emptyTally());
  const ratio = b.f1 > 0 ? `${(t.f1 / b.f1).toFixed(1)}×` : '—';
  console.log(`${group.padEnd(40)} ${pct(t.precision).padStart(9)} ${pct(t.recall)} ${pct(t.f1)} | ${pct(b.precision).padStart(10)} ${pct(b.recall)} ${pct(b.f1)} | ${ratio}`);
}
console.log(`ms per passage: suggestions ${msPerPassage(suggesters.terms).toFixed(3)}, baseline ${msPerPassage(suggesters.baseline).toFixed(3)}`);
if (args.failures) console.log(`\n${failures.join('\n')}`);

function rank(group: string): number {
  const order = ['en', 'fr', 'es', 'all', 'after tuning en', 'after tuning fr', 'after tuning es', 'after tuning all'];
  return order.includes(group) ? order.indexOf(group) : 10;
}
