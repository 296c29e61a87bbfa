import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { indexEntry, removeEntry } from './index-entry.ts';
import { search, type SearchOptions } from './search-entries.ts';
import type { SearchEntryInput } from './search-entry.ts';
import { findEntry } from './search.repository.ts';

const entries: SearchEntryInput[] = [
  { kind: 'statement', refId: 'fr-1', url: '/statements/fr-1', language: 'fr', title: 'Défense des défenseurs',
    body: 'La DÉFENSE des défenseurs des droits humains face au fichage et aux campagnes de dénigrement.',
    themes: ['civic-space'], country: 'FR', audience: 'public', updatedAt: '2026-11-01T10:00:00Z' },
  { kind: 'initiative', refId: 'es-1', url: '/initiatives/es-1', language: 'es', title: 'Solidaridad con las trabajadoras',
    body: 'Solidaridad internacional con las trabajadoras agrícolas migrantes de la región andina.',
    themes: ['workers-rights', 'migrants-refugees-minorities'], country: 'PE', audience: 'public', updatedAt: '2026-11-02T10:00:00Z' },
  { kind: 'post', refId: 'ar-1', url: '/forums/rights/posts/ar-1', language: 'ar', title: 'التَّضَامُنُ الدَّوْلِيُّ',
    body: 'نعمل من أجل التضامن الدولي وحقوق الإنسان في المنطقة، والدفاع عن المدافعين.',
    themes: ['civic-space'], country: 'EG', audience: 'public', updatedAt: '2026-11-03T10:00:00Z' },
  { kind: 'thread', refId: 'zh-1', url: '/forums/rights/threads/zh-1', language: 'zh', title: '国际团结论坛',
    body: '我们讨论人权与国际团结，以及气候正义。', themes: ['climate-and-disasters'], country: 'CN', audience: 'public',
    updatedAt: '2026-11-04T10:00:00Z' },
  { kind: 'organisation', refId: 'members-1', url: '/organisations/members-1', language: 'en', title: 'Housing defenders collective',
    body: 'A collective of housing defenders working on evictions.', themes: ['housing'], country: 'KE', audience: 'members',
    updatedAt: '2026-11-05T10:00:00Z' },
];

describeEachEngine('search', (database, engine) => {
  const find = (query: string, options: Partial<SearchOptions> = {}) =>
    search(database().db, engine, { query, audience: 'public', limit: 20, offset: 0, ...options });
  const refs = async (query: string, options: Partial<SearchOptions> = {}) =>
    (await find(query, options)).results.map((r) => r.entry.refId).sort();

  before(async () => {
    for (const entry of entries) await indexEntry(database().db, entry);
  });

  it('finds French with and without accents, in any case', async () => {
    for (const query of ['défense', 'defense', 'DEFENSE', 'Défenseurs', 'denigrement']) assert.deepEqual(await refs(query), ['fr-1'], query);
  });

  it('finds Spanish words whatever their case', async () => {
    for (const query of ['solidaridad', 'Solidaridad', 'TRABAJADORAS agrícolas']) assert.deepEqual(await refs(query), ['es-1'], query);
    assert.deepEqual(await refs('solidaridad nacional'), [], 'every word must be present');
  });

  it('finds Arabic with and without diacritics, and inside words that carry a prefix', async () => {
    for (const query of ['التضامن', 'التَّضَامُنُ', 'الدولي', 'حقوق', 'الإنسان', 'الانسان', '"حقوق الإنسان"', 'في', 'المدافعين']) {
      assert.deepEqual(await refs(query), ['ar-1'], query);
    }
    assert.deepEqual(await refs('"الإنسان حقوق"'), [], 'a phrase keeps its order');
  });

  it('finds Chinese by one, two and more characters, and only where the characters follow each other', async () => {
    for (const query of ['人权', '国际团结', '团结', '气候正义', '论坛', '义']) assert.deepEqual(await refs(query), ['zh-1'], query);
    assert.deepEqual(await refs('团'), ['zh-1']);
    assert.deepEqual(await refs('国团'), []);
    assert.deepEqual(await refs('权与国际团结以'), [], 'punctuation ends a run');
  });

  it('filters by theme, country, UN regional group and kind, and counts matches per kind', async () => {
    assert.deepEqual(await refs('', { theme: 'civic-space' }), ['ar-1', 'fr-1']);
    assert.deepEqual(await refs('', { country: 'PE' }), ['es-1']);
    assert.deepEqual(await refs('', { region: 'western-european-others' }), ['fr-1']);
    assert.deepEqual(await refs('', { region: 'asia-pacific' }), ['zh-1']);
    assert.deepEqual(await refs('', { kinds: ['thread', 'initiative'] }), ['es-1', 'zh-1']);
    const outcome = await find('', { theme: 'civic-space', kinds: ['post'] });
    assert.deepEqual(outcome.results.map((r) => r.entry.refId), ['ar-1']);
    assert.equal(outcome.total, 1);
    assert.deepEqual([...outcome.byKind].sort(), [['post', 1], ['statement', 1]]);
  });

  it('shows members-only entries to members alone', async () => {
    assert.deepEqual(await refs('housing'), []);
    assert.deepEqual(await refs('housing', { audience: 'members' }), ['members-1']);
    assert.deepEqual(await refs('', { country: 'KE' }), []);
  });

  it('marks the matched words in the title and snippet', async () => {
    const [result] = (await find('defense')).results;
    assert.deepEqual(result?.title, [{ text: 'Défense', mark: true }, { text: ' des défenseurs', mark: false }]);
    assert.ok(result?.snippet.some((piece) => piece.mark && piece.text === 'DÉFENSE'));
  });

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

  it('never fails on query syntax, quotes or SQL typed into the box', async () => {
    const attempts = ['"', "'", '""""', '"unclosed phrase', 'NEAR(defense droits, 2)', 'defense NEAR droits', '*', 'def*', '^defense',
      'title:defense', '{title body}: defense', 'defense AND OR NOT', '-defense', '(defense', 'a & b | !c <-> d', "'defense':*",
      "'; drop table search_entries; --", '%', '_', '\\', '\u0000', '🙂', 'x'.repeat(5000), 'ا', '国', '"人权" OR 1=1'];
    for (const query of attempts) await assert.doesNotReject(find(query), query);
    assert.deepEqual(await refs('NEAR(defense droits, 2)'), [], 'NEAR is a word here, and it is in no entry');
    assert.deepEqual(await refs("'defense':*"), ['fr-1']);
    await assert.doesNotReject(find('', { theme: "%' or 1=1 --", country: "FR' --" }));
    assert.ok(await findEntry(database().db, 'statement', 'fr-1'), 'the table is still there');
  });

  it('refuses entries that would link elsewhere', async () => {
    const entry = entries[0]!;
    for (const url of ['//evil.example/x', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)']) {
      await assert.rejects(indexEntry(database().db, { ...entry, refId: 'bad', url }), url);
    }
  });
});
