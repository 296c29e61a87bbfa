import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { indexEntry, removeEntry } from './index-entry.ts';
import { withTestEntries } from './search-test-entries.ts';

describeEachEngine('search filters, audience and order', (database, engine) => {
  const { find, refs } = withTestEntries(database, engine);

  it('filters by theme, country, UN regional group and kind, and counts matches per kind', async () => {
    assert.deepEqual(await refs('', { theme: 'civic-space' }), ['ar-1', 'fr-1']);
    assert.deepEqual(await refs('', { country: 'PE' }), ['es-1']);
    assert.deepEqual(await refs('', { region: 'western-european-others' }), ['fr-1']);
    assert.deepEqual(await refs('', { region: 'asia-pacific' }), ['zh-1']);
    assert.deepEqual(await refs('', { kinds: ['thread', 'initiative'] }), ['es-1', 'zh-1']);
    const outcome = await find('', { theme: 'civic-space', kinds: ['post'] });
    assert.deepEqual(outcome.results.map((r) => r.entry.refId), ['ar-1']);
    assert.deepEqual(outcome.total, { count: 1, more: false });
    assert.deepEqual([...outcome.byKind].sort(), [['post', { count: 1, more: false }], ['statement', { count: 1, more: false }]]);
  });

  it('finds an entry of several countries by any of them and by the regional group of each', async () => {
    const db = database().db;
    const base = { kind: 'network', language: 'en', audience: 'public', updatedAt: '2026-11-10T10:00:00Z' } as const;
    await indexEntry(db, { ...base, refId: 'two-countries', url: '/n/two', title: 'Tenants across borders', body: 'Renters organise.',
      countries: ['UG', 'AR'] });
    await indexEntry(db, { ...base, refId: 'arabic-two', url: '/n/arabic-two', title: 'شبكة التضامن', body: 'نعمل معا.',
      country: 'JO', countries: ['LB'] });
    for (const country of ['UG', 'AR']) assert.deepEqual(await refs('tenants', { country }), ['two-countries'], country);
    for (const region of ['african', 'latin-american-caribbean'] as const) assert.deepEqual(await refs('', { region, kinds: ['network'] }), ['two-countries'], region);
    assert.deepEqual(await refs('tenants', { country: 'FR' }), []);
    assert.deepEqual(await refs('tenants', { region: 'western-european-others' }), []);
    for (const country of ['JO', 'LB']) assert.deepEqual(await refs('التضامن', { country, kinds: ['network'] }), ['arabic-two'], country);
    assert.deepEqual(await refs('التضامن', { region: 'asia-pacific', kinds: ['network'] }), ['arabic-two']);
    assert.deepEqual(await refs('التضامن', { country: 'AR' }), []);
    await removeEntry(db, 'network', 'two-countries');
    await removeEntry(db, 'network', 'arabic-two');
  });

  it('shows members-only entries to members alone', async () => {
    assert.deepEqual(await refs('housing'), []);
    assert.deepEqual(await refs('housing', { audience: 'members' }), ['members-1']);
    assert.deepEqual(await refs('', { country: 'KE' }), []);
    assert.deepEqual(await refs('', { country: 'KE', audience: 'members' }), ['members-1']);
    assert.deepEqual((await find('', { kinds: ['organisation'] })).total, { count: 0, more: false });
    await indexEntry(database().db, { kind: 'post', refId: 'zh-members', url: '/p/zh-members', language: 'zh', title: '工会团结',
      body: '成员讨论。', audience: 'members', updatedAt: '2026-11-12T10:00:00Z' });
    assert.deepEqual(await refs('团'), ['zh-1'], 'a character alone, read in one pass over every kind, keeps the audience rule');
    const members = await find('团', { audience: 'members' });
    assert.deepEqual(members.results.map((r) => r.entry.refId).sort(), ['zh-1', 'zh-members']);
    assert.deepEqual([...members.byKind].sort(), [['post', { count: 1, more: false }], ['thread', { count: 1, more: false }]]);
    await removeEntry(database().db, 'post', 'zh-members');
  });

  it('ranks title matches first, and broad queries newest first', async () => {
    const db = database().db;
    const base = { kind: 'post', language: 'en', audience: 'public', updatedAt: '2026-11-09T10:00:00Z' } as const;
    await indexEntry(db, { ...base, refId: 'rank-title', url: '/p/rank-title', title: 'Mangrove restoration', body: 'Planting along the coast.' });
    await indexEntry(db, { ...base, refId: 'rank-body', url: '/p/rank-body', title: 'Coastal work', body: 'We restore the mangrove with fishers.' });
    await indexEntry(db, { ...base, refId: 'rank-newest', url: '/p/rank-newest', title: 'Fishers meet', body: 'A mangrove day.' });
    const ranked = await find('mangrove');
    assert.equal(ranked.order, 'relevance');
    assert.equal(ranked.results[0]?.entry.refId, 'rank-title');
    const broad = await find('mangrove', { countLimit: 2 });
    assert.equal(broad.order, 'newest');
    assert.deepEqual(broad.results.map((r) => r.entry.refId), ['rank-newest', 'rank-body', 'rank-title']);
    const second = await find('mangrove', { countLimit: 2, limit: 1, offset: 1 });
    assert.deepEqual(second.results.map((r) => r.entry.refId), ['rank-body']);
    assert.deepEqual(second.total, { count: 2, more: true });
    const relevantSecond = await find('mangrove', { limit: 2, offset: 2 });
    assert.equal(relevantSecond.results.length, 1);
    // Signed in, newest first takes a kind's public and members-only entries by date, though they are stored apart.
    for (const refId of ['rank-members', 'rank-members-2']) {
      await indexEntry(db, { ...base, refId, url: `/p/${refId}`, title: 'Mangrove nursery', body: 'Seedlings.', audience: 'members' });
    }
    await indexEntry(db, { ...base, refId: 'rank-latest', url: '/p/rank-latest', title: 'Mangrove walk', body: 'At low tide.' });
    const signedIn = await find('mangrove', { countLimit: 1, limit: 2, audience: 'members' });
    assert.deepEqual(signedIn.results.map((r) => r.entry.refId), ['rank-latest', 'rank-members-2']);
  });
});
