// Telling a list's numbers from the answers' numbers before the chain is chosen: "1. 2. 3." items inside an answer
// or among a preamble's points look exactly like headings, except in where they stand and how they run.
import type { Candidate, Hypothesis } from './heading-candidates.ts';
import type { HeadingStyle, NumberedHeading } from './headings.ts';

const listPenalty = 3;
const oddStylePenalty = 2;

/**
 * Runs of bare numbers ("1." "2." "3." in one style) that are lists (inside an answer, or a preamble's points)
 * rather than answers: a run that claims the same questions as another run and is the tighter of the two (its items
 * a few lines apart); then, of the runs left, one that starts again at or below a question already opened before it.
 * Explicit headings ("Question 2") never make runs.
 */
export function penaliseListItems(candidates: readonly Candidate[]): void {
  const runs = numberRuns(candidates);
  const numbersOf = (run: Run) => new Set(run.items.map((c) => c.heading!.number));
  const lists = new Set<Run>();
  for (const run of runs) {
    if (run.items.length < 2) continue;
    const numbers = numbersOf(run);
    const rivals = runs.filter((other) => other !== run && other.items.length >= run.items.length - 1 && [...numbersOf(other)].some((n) => numbers.has(n)));
    if (rivals.some((other) => spread(other) > spread(run))) lists.add(run);
  }
  const inList = new Set([...lists].flatMap((run) => run.items));
  for (const run of runs) {
    const first = run.items[0]!;
    const firstQuestion = numberHypothesis(first)!.questionIndex;
    const opensAgain = candidates.some((c) => c.start < first.start && !inList.has(c)
      && c.hypotheses.some((h) => (h.matchedBy === 'number' || h.weight >= 5) && h.questionIndex >= firstQuestion));
    if (run.items.length >= 2 && opensAgain) lists.add(run);
  }
  for (const run of lists) for (const item of run.items) numberHypothesis(item)!.weight -= listPenalty;
}

interface Run {
  style: HeadingStyle;
  items: Candidate[];
}

function numberRuns(candidates: readonly Candidate[]): Run[] {
  const runs: Run[] = [];
  for (const candidate of candidates) {
    const { heading } = candidate;
    if (!heading || heading.style === 'explicit' || !numberHypothesis(candidate)) continue;
    // The run this number continues is the one whose last item is nearest above it; "3.1" and "3.2" both continue "2".
    const continues = (last: NumberedHeading) => last.number === heading.number - 1 || (heading.subPart && last.number === heading.number);
    const run = runs
      .filter((r) => r.style === heading.style && continues(r.items.at(-1)!.heading!))
      .sort((a, b) => b.items.at(-1)!.start - a.items.at(-1)!.start)[0];
    if (run) run.items.push(candidate);
    else runs.push({ style: heading.style, items: [candidate] });
  }
  return runs;
}

/**
 * A letter numbers its answers one way. Numbers in a style much rarer than the letter's own ("1)" items in a letter
 * of "Question 1" headings) are more likely items of a list than answers.
 */
export function penaliseOddStyles(candidates: readonly Candidate[]): void {
  const weightOf = new Map<HeadingStyle, number>();
  for (const candidate of candidates) {
    const hypothesis = numberHypothesis(candidate);
    if (hypothesis && !hypothesis.subPart) weightOf.set(candidate.heading!.style, (weightOf.get(candidate.heading!.style) ?? 0) + hypothesis.weight);
  }
  const strongest = Math.max(0, ...weightOf.values());
  for (const candidate of candidates) {
    const hypothesis = numberHypothesis(candidate);
    if (hypothesis && !hypothesis.subPart && weightOf.get(candidate.heading!.style)! * 2 < strongest) hypothesis.weight -= oddStylePenalty;
  }
}

function numberHypothesis(candidate: Candidate): Hypothesis | undefined {
  return candidate.hypotheses.find((h) => h.matchedBy === 'number');
}

/** Average number of lines between a run's items. */
function spread(run: Run): number {
  return (run.items.at(-1)!.line.index - run.items[0]!.line.index) / Math.max(1, run.items.length - 1);
}
