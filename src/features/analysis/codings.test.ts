import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { analysisFixture, openedInput, type AnalysisFixture } from './analysis-test-setup.ts';
import { applyCode, type ApplyCodeRequest } from './apply-code.ts';
import { archiveCode } from './archive-code.ts';
import { codeChoices, type CodeForChoice } from './code-choices.ts';
import { codeCounts } from './code-counts.ts';
import { listCodings } from './list-codings.ts';
import { removeCoding } from './remove-coding.ts';

const answer = 'Our office was monitored for months. Then our funding was cut by the ministry.';
const networkCodes: CodeForChoice = (question, part, choice) => (question === '1' && part === 'networks' ? `network-${choice}` : undefined);

describeEachEngine('coding inputs', (database) => {
  let f: AnalysisFixture;
  before(async () => {
    f = await analysisFixture(database().db);
  });
  const on = (codeKey: string, start: number, end: number): ApplyCodeRequest => ({ codeId: f.codes[codeKey]!, partRef: f.textRef, field: 'text', start, end });
  const inputsWith = async (codeKey: string, filters = {}) =>
    (await codeCounts(database().db, f.call.id, filters)).byCode.find((row) => row.codeId === f.codes[codeKey])?.inputs ?? 0;

  it('keeps the passage with the coding and counts an input once however often it carries a code', async () => {
    const opened = await openedInput(f, answer, { countries: ['KE', 'UG'], stakeholderType: 'civil-society', language: 'en' });
    const first = await applyCode(f.deps, opened, f.staffId, on('surveillance', 0, 36));
    assert.ok(first.kind === 'applied');
    assert.deepEqual(first.coding.anchor, { kind: 'passage', partRef: f.textRef, field: 'text', start: 0, end: 36, text: 'Our office was monitored for months.' });
    const second = await applyCode(f.deps, opened, f.staffId, on('surveillance', 15, 24));
    assert.ok(second.kind === 'applied');
    const again = await applyCode(f.deps, opened, f.staffId, on('surveillance', 0, 36));
    assert.ok(again.kind === 'applied' && again.coding.id === first.coding.id, 'the same passage and code is one coding');

    const codings = await listCodings(f.deps, opened.cipher);
    assert.deepEqual(codings.map((c) => [c.id, c.codedBy, c.source]), [[first.coding.id, f.staffId, 'staff'], [second.coding.id, f.staffId, 'staff']]);
    assert.equal(await inputsWith('surveillance'), 1);
    const counts = await codeCounts(database().db, f.call.id);
    assert.deepEqual(counts.byCountry.filter((r) => r.codeId === f.codes['surveillance']).map((r) => [r.countryCode, r.inputs]), [['KE', 1], ['UG', 1]]);

    assert.equal(await removeCoding(f.deps, opened.cipher, first.coding.id), 'removed');
    assert.equal(await inputsWith('surveillance'), 1, 'another coding of the code remains');
    assert.equal(await removeCoding(f.deps, opened.cipher, second.coding.id), 'removed');
    assert.equal(await inputsWith('surveillance'), 0, 'the last coding gone, the input no longer counts');
    assert.deepEqual((await codeCounts(database().db, f.call.id)).byCountry.filter((r) => r.codeId === f.codes['surveillance']), []);
    assert.equal(await removeCoding(f.deps, opened.cipher, second.coding.id), 'not-found');
  });

  it('counts inputs by code, country, stakeholder type and language, under filters', async () => {
    const a = await openedInput(f, answer, { countries: ['BR'], stakeholderType: 'academia', language: 'es' });
    const b = await openedInput(f, answer, { countries: ['BR', 'AR'], stakeholderType: 'nhri', language: 'es' });
    for (const opened of [a, b]) assert.equal((await applyCode(f.deps, opened, f.staffId, on('defunding', 37, answer.length))).kind, 'applied');
    assert.equal(await inputsWith('defunding'), 2);
    assert.equal(await inputsWith('defunding', { country: 'BR' }), 2);
    assert.equal(await inputsWith('defunding', { country: 'AR' }), 1);
    assert.equal(await inputsWith('defunding', { stakeholderType: 'academia' }), 1);
    assert.equal(await inputsWith('defunding', { language: 'en' }), 0);
    const counts = await codeCounts(database().db, f.call.id, { language: 'es' });
    const defunding = f.codes['defunding']!;
    assert.deepEqual(counts.byCountry.filter((r) => r.codeId === defunding).map((r) => [r.countryCode, r.inputs]), [['BR', 2], ['AR', 1]]);
    assert.deepEqual(counts.byStakeholderType.filter((r) => r.codeId === defunding).map((r) => [r.stakeholderType, r.inputs]).sort(), [['academia', 1], ['nhri', 1]]);
    assert.deepEqual(counts.byLanguage.filter((r) => r.codeId === defunding).map((r) => [r.language, r.inputs]), [['es', 2]]);
    assert.deepEqual(await archiveCode(database().db, f.call.id, defunding), { kind: 'done', inputsCoded: 2 });
    assert.deepEqual(await applyCode(f.deps, a, f.staffId, on('defunding', 0, 10)), { kind: 'refused', reason: 'archived-code' });
    await archiveCode(database().db, f.call.id, defunding, false);
  });

  it('refuses offsets outside the answer, an empty passage, a missing text and another call’s code', async () => {
    const opened = await openedInput(f, answer);
    assert.deepEqual(await applyCode(f.deps, opened, f.staffId, on('surveillance', 10, answer.length + 1)), { kind: 'refused', reason: 'outside-text' });
    assert.deepEqual(await applyCode(f.deps, opened, f.staffId, on('surveillance', -1, 5)), { kind: 'refused', reason: 'outside-text' });
    assert.deepEqual(await applyCode(f.deps, opened, f.staffId, on('surveillance', 9, 3)), { kind: 'refused', reason: 'outside-text' });
    assert.deepEqual(await applyCode(f.deps, opened, f.staffId, on('surveillance', 1.5, 5)), { kind: 'refused', reason: 'outside-text' });
    assert.deepEqual(await applyCode(f.deps, opened, f.staffId, on('surveillance', 3, 4)), { kind: 'refused', reason: 'empty-passage' });
    assert.deepEqual(await applyCode(f.deps, opened, f.staffId, { ...on('surveillance', 0, 5), field: 'details' }), { kind: 'refused', reason: 'no-such-text' });
    assert.deepEqual(await applyCode(f.deps, opened, f.staffId, { ...on('surveillance', 0, 5), codeId: 'not-a-code' }), { kind: 'refused', reason: 'unknown-code' });
    assert.deepEqual(await listCodings(f.deps, opened.cipher), []);
  });

  it('codes ticked choices itself, idempotently, leaving staff codings alone', async () => {
    const opened = await openedInput(f, answer, {
      answers: { [f.textRef]: { text: answer }, [f.choicesRef]: { choices: ['regional', 'transnational'] } },
    });
    const before = await inputsWith('network-regional');
    const staffCoding = await applyCode(f.deps, opened, f.staffId, on('surveillance', 0, 36));
    assert.deepEqual(await codeChoices(f.deps, opened, networkCodes), { added: 2, removed: 0 });
    assert.deepEqual(await codeChoices(f.deps, opened, networkCodes), { added: 0, removed: 0 });
    const codings = await listCodings(f.deps, opened.cipher);
    assert.deepEqual(codings.filter((c) => c.source === 'choice').map((c) => [c.codeId, c.anchor, c.codedBy]), [
      [f.codes['network-regional'], { kind: 'choice', partRef: f.choicesRef, choiceKey: 'regional' }, null],
      [f.codes['network-transnational'], { kind: 'choice', partRef: f.choicesRef, choiceKey: 'transnational' }, null],
    ]);
    assert.equal(await inputsWith('network-regional'), before + 1);

    // A mapping that no longer maps a choice takes its coding away; the staff coding stays.
    const onlyRegional: CodeForChoice = (q, p, choice) => (choice === 'regional' ? networkCodes(q, p, choice) : undefined);
    assert.deepEqual(await codeChoices(f.deps, opened, onlyRegional), { added: 0, removed: 1 });
    assert.equal(await inputsWith('network-transnational', { stakeholderType: 'civil-society', country: 'KE' }), 0);
    assert.ok(staffCoding.kind === 'applied' && (await listCodings(f.deps, opened.cipher)).some((c) => c.id === staffCoding.coding.id));
  });
});
