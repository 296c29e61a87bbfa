// The baseline the mapping is compared with, as a first attempt would write it: split the letter at every line that
// starts with a number and a dot or parenthesis, and give each piece to the question of that number.
import type { Questionnaire } from '../../src/features/calls/index.ts';
import type { MappedRange } from './score.ts';

export function naiveSplit(letter: string, questionnaire: Questionnaire): MappedRange[] {
  const ranges: MappedRange[] = [];
  let current: MappedRange = { questionId: null, start: 0, end: letter.length };
  for (const match of letter.matchAll(/^[ \t]*(\d+)[.)]/gm)) {
    current.end = match.index;
    ranges.push(current);
    const question = questionnaire.questions.find((q) => q.number === match[1]);
    current = { questionId: question?.id ?? null, start: match.index, end: letter.length };
  }
  ranges.push(current);
  return ranges;
}
