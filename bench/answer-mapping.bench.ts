// `npm run bench:mapping`: how well letters sent by email are cut into answers to the call's questions. Runs the
// mapping (src/features/mail-import/letter-analysis) and a naive baseline (split at every "1." / "1)" line, take the
// number as the question) on the labelled letters of bench/letters (HRC56 questionnaire, EN/FR/ES: generated ones
// and two small batches written by hand), and prints the share of passages and of characters put with the right
// question, per language, apart for letters that number their answers (goal ≥ 90 %) and letters that only copy the
// questions' wording; the ratio to the baseline; and milliseconds per letter. It also scores the sender guesses and
// the search for a request not to publish on the same letters. Options: --per-language 24 --seed 56 --rounds 5
// --failures (print what went wrong) --show en-03 (print one letter and its mapping).
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { mapAnswers } from '../src/features/mail-import/letter-analysis/index.ts';
import { hrc56Questionnaire } from '../src/features/mail-import/letter-analysis/hrc56-questionnaire.fixture.ts';
import { generateLetters } from './letters/generate-letters.ts';
import { handwrittenLetters } from './letters/handwritten-batch-2.ts';
import type { LabelledPassage } from './letters/letter-builder.ts';
import { naiveSplit } from './letters/naive-split.ts';
import { scoreGuesses } from './letters/score-guesses.ts';
import { addTally, emptyTally, scoreLetter, type Labelled, type MappedRange, type Tally } from './letters/score.ts';

const { values: args } = parseArgs({
  options: {
    'per-language': { type: 'string', default: '24' },
    seed: { type: 'string', default: '56' },
    rounds: { type: 'string', default: '5' },
    failures: { type: 'boolean', default: false },
    show: { type: 'string' },
  },
});

const questionnaire = hrc56Questionnaire;
const letters = generateLetters(questionnaire, Number(args['per-language']), Number(args.seed));
const mappers: Record<'mapping' | 'baseline', (text: string) => MappedRange[]> = {
  mapping: (text) => mapAnswers(text, questionnaire),
  baseline: (text) => naiveSplit(text, questionnaire),
};

if (args.show) {
  const letter = [...letters, ...handwrittenLetters].find((l) => l.id === args.show);
  if (!letter) throw new Error(`no letter ${args.show}`);
  console.log(`${letter.id} (${letter.description})\n${letter.text}\n---`);
  for (const p of mapAnswers(letter.text, questionnaire)) console.log(`[${p.questionId ?? 'general'} by ${p.matchedBy}] ${JSON.stringify(p.text.slice(0, 90))}`);
  process.exit(0);
}

// Refuse to report figures on a labelled set whose labels do not cover its letters.
for (const letter of letters) {
  const labelled = letter.passages.reduce((n, p) => n + p.end - p.start, 0);
  const unlabelled = letter.text.length - labelled;
  if (unlabelled < 0 || letter.text.replace(/\S/g, '').length < unlabelled) throw new Error(`${letter.id}: labels overlap or leave text unlabelled: no figures`);
}

type GroupKey = `${string}|${'numbered' | 'unnumbered'}`;
type Scored = { id: string; language: string; numbered: boolean; description: string } & Labelled;
const tallies = { mapping: new Map<GroupKey, Tally>(), baseline: new Map<GroupKey, Tally>() };
const failures: string[] = [];
/** Generated letters count per language and in "all"; the hand-written ones only in "hand-written". */
function tallyAll(set: readonly Scored[], keysOf: (letter: Scored) => GroupKey[]): void {
  for (const [name, map] of Object.entries(mappers) as [keyof typeof mappers, (text: string) => MappedRange[]][]) {
    for (const letter of set) {
      const onWrong = name === 'mapping' ? (label: LabelledPassage, share: number) => {
        failures.push(`${letter.id} (${letter.description}) ${label.questionId ?? 'general'} right ${(share * 100).toFixed(0)} %: ${JSON.stringify(letter.text.slice(label.start, label.start + 70))}`);
      } : undefined;
      const tally = scoreLetter(letter, map(letter.text), onWrong);
      for (const key of keysOf(letter)) {
        const into = tallies[name].get(key) ?? emptyTally();
        addTally(into, tally);
        tallies[name].set(key, into);
      }
    }
  }
}
tallyAll(letters, (letter) => [`${letter.language}|${group(letter)}`, `all|${group(letter)}`]);
tallyAll(handwrittenLetters.filter((l) => l.batch === 1), (letter) => [`hand-written 1|${group(letter)}`]);
tallyAll(handwrittenLetters.filter((l) => l.batch === 2), (letter) => [`hand-written 2|${group(letter)}`]);

