import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sql } from 'kysely';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { down, up } from '../../db/migrations/2026-12-04T1020-search-countries.ts';

describeEachEngine('migration 2026-12-04T1020-search-countries', (database, engine) => {
  it('turns an entry’s one country and group into lists, and back', async () => {
    const { db } = database();
    await down(db);
    // PostgreSQL's entries carry their tsvector too (search-postgres.repository.ts).
    const [column, value] = engine === 'postgres' ? [sql`, document`, sql`, ''::tsvector`] : [sql``, sql``];
    await sql`insert into search_entries (kind, ref_id, url, language, title, excerpt, themes, country, regional_group, audience, updated_at${column})
      values ('post', 'one', '/x', 'en', 't', 'e', '[]', 'PE', 'latin-american-caribbean', 'public', '2026-11-01T10:00:00Z'${value}),
        ('post', 'none', '/x', 'en', 't', 'e', '[]', null, null, 'public', '2026-11-01T10:00:00Z'${value})`.execute(db);
    await up(db);
    const lists = await sql<{ ref_id: string; countries: string; regional_groups: string }>`select ref_id, countries, regional_groups
      from search_entries order by ref_id`.execute(db);
    assert.deepEqual(lists.rows.map((r) => [r.ref_id, JSON.parse(r.countries), JSON.parse(r.regional_groups)]),
      [['none', [], []], ['one', ['PE'], ['latin-american-caribbean']]]);
    await sql`update search_entries set countries = '["KE","PE"]', regional_groups = '["african","latin-american-caribbean"]' where ref_id = 'none'`.execute(db);
    await down(db);
    const sole = await sql<{ ref_id: string; country: string | null; regional_group: string | null }>`select ref_id, country, regional_group
      from search_entries order by ref_id`.execute(db);
    assert.deepEqual(sole.rows.map((r) => [r.ref_id, r.country, r.regional_group]), [['none', null, null], ['one', 'PE', 'latin-american-caribbean']]);
    await up(db);
  });
});
