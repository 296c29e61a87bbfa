// Solidarity statements and appeals (issue 6). A statement belongs to the network that drafted it; its texts are
// versions numbered across languages, and a published version is never updated, only followed by another. No column
// names the person who drafted or published: a statement speaks for its network, and an at-risk member who drafted
// one must not be findable through it. Comments keep an author like the discussion threads do (a member, or only a
// pseudonym's id and label). A withdrawn signature keeps its row, with the time, so the history stays; one
// organisation has at most one signature in force per statement (a partial unique index, on both engines).
// statement_signed_files holds the signed canonical file of each language's current version, re-issued on change.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('statements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('network_id', 'text', (c) => c.notNull().references('networks.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('original_language', 'text', (c) => c.notNull())
    .addColumn('themes', 'text', (c) => c.notNull()) // JSON array of theme keys
    .addColumn('countries', 'text', (c) => c.notNull()) // JSON array of ISO 3166-1 alpha-2 codes
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .execute();
  await db.schema.createIndex('statements_network').on('statements').column('network_id').execute();
  await db.schema.createIndex('statements_published').on('statements').column('published_at').execute();

  await db.schema
    .createTable('statement_versions')
    .addColumn('statement_id', 'text', (c) => c.notNull().references('statements.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('statement_versions_pk', ['statement_id', 'version'])
    .execute();

  await db.schema
    .createTable('statement_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('statement_id', 'text', (c) => c.notNull().references('statements.id').onDelete('cascade'))
    .addColumn('author_member_id', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('pseudonym_id', 'text')
    .addColumn('pseudonym_label', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('statement_comments_statement').on('statement_comments').columns(['statement_id', 'created_at']).execute();

  await db.schema
    .createTable('statement_signatures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('statement_id', 'text', (c) => c.notNull().references('statements.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('signed_by', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .addColumn('withdrawn_by', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('withdrawn_at', 'text')
    .execute();
  await db.schema.createIndex('statement_signatures_statement').on('statement_signatures').columns(['statement_id', 'signed_at']).execute();
  await db.schema
    .createIndex('statement_signatures_in_force').unique().on('statement_signatures').columns(['statement_id', 'organisation_id'])
    .where(sql.ref('withdrawn_at'), 'is', null)
    .execute();

  await db.schema
    .createTable('statement_signed_files')
    .addColumn('statement_id', 'text', (c) => c.notNull().references('statements.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('statement_signed_files_pk', ['statement_id', 'language'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['statement_signed_files', 'statement_signatures', 'statement_comments', 'statement_versions', 'statements']) {
    await db.schema.dropTable(table).execute();
  }
}
