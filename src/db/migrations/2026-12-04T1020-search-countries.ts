// A search entry holds every country its work is about (organisations, networks and initiatives work in several),
// and the UN regional groups of them all, as JSON arrays of codes; an entry of one country keeps it. The filters
// themselves match facet words of the full-text index (search/facet-tokens.ts), written when an entry is indexed.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('search_entries').addColumn('countries', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  await db.schema.alterTable('search_entries').addColumn('regional_groups', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  // Codes are capital letters and group keys lower-case words and hyphens (search-entry.ts): nothing to escape.
  await sql`update search_entries set countries = '["' || country || '"]' where country is not null`.execute(db);
  await sql`update search_entries set regional_groups = '["' || regional_group || '"]' where regional_group is not null`.execute(db);
  await db.schema.alterTable('search_entries').dropColumn('country').execute();
  await db.schema.alterTable('search_entries').dropColumn('regional_group').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema.alterTable('search_entries').addColumn('country', 'text').execute();
  await db.schema.alterTable('search_entries').addColumn('regional_group', 'text').execute();
  // An entry of several countries or groups had none before.
  const sole = (column: string) => (postgres
    ? sql`case when json_array_length(${sql.ref(column)}::json) = 1 then ${sql.ref(column)}::json ->> 0 end`
    : sql`case when json_array_length(${sql.ref(column)}) = 1 then json_extract(${sql.ref(column)}, '$[0]') end`);
  await sql`update search_entries set country = ${sole('countries')}, regional_group = ${sole('regional_groups')}`.execute(db);
  await db.schema.alterTable('search_entries').dropColumn('countries').execute();
  await db.schema.alterTable('search_entries').dropColumn('regional_groups').execute();
}
