// Choosing which candidate headings really open answers: the heaviest chain in letter order whose questions go
// forward. So the "1. 2. 3." of a list inside answer 5 (or of a preamble's points before "1.") stay where they are,
// and a letter that answers 1, 4 and 9 loses nothing for the questions it skips. Only an explicit heading
// ("Question 3", "Q3") may go back, at a cost, for the letter that answers out of order, and only to a question the
// chain has not opened yet: two runs of numbers claiming the same questions are far more often a list and the
// answers than answers given twice.
import type { Candidate, Hypothesis } from './heading-candidates.ts';

export interface ChosenHeading {
  candidate: Candidate;
  hypothesis: Hypothesis;
}

/**
 * Opening the same question again is believed for a sub-part ("5(b)"), less for a bare number, and for copied words
 * only when nearly verbatim: an answer reuses its question's words, and a false copy would swallow a sentence.
 */
const repeatCost = { subPart: 0, number: 4, wording: 5 };
/** Per question gone back: answering 4 before 3 happens; a run of "1. 2. 3." before "Question 1" is a list. */
const backCost = 4;

interface Node extends ChosenHeading {
  score: number;
  previous: number;
  /** Questions the best chain ending here has opened. */
  opened: Set<number>;
}

export function bestSequence(candidates: readonly Candidate[]): ChosenHeading[] {
  const nodes: Node[] = [];
  for (const candidate of candidates) {
    const firstOfLine = nodes.length;
    for (const hypothesis of candidate.hypotheses) {
      let score = hypothesis.weight;
      let previous = -1;
      // Nodes of the same candidate exclude each other; a heading inside the previous one's copied question cannot follow it.
      for (let j = 0; j < firstOfLine; j += 1) {
        const before = nodes[j]!;
        if (candidate.start < before.candidate.textStart) continue;
        const back = hypothesis.questionIndex < before.hypothesis.questionIndex;
        if (back && (!hypothesis.mayGoBack || before.opened.has(hypothesis.questionIndex))) continue;
        const total = before.score + hypothesis.weight - transitionCost(before.hypothesis, hypothesis);
        if (total > score) {
          score = total;
          previous = j;
        }
      }
      const opened = new Set(previous >= 0 ? nodes[previous]!.opened : []).add(hypothesis.questionIndex);
      nodes.push({ candidate, hypothesis, score, previous, opened });
    }
  }
  let last = -1;
  for (let i = 0; i < nodes.length; i += 1) if (nodes[i]!.score > 0 && (last < 0 || nodes[i]!.score > nodes[last]!.score)) last = i;
  const chain: ChosenHeading[] = [];
  for (let i = last; i >= 0; i = nodes[i]!.previous) chain.push({ candidate: nodes[i]!.candidate, hypothesis: nodes[i]!.hypothesis });
  return chain.reverse();
}

function transitionCost(from: Hypothesis, to: Hypothesis): number {
  if (to.questionIndex > from.questionIndex) return 0;
  if (to.questionIndex < from.questionIndex) return backCost * (from.questionIndex - to.questionIndex);
  return to.subPart ? repeatCost.subPart : repeatCost[to.matchedBy];
}
