import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Questionnaire } from '../calls/index.ts';
import { answersFromPassages } from './answers-from-passages.ts';

const part = (key: string, kind: string, details: Record<string, string> | null = null) => ({ key, kind, label: { en: key }, required: false, choices: [], allowOther: false, details });
const questionnaire = {
  id: 'qn',
  questions: [
    { id: 'q1', number: '1', parts: [part('networks', 'choose-many', { en: 'Please describe' })] },
    { id: 'q2', number: '2', parts: [part('answer', 'long-text')] },
    { id: 'q3', number: '3', parts: [part('agree', 'yes-no')] },
  ],
} as unknown as Questionnaire;

describe('answers from the passages of a letter', () => {
  it('puts each question’s passages in its text box, joined in letter order', () => {
    const { answers, generalComments } = answersFromPassages(questionnaire, [
      { questionId: null, text: 'Dear Independent Expert,' },
      { questionId: 'q2', text: 'First part.' },
      { questionId: 'q1', text: 'We belong to regional networks.' },
      { questionId: 'q2', text: 'Second part.' },
    ]);
    assert.deepEqual(answers, {
      'q2:answer': { text: 'First part.\n\nSecond part.' },
      'q1:networks': { details: 'We belong to regional networks.' },
    });
    assert.equal(generalComments, 'Dear Independent Expert,');
  });

  it('keeps in the general comments what a question without a text box was answered with, numbered', () => {
    const { answers, generalComments } = answersFromPassages(questionnaire, [
      { questionId: 'q3', text: 'Yes, we agree.' },
      { questionId: 'unknown', text: 'Stray text.' },
      { questionId: 'q2', text: '   ' },
    ]);
    assert.deepEqual(answers, {});
    assert.equal(generalComments, '3. Yes, we agree.\n\nStray text.');
  });
});
