import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { indexEntry, removeEntry } from './index-entry.ts';
import type { SearchEntryInput } from './search-entry.ts';
import { findEntry } from './search.repository.ts';
import { searchTestEntries as entries, withTestEntries } from './search-test-entries.ts';

describeEachEngine('indexEntry and removeEntry', (database, engine) => {
  const { refs } = withTestEntries(database, engine);

  it('replaces an entry indexed again and forgets its old words; removal takes it out', async () => {
    const db = database().db;
    const entry: SearchEntryInput = { kind: 'post', refId: 'edit-1', url: '/forums/x/posts/edit-1', language: 'en', title: 'Original wording',
      body: 'Tenants organise against evictions.', audience: 'public', updatedAt: '2026-11-06T10:00:00Z' };
    await indexEntry(db, entry);
    await indexEntry(db, { ...entry, title: 'Edited wording', body: 'Tenants organise rent strikes.' });
    assert.deepEqual(await refs('evictions tenants'), []);
    assert.deepEqual(await refs('rent strikes'), ['edit-1']);
    assert.equal((await findEntry(db, 'post', 'edit-1'))?.title, 'Edited wording');
    assert.equal(await removeEntry(db, 'post', 'edit-1'), true);
    assert.equal(await removeEntry(db, 'post', 'edit-1'), false);
    assert.deepEqual(await refs('tenants'), []);
  });

  it('changes the index with the caller’s transaction, and not at all when it rolls back', async () => {
    const db = database().db;
    const entry: SearchEntryInput = { kind: 'initiative', refId: 'tx-1', url: '/initiatives/tx-1', language: 'en', title: 'Seed bank',
      body: 'A community seed bank.', audience: 'public', updatedAt: '2026-11-07T10:00:00Z' };
    await assert.rejects(db.transaction().execute(async (trx) => {
      await indexEntry(trx, entry);
      throw new Error('the owning feature failed');
    }));
    assert.deepEqual(await refs('seed'), []);
    await indexEntry(db, entry);
    await assert.rejects(db.transaction().execute(async (trx) => {
      await removeEntry(trx, 'initiative', 'tx-1');
      throw new Error('the owning feature failed');
    }));
    assert.deepEqual(await refs('seed'), ['tx-1']);
    await removeEntry(db, 'initiative', 'tx-1');
  });

  it('follows an entry from public to members only and back', async () => {
    const db = database().db;
    const entry: SearchEntryInput = { kind: 'network', refId: 'aud-1', url: '/networks/aud-1', language: 'en', title: 'Seed savers network',
      body: 'Farmers keep seeds.', audience: 'public', updatedAt: '2026-11-08T10:00:00Z' };
    await indexEntry(db, entry);
    await indexEntry(db, { ...entry, audience: 'members' });
    assert.deepEqual(await refs('seeds'), []);
    assert.deepEqual(await refs('seeds', { audience: 'members' }), ['aud-1']);
    await indexEntry(db, entry);
    assert.deepEqual(await refs('seeds', { audience: 'members' }), ['aud-1'], 'once, not twice');
    await removeEntry(db, 'network', 'aud-1');
    assert.deepEqual(await refs('seeds', { audience: 'members' }), []);
  });

  it('refuses entries that would link elsewhere', async () => {
    const entry = entries[0]!;
    for (const url of ['//evil.example/x', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)']) {
      await assert.rejects(indexEntry(database().db, { ...entry, refId: 'bad', url }), url);
    }
  });

  it('keeps every country an entry names, with their regional groups and a group named beside them', async () => {
    const db = database().db;
    const entry: SearchEntryInput = { kind: 'network', refId: 'countries-1', url: '/networks/countries-1', language: 'en', title: 'Coastal fishers',
      body: 'Fishers of two oceans.', country: 'PE', countries: ['KE', 'PE'], regionalGroup: 'eastern-european', audience: 'public', updatedAt: '2026-11-09T10:00:00Z' };
    await indexEntry(db, entry);
    const stored = await findEntry(db, 'network', 'countries-1');
    assert.deepEqual(stored?.countries, ['KE', 'PE']);
    assert.deepEqual(stored?.regionalGroups, ['african', 'eastern-european', 'latin-american-caribbean']);
    await indexEntry(db, { ...entry, country: null, countries: [], regionalGroup: null });
    assert.deepEqual((await findEntry(db, 'network', 'countries-1'))?.countries, []);
    await assert.rejects(indexEntry(db, { ...entry, countries: ['KE', 'pe'] }), /country pe/);
    await removeEntry(db, 'network', 'countries-1');
  });

  it('refuses themes and kinds that are not vocabulary keys', async () => {
    const entry = entries[0]!;
    await assert.rejects(indexEntry(database().db, { ...entry, themes: ['civic space'] }));
    await assert.rejects(indexEntry(database().db, { ...entry, kind: 'Post' }));
  });
});
