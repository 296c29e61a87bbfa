// Search (issue 6): one index table that other features write inside their own transactions, and beside it the
// full-text structures of each engine, over text already folded and tokenised in TypeScript (src/features/search):
// - SQLite: two contentless FTS5 tables — words (unicode61, CJK as two-character tokens) and substrings (trigram,
//   only entries holding Arabic or CJK text), both ranked with bm25.
// - PostgreSQL: a `document` tsvector written by the application (the same tokens, plus Arabic trigrams) under a
//   GIN index, ranked with ts_rank. No extension is needed, so it runs where CREATE EXTENSION is not allowed.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('search_entries')
    .addColumn('id', 'integer', (c) => (postgres ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey().autoIncrement()))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref_id', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('excerpt', 'text', (c) => c.notNull())
    .addColumn('themes', 'text', (c) => c.notNull()) // JSON array of theme keys
    .addColumn('country', 'text')
    .addColumn('regional_group', 'text')
    .addColumn('audience', 'text', (c) => c.notNull()) // 'public' | 'members'
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('search_entries_kind_ref', ['kind', 'ref_id'])
    .execute();

  if (postgres) {
    await sql`alter table search_entries add column document tsvector not null`.execute(db);
    await sql`create index search_entries_document on search_entries using gin (document)`.execute(db);
    return;
  }
  // Tokens arrive folded and separated by spaces; unicode61 only splits them again (marks stay inside words). The
  // facets column holds filter values as words (country, UN regional group, themes); rowids pack kind, audience
  // and entry id (search-sqlite.repository.ts says how and why), kinds numbered in search_kinds.
  await sql`create table search_kinds (code integer primary key, kind text not null unique)`.execute(db);
  await sql`create virtual table search_words using fts5(title, body, facets, content='', contentless_delete=1,
    tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M*'")`.execute(db);
  await sql`create virtual table search_substrings using fts5(title, body, facets, content='', contentless_delete=1,
    tokenize='trigram')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) {
    await sql`drop table search_substrings`.execute(db);
    await sql`drop table search_words`.execute(db);
    await sql`drop table search_kinds`.execute(db);
  }
  await db.schema.dropTable('search_entries').execute();
}
