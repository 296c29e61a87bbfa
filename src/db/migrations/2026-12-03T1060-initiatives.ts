// Solidarity initiatives (issue 6) and their pictures. An initiative is signed either by a member (author_member_id,
// and maybe an organisation they belong to) or, for a member in at-risk mode, by a pseudonym only: then the member
// column is null and nothing in the database ties the row to an account. Tags (rights, themes, countries) are rows
// of initiative_tags, so filters and the map are plain indexed lookups on both engines. Pictures are stored only
// after their metadata has been stripped.
import { sql, type Kysely } from 'kysely';
import { binaryType } from './column-types.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('initiatives')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Null for a pseudonymous author; an account that is removed takes its name off its initiatives.
    .addColumn('author_member_id', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('author_pseudonym_id', 'text')
    .addColumn('author_pseudonym_label', 'text')
    // The organisation a named author posted for. No foreign key: initiatives do not depend on the organisations
    // feature's tables, and an organisation that no longer exists is simply not named.
    .addColumn('organisation_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('starts_on', 'text')
    .addColumn('ends_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rejection_reason', 'text')
    // Staff who decided, for the record; never shown to the public.
    .addColumn('moderated_by', 'text', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('moderated_at', 'text')
    .addColumn('hidden_at', 'text')
    .addColumn('hidden_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    // A pseudonymous initiative never also names the member, and no row is both signed and unsigned by a pseudonym.
    .addCheckConstraint('initiatives_one_kind_of_author', sql`author_pseudonym_id is null or author_member_id is null`)
    .addCheckConstraint('initiatives_pseudonym_labelled', sql`(author_pseudonym_id is null) = (author_pseudonym_label is null)`)
    .execute();
  await db.schema.createIndex('initiatives_status').on('initiatives').columns(['status', 'published_at']).execute();
  await db.schema.createIndex('initiatives_member').on('initiatives').column('author_member_id').execute();
  await db.schema.createIndex('initiatives_pseudonym').on('initiatives').column('author_pseudonym_id').execute();

  await db.schema
    .createTable('initiative_tags')
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull()) // 'right' | 'theme' | 'country'
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('initiative_tags_pk', ['initiative_id', 'kind', 'value'])
    .execute();
  await db.schema.createIndex('initiative_tags_lookup').on('initiative_tags').columns(['kind', 'value']).execute();

  await db.schema
    .createTable('initiative_images')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('alt', 'text', (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('data', binaryType(db), (c) => c.notNull())
    .execute();
  await db.schema.createIndex('initiative_images_initiative').on('initiative_images').column('initiative_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['initiative_images', 'initiative_tags', 'initiatives']) await db.schema.dropTable(table).execute();
}
