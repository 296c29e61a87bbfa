import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { organisationWithAdmin } from '../../../test/support/network.ts';
import { search, type SearchOptions } from '../search/index.ts';

describeEachEngine('organisations in search', (database, engine) => {
  const found = async (options: Partial<SearchOptions>) =>
    (await search(database().db, engine, { query: '', audience: 'public', limit: 20, offset: 0, kinds: ['organisation'], ...options }))
      .results.map((result) => result.entry.title);

  it('finds an organisation working in several countries by each of them and by each of their regional groups', async () => {
    await organisationWithAdmin(database().db, { name: 'Dockers of two oceans', countries: ['KE', 'PE'] });
    for (const country of ['PE', 'KE']) assert.deepEqual(await found({ country }), ['Dockers of two oceans'], country);
    for (const region of ['african', 'latin-american-caribbean'] as const) assert.deepEqual(await found({ region }), ['Dockers of two oceans'], region);
    assert.deepEqual(await found({ query: 'dockers', country: 'PE' }), ['Dockers of two oceans']);
    assert.deepEqual(await found({ country: 'FR' }), []);
    assert.deepEqual(await found({ region: 'asia-pacific' }), []);
  });
});
