import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createTestCall } from '../../../test/support/factories.ts';
import { analysisFixture, testCodebook, type AnalysisFixture } from './analysis-test-setup.ts';
import { archiveCategory } from './archive-category.ts';
import { archiveCode } from './archive-code.ts';
import { listCodebook } from './list-codebook.ts';
import { moveCategory } from './move-category.ts';
import { saveCategory } from './save-category.ts';
import { saveCode } from './save-code.ts';
import { seedCodebook } from './seed-codebook.ts';

const label = { en: 'Digital platforms', fr: 'Plateformes numériques', es: 'Plataformas digitales' };

describeEachEngine('codebook categories', (database) => {
  let f: AnalysisFixture;
  before(async () => {
    f = await analysisFixture(database().db);
  });
  const order = async (callId = f.call.id) => (await listCodebook(database().db, callId)).map((c) => c.key);

  it('adds a category after the others, refusing a missing, malformed or taken key and a missing label', async () => {
    const { db } = database();
    assert.deepEqual(await saveCategory(db, f.call.id, { key: '', label: { en: 'Platforms' } }), {
      kind: 'invalid', errors: { key: 'required', 'label.fr': 'required', 'label.es': 'required' },
    });
    assert.deepEqual(await saveCategory(db, f.call.id, { key: 'Digital Platforms', label }), { kind: 'invalid', errors: { key: 'invalid' } });
    assert.deepEqual(await saveCategory(db, f.call.id, { key: 'reprisals', label }), { kind: 'invalid', errors: { key: 'taken' } });
    const saved = await saveCategory(db, f.call.id, { key: ' platforms ', label: { ...label, en: ' Digital platforms ' } });
    assert.ok(saved.kind === 'saved');
    assert.deepEqual([saved.category.key, saved.category.label, saved.category.archived], ['platforms', label, false]);
    assert.deepEqual(await order(), ['networks', 'reprisals', 'platforms']);
  });

  it('renames a category in each language, keeping its key', async () => {
    const { db } = database();
    const [networks] = await listCodebook(db, f.call.id);
    const renamed = await saveCategory(db, f.call.id, { id: networks!.id, key: 'ignored', label: { en: 'Kinds of network', fr: 'Types de réseau', es: 'Tipos de red' } });
    assert.ok(renamed.kind === 'saved' && renamed.category.key === 'networks');
    assert.equal((await listCodebook(db, f.call.id))[0]!.label.fr, 'Types de réseau');
    assert.deepEqual(await saveCategory(db, f.call.id, { id: networks!.id, key: '', label: { en: 'Kinds', fr: ' ', es: 'Tipos' } }), { kind: 'invalid', errors: { 'label.fr': 'required' } });
    const other = await createTestCall(db);
    assert.deepEqual(await saveCategory(db, other.id, { id: networks!.id, key: '', label }), { kind: 'not-found' }, 'another call’s category');
  });

  it('moves a category up or down among the active ones, and not past either end', async () => {
    const { db } = database();
    const call = await createTestCall(db);
    await seedCodebook(db, call.id, { categories: ['a', 'b', 'c', 'd'].map((key) => ({ key, label: { en: key } })), codes: [] });
    const id = async (key: string) => (await listCodebook(db, call.id, { includeArchived: true })).find((c) => c.key === key)!.id;
    assert.equal(await moveCategory(db, call.id, await id('c'), 'up'), 'moved');
    assert.deepEqual(await order(call.id), ['a', 'c', 'b', 'd']);
    assert.equal(await moveCategory(db, call.id, await id('a'), 'up'), 'moved');
    assert.equal(await moveCategory(db, call.id, await id('d'), 'down'), 'moved');
    assert.deepEqual(await order(call.id), ['a', 'c', 'b', 'd'], 'the ends stay where they are');
    assert.deepEqual(await archiveCategory(db, call.id, await id('b')), { kind: 'done' });
    assert.equal(await moveCategory(db, call.id, await id('d'), 'up'), 'moved');
    assert.deepEqual(await order(call.id), ['a', 'd', 'c'], 'an archived category is stepped over');
    assert.equal(await moveCategory(db, call.id, await id('b'), 'up'), 'not-found', 'an archived category does not move');
    assert.equal(await moveCategory(db, f.call.id, await id('a'), 'down'), 'not-found', 'through another call');
  });

  it('archives only a category without active codes, then offers it for no new code until a code in it comes back', async () => {
    const { db } = database();
    const networks = (await listCodebook(db, f.call.id)).find((c) => c.key === 'networks')!;
    assert.deepEqual(await archiveCategory(db, f.call.id, networks.id), { kind: 'has-active-codes', activeCodes: 2 });
    for (const code of networks.codes) await archiveCode(db, f.call.id, code.id);
    assert.deepEqual(await archiveCategory(db, f.call.id, networks.id), { kind: 'done' });
    assert.ok(!(await order()).includes('networks'), 'gone from the lists codes are chosen from');
    const everything = await listCodebook(db, f.call.id, { includeArchived: true });
    assert.ok(everything.find((c) => c.id === networks.id)!.archived, 'kept, archived, for the codes that still name it');

    const newCode = { categoryId: networks.id, key: 'network-local', label: { en: 'Local', fr: 'Local', es: 'Local' }, terms: {} };
    assert.deepEqual(await saveCode(db, f.call.id, newCode), { kind: 'invalid', errors: { category: 'unknown' } });
    const longer = { ...testCodebook, codes: [...testCodebook.codes, { key: 'network-local', category: 'networks', label: newCode.label, terms: {} }] };
    assert.deepEqual(await seedCodebook(db, f.call.id, longer), { categoriesAdded: 0, codesAdded: 0 }, 'seeding brings no code into it');

    await archiveCode(db, f.call.id, networks.codes[0]!.id, false);
    assert.ok((await order()).includes('networks'), 'restoring one of its codes restores the category');
    assert.deepEqual(await archiveCategory(db, f.call.id, 'not-a-category'), { kind: 'not-found' });
  });
});
