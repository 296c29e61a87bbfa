// Micro-averaged precision and recall over code assignments: each (passage, code) pair suggested is a true or a
// false positive; each labelled pair not suggested is a false negative.
export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export const emptyTally = (): Tally => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });

export function addPair(tally: Tally, suggested: boolean, labelled: boolean): void {
  if (suggested && labelled) tally.truePositives++;
  else if (suggested) tally.falsePositives++;
  else if (labelled) tally.falseNegatives++;
}

export function figures(tally: Tally): { precision: number; recall: number; f1: number } {
  const precision = tally.truePositives / Math.max(1, tally.truePositives + tally.falsePositives);
  const recall = tally.truePositives / Math.max(1, tally.truePositives + tally.falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