function group(letter: { numbered: boolean }): 'numbered' | 'unnumbered' {
  return letter.numbered ? 'numbered' : 'unnumbered';
}

/** Milliseconds per letter, the median of `rounds` passes over the whole set. */
function msPerLetter(map: (text: string) => unknown): number {
  const rounds = Number(args.rounds);
  for (const letter of letters) map(letter.text);
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const startedAt = performance.now();
    for (const letter of letters) map(letter.text);
    times.push((performance.now() - startedAt) / letters.length);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const percent = (right: number, total: number) => (total === 0 ? '–' : `${((right / total) * 100).toFixed(1)} %`);
const ratio = (ours: number, theirs: number) => (theirs === 0 ? '∞' : (ours / theirs).toFixed(2));

const numberedCount = letters.filter((l) => l.numbered).length;
const batches = (batch: number) => handwrittenLetters.filter((l) => l.batch === batch).length;
console.log(`${letters.length} generated letters (${numberedCount} numbered, ${letters.length - numberedCount} wording only), seed ${args.seed}; `
  + `hand-written: batch 1 (${batches(1)} letters, whose failures were then fixed), batch 2 (${batches(2)}, not tuned on)\n`);
console.log('| letters | language | n | passages | mapping | baseline | ratio | characters right | baseline | ratio |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const kind of ['numbered', 'unnumbered'] as const) {
  for (const language of ['en', 'fr', 'es', 'all', 'hand-written 1', 'hand-written 2']) {
    const ours = tallies.mapping.get(`${language}|${kind}`);
    const theirs = tallies.baseline.get(`${language}|${kind}`);
    if (!ours || !theirs) continue;
    const batch = /^hand-written (\d)$/.exec(language)?.[1];
    const pool: readonly Scored[] = batch ? handwrittenLetters.filter((l) => String(l.batch) === batch) : letters;
    const n = pool.filter((l) => group(l) === kind && (batch || language === 'all' || l.language === language)).length;
    const goal = kind === 'numbered' && language === 'all' ? (ours.rightPassages / ours.passages >= 0.9 ? ' ✓' : ' ✗') : '';
    console.log(`| ${kind} | ${language} | ${n} | ${ours.passages} | ${percent(ours.rightPassages, ours.passages)}${goal} | ${percent(theirs.rightPassages, theirs.passages)} | ${ratio(ours.rightPassages, theirs.rightPassages)} | ${percent(ours.rightChars, ours.chars)} | ${percent(theirs.rightChars, theirs.chars)} | ${ratio(ours.rightChars, theirs.rightChars)} |`);
  }
}
const oursMs = msPerLetter(mappers.mapping);
const baselineMs = msPerLetter(mappers.baseline);
const averageChars = letters.reduce((n, l) => n + l.text.length, 0) / letters.length;
console.log(`\nms per letter (${Math.round(averageChars)} characters on average): mapping ${oursMs.toFixed(3)}, baseline ${baselineMs.toFixed(3)} (×${(oursMs / baselineMs).toFixed(0)})`);

const guesses = scoreGuesses(letters);
const share = (n: number, of: number) => `${n}/${of} (${percent(n, of)})`;
console.log(`\nsender guesses: stakeholder type ${share(guesses.type, guesses.letters)}, organisation ${share(guesses.organisation, guesses.letters)}, countries ${share(guesses.countries, guesses.letters)}`);
console.log(`requests not to publish: found ${share(guesses.refusalsFound, guesses.refusals)}, false alarms ${guesses.falseRefusals} in ${guesses.letters - guesses.refusals} letters that do not ask`);
if (args.failures) {
  console.log(`\n${failures.length} passages mapped wrong:\n${failures.join('\n')}`);
  console.log(`\n${guesses.misses.length} wrong guesses:\n${guesses.misses.join('\n')}`);
}
