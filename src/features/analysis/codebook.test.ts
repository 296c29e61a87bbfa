import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createTestCall } from '../../../test/support/factories.ts';
import { analysisFixture, testCodebook, type AnalysisFixture } from './analysis-test-setup.ts';
import { archiveCode } from './archive-code.ts';
import { listCodebook } from './list-codebook.ts';
import { saveCode, type CodeInput } from './save-code.ts';
import { seedCodebook } from './seed-codebook.ts';
import { hrc56Codebook } from './codebook/index.ts';

describeEachEngine('codebook', (database) => {
  let f: AnalysisFixture;
  before(async () => {
    f = await analysisFixture(database().db);
  });

  const newCode = (overrides: Partial<CodeInput> = {}): CodeInput => ({
    categoryId: '', key: 'doxing', label: { en: 'Doxing', fr: 'Divulgation de données', es: 'Doxeo' }, terms: { en: [' doxing ', 'doxing', ''] }, ...overrides,
  });

  it('seeds a definition once: seeding again adds nothing and keeps staff edits', async () => {
    const { db } = database();
    const before = await listCodebook(db, f.call.id);
    assert.deepEqual(before.map((c) => [c.key, c.codes.map((code) => code.key)]), [
      ['networks', ['network-regional', 'network-transnational']], ['reprisals', ['surveillance', 'defunding']],
    ]);
    const surveillance = before[1]!.codes[0]!;
    const renamed = await saveCode(db, f.call.id, { ...surveillance, label: { en: 'Digital surveillance', fr: 'Surveillance numérique', es: 'Vigilancia digital' } });
    assert.equal(renamed.kind, 'saved');
    assert.deepEqual(await seedCodebook(db, f.call.id, testCodebook), { categoriesAdded: 0, codesAdded: 0 });
    const after = await listCodebook(db, f.call.id);
    assert.equal(after.flatMap((c) => c.codes).length, 4);
    assert.equal(after[1]!.codes[0]!.label.en, 'Digital surveillance');
  });

  it('seeds the HRC56 codebook, every code under its category with labels in EN/FR/ES', async () => {
    const { db } = database();
    const call = await createTestCall(db);
    assert.deepEqual(await seedCodebook(db, call.id, hrc56Codebook), { categoriesAdded: hrc56Codebook.categories.length, codesAdded: hrc56Codebook.codes.length });
    const codebook = await listCodebook(db, call.id);
    assert.deepEqual(codebook.map((c) => c.key), hrc56Codebook.categories.map((c) => c.key));
    const surveillance = codebook.flatMap((c) => c.codes).find((code) => code.key === hrc56Codebook.codes.find((d) => d.terms.en.includes('surveillance'))?.key);
    assert.ok(surveillance && surveillance.label.fr && surveillance.label.es);
  });

  it('adds only what a longer definition brings, after what exists', async () => {
    const { db } = database();
    const call = await createTestCall(db);
    await seedCodebook(db, call.id, { categories: testCodebook.categories, codes: testCodebook.codes.slice(0, 2) });
    assert.deepEqual(await seedCodebook(db, call.id, testCodebook), { categoriesAdded: 0, codesAdded: 2 });
    const codes = (await listCodebook(db, call.id)).flatMap((c) => c.codes);
    assert.deepEqual(codes.map((c) => [c.key, c.position]), [['network-regional', 0], ['network-transnational', 1], ['surveillance', 2], ['defunding', 3]]);
  });

  it('refuses a code with a bad or taken key, a missing label or an unknown category, with one error code per field', async () => {
    const { db } = database();
    const categoryId = (await listCodebook(db, f.call.id))[1]!.id;
    const invalid = await saveCode(db, f.call.id, newCode({ categoryId: 'nope', key: 'Doxing!', label: { en: 'Doxing', fr: ' ', es: '' } }));
    assert.deepEqual(invalid, { kind: 'invalid', errors: { key: 'invalid', category: 'unknown', 'label.fr': 'required', 'label.es': 'required' } });
    assert.deepEqual(await saveCode(db, f.call.id, newCode({ categoryId, key: 'surveillance' })), { kind: 'invalid', errors: { key: 'taken' } });
    assert.deepEqual(await saveCode(db, f.call.id, newCode({ categoryId, key: '' })), { kind: 'invalid', errors: { key: 'required' } });
  });

  it('creates a code with cleaned terms, and lets a key be reused in another call', async () => {
    const { db } = database();
    const categoryId = (await listCodebook(db, f.call.id))[1]!.id;
    const saved = await saveCode(db, f.call.id, newCode({ categoryId }));
    assert.ok(saved.kind === 'saved');
    assert.deepEqual(saved.code.terms, { en: ['doxing'], fr: [], es: [] });
    assert.equal(saved.code.position, 4);
    const resaved = await saveCode(db, f.call.id, { ...newCode({ categoryId }), id: saved.code.id, key: 'doxxing' });
    assert.ok(resaved.kind === 'saved' && resaved.code.id === saved.code.id && resaved.code.key === 'doxxing');

    const other = await createTestCall(db);
    await seedCodebook(db, other.id, testCodebook);
    const otherCategory = (await listCodebook(db, other.id))[1]!.id;
    assert.equal((await saveCode(db, other.id, newCode({ categoryId: otherCategory, key: 'doxxing' }))).kind, 'saved');
    assert.deepEqual(await saveCode(db, other.id, { ...newCode({ categoryId: otherCategory }), id: saved.code.id }), { kind: 'not-found' });
  });

  it('archives a code instead of deleting it, hiding it from coding but not from the editor', async () => {
    const { db } = database();
    assert.deepEqual(await archiveCode(db, f.call.id, f.codes['defunding']!), { kind: 'done', inputsCoded: 0 });
    assert.ok(!(await listCodebook(db, f.call.id)).flatMap((c) => c.codes).some((c) => c.key === 'defunding'));
    const all = (await listCodebook(db, f.call.id, { includeArchived: true })).flatMap((c) => c.codes);
    assert.equal(all.find((c) => c.key === 'defunding')?.archived, true);
    assert.deepEqual(await archiveCode(db, 'another-call', f.codes['defunding']!), { kind: 'not-found' });
    await archiveCode(db, f.call.id, f.codes['defunding']!, false);
  });
});
