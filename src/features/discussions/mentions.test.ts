import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mentionCandidates, namesToLookUp, resolveMentions } from './mentions.ts';

describe('mentions', () => {
  it('offers the longest names first, without the sentence’s punctuation', () => {
    assert.deepEqual(mentionCandidates('Thanks @Amina K., see you')[0], [
      'amina k., see you', 'amina k., see', 'amina k.,', 'amina k.', 'amina k', 'amina',
    ]);
  });

  it('ignores e-mail addresses and a bare @', () => {
    assert.deepEqual(mentionCandidates('write to info@example.org or @ 12'), []);
  });

  it('resolves a name with spaces, a pseudonym label and an accented name, each once', () => {
    const named = new Map([['amina k.', ['m1']], ['blue heron 42', ['p1']], ['josé', ['m2']]]);
    assert.deepEqual(resolveMentions('@Amina K. and @Blue Heron 42: ask @JOSÉ! @amina k. again', named), ['m1', 'p1', 'm2']);
    assert.ok(namesToLookUp('@José Pérez').includes('josé'));
  });

  it('mentions nobody when two readers share the name', () => {
    assert.deepEqual(resolveMentions('@Sam hello', new Map([['sam', ['m1', 'm2']]])), []);
  });
});
