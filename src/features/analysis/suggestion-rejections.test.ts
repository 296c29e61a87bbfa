import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { analysisFixture, openedInput, type AnalysisFixture } from './analysis-test-setup.ts';
import { listRejections } from './list-rejections.ts';
import { rejectSuggestion, type RejectSuggestionRequest } from './reject-suggestion.ts';
import { restoreSuggestion } from './restore-suggestion.ts';

const answer = 'Our office was monitored for months.\n\nThen our funding was cut by the ministry.';

describeEachEngine('rejecting suggestions', (database) => {
  let f: AnalysisFixture;
  before(async () => {
    f = await analysisFixture(database().db);
  });
  const on = (codeKey: string, start: number, end: number): RejectSuggestionRequest => ({ codeId: f.codes[codeKey]!, partRef: f.textRef, field: 'text', start, end });

  it('keeps who rejected which code on which paragraph, once, and takes it back', async () => {
    const opened = await openedInput(f, answer);
    const other = await openedInput(f, answer);
    const first = await rejectSuggestion(f.deps, opened, f.staffId, on('surveillance', 0, 36));
    assert.ok(first.kind === 'rejected');
    assert.deepEqual({ ...first.rejection, id: '', rejectedOn: '' }, {
      id: '', codeId: f.codes['surveillance'], rejectedBy: f.staffId, rejectedOn: '',
      passage: { partRef: f.textRef, field: 'text', start: 0, end: 36, text: 'Our office was monitored for months.' },
    });
    assert.match(first.rejection.rejectedOn, /^\d{4}-\d{2}-\d{2}$/);
    const again = await rejectSuggestion(f.deps, opened, f.staffId, on('surveillance', 0, 36));
    assert.ok(again.kind === 'rejected' && again.rejection.id === first.rejection.id, 'the same code on the same paragraph is one rejection');
    assert.equal((await rejectSuggestion(f.deps, opened, f.staffId, on('defunding', 38, answer.length))).kind, 'rejected');

    const listed = await listRejections(f.deps, [opened.cipher, other.cipher]);
    assert.deepEqual(listed.get(opened.input.id)!.map((r) => [r.codeId, r.passage.start]), [[f.codes['surveillance'], 0], [f.codes['defunding'], 38]]);
    assert.deepEqual(listed.get(other.input.id), [], 'another input is untouched');

    assert.equal(await restoreSuggestion(f.deps, opened.cipher, first.rejection.id), 'restored');
    assert.deepEqual((await listRejections(f.deps, [opened.cipher])).get(opened.input.id)!.map((r) => r.codeId), [f.codes['defunding']]);
    assert.equal(await restoreSuggestion(f.deps, opened.cipher, first.rejection.id), 'not-found');
    assert.equal(await restoreSuggestion(f.deps, other.cipher, listed.get(opened.input.id)![1]!.id), 'not-found', 'a rejection is restored only through its own input');
  });

  it('refuses another call’s code and offsets outside the answer', async () => {
    const opened = await openedInput(f, answer);
    assert.deepEqual(await rejectSuggestion(f.deps, opened, f.staffId, { ...on('surveillance', 0, 36), codeId: 'not-a-code' }), { kind: 'refused', reason: 'unknown-code' });
    assert.deepEqual(await rejectSuggestion(f.deps, opened, f.staffId, on('surveillance', 0, answer.length + 1)), { kind: 'refused', reason: 'outside-text' });
    assert.deepEqual(await rejectSuggestion(f.deps, opened, f.staffId, { ...on('surveillance', 0, 5), field: 'details' }), { kind: 'refused', reason: 'no-such-text' });
    assert.deepEqual((await listRejections(f.deps, [opened.cipher])).get(opened.input.id), []);
  });
});
