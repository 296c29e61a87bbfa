// Discussion threads in public forums (one per theme) and inside networks, their posts, mentions, each member's
// notification choices and the record of daily digests sent. A pseudonymous post keeps only the pseudonym's id
// and label: author_member_id stays null, so the database cannot say which account wrote it.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('discussion_threads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Exactly one of the two is set: a public forum's theme or the network the thread belongs to.
    .addColumn('forum_theme', 'text')
    .addColumn('network_id', 'text', (c) => c.references('networks.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    // A removed account leaves its words in place, signed "former member".
    .addColumn('author_member_id', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('author_pseudonym_id', 'text')
    .addColumn('author_pseudonym_label', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_posted_at', 'text', (c) => c.notNull())
    // Also the counter that numbers posts: an atomic UPDATE … RETURNING gives each reply its position.
    .addColumn('post_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('hidden_at', 'text')
    .addColumn('hidden_reason', 'text')
    .addCheckConstraint('discussion_threads_one_place', sql`(forum_theme is null) <> (network_id is null)`)
    .execute();
  await db.schema.createIndex('discussion_threads_forum').on('discussion_threads').columns(['forum_theme', 'last_posted_at']).execute();
  await db.schema.createIndex('discussion_threads_network').on('discussion_threads').columns(['network_id', 'last_posted_at']).execute();
  await db.schema.createIndex('discussion_threads_created').on('discussion_threads').column('created_at').execute();
  await db.schema.createIndex('discussion_threads_author').on('discussion_threads').column('author_member_id').execute();

  await db.schema
    .createTable('discussion_posts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('thread_id', 'text', (c) => c.notNull().references('discussion_threads.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_member_id', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('author_pseudonym_id', 'text')
    .addColumn('author_pseudonym_label', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('edited_at', 'text')
    // Deleted by its author: the text is erased, the place in the conversation kept.
    .addColumn('deleted_at', 'text')
    .addColumn('hidden_at', 'text')
    .addColumn('hidden_reason', 'text')
    .addUniqueConstraint('discussion_posts_thread_position', ['thread_id', 'position'])
    .execute();

  // Who each post mentions, so an edit notifies just the people it adds. A mentioned pseudonym is kept apart and
  // by its id alone: only its holder's session can recognise it (the mentions listed on their notifications page).
  await db.schema
    .createTable('discussion_mentions')
    .addColumn('post_id', 'text', (c) => c.notNull().references('discussion_posts.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('discussion_mentions_pk', ['post_id', 'member_id'])
    .execute();
  await db.schema
    .createTable('discussion_pseudonym_mentions')
    .addColumn('post_id', 'text', (c) => c.notNull().references('discussion_posts.id').onDelete('cascade'))
    .addColumn('pseudonym_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('discussion_pseudonym_mentions_pk', ['post_id', 'pseudonym_id'])
    .execute();
  await db.schema.createIndex('discussion_pseudonym_mentions_pseudonym').on('discussion_pseudonym_mentions').column('pseudonym_id').execute();

  // Every email is opt-in: no row means no mail.
  await db.schema
    .createTable('discussion_notification_settings')
    .addColumn('member_id', 'text', (c) => c.primaryKey().references('members.id').onDelete('cascade'))
    .addColumn('on_reply', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('on_mention', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('daily_digest', 'integer', (c) => c.notNull().defaultTo(0))
    // The language the member chose these in: their emails are written in it.
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('discussion_digest_places')
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('place', 'text', (c) => c.notNull()) // forum:<theme> | network:<id>
    .addPrimaryKeyConstraint('discussion_digest_places_pk', ['member_id', 'place'])
    .execute();

  // The claim several instances race for: whoever inserts (member, day) first sends that day's digest.
  await db.schema
    .createTable('digests_sent')
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('digests_sent_pk', ['member_id', 'day'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['digests_sent', 'discussion_digest_places', 'discussion_notification_settings', 'discussion_pseudonym_mentions', 'discussion_mentions', 'discussion_posts', 'discussion_threads']) {
    await db.schema.dropTable(table).execute();
  }
}
