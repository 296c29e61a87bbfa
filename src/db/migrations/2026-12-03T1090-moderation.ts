// Moderation (docs/MODERATION.md): one case per reported item, the reports grouped in it, every decision taken on
// it, appeals, members' private blocks and moderators' posting blocks. A pseudonymous author is kept as the
// pseudonym and the context it was made in (so their own session can recognise it): never an account.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // One row per item ever reported, so many reports are one queue entry. network_id null: platform staff's place.
  await db.schema
    .createTable('moderation_cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('network_id', 'text')
    .addColumn('author_member_id', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('author_pseudonym_id', 'text')
    .addColumn('author_pseudonym_label', 'text')
    .addColumn('author_context', 'text')
    .addColumn('organisation_id', 'text')
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('moderation_cases_item', ['kind', 'item_id'])
    .execute();
  await db.schema.createIndex('moderation_cases_network').on('moderation_cases').column('network_id').execute();

  // A report is pending until a decision on its case handles it; the reporter is told only that it was handled.
  await db.schema
    .createTable('moderation_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('moderation_cases.id').onDelete('cascade'))
    .addColumn('reporter_member_id', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('handled_at', 'text')
    .execute();
  await db.schema.createIndex('moderation_reports_case').on('moderation_reports').columns(['case_id', 'handled_at']).execute();
  await db.schema.createIndex('moderation_reports_reporter').on('moderation_reports').column('reporter_member_id').execute();

  // Moderators stop a person or pseudonym posting in their place (network_id) or everywhere (null), until ends_at.
  await db.schema
    .createTable('posting_blocks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.references('moderation_cases.id').onDelete('set null'))
    .addColumn('network_id', 'text')
    .addColumn('member_id', 'text', (c) => c.references('members.id').onDelete('cascade'))
    .addColumn('pseudonym_id', 'text')
    .addColumn('pseudonym_label', 'text')
    .addColumn('pseudonym_context', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('ends_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('lifted_at', 'text')
    .addCheckConstraint('posting_blocks_one_target', sql`(member_id is null) <> (pseudonym_id is null)`)
    .execute();
  await db.schema.createIndex('posting_blocks_member').on('posting_blocks').column('member_id').execute();
  await db.schema.createIndex('posting_blocks_pseudonym').on('posting_blocks').column('pseudonym_id').execute();

  // Every decision, by a coordinator (member id) or a staff member (staff id): hide, restore, dismiss, block, lift.
  await db.schema
    .createTable('moderation_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('moderation_cases.id').onDelete('cascade'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('note', 'text')
    // The block a 'block' or 'lift-block' decision made or ended.
    .addColumn('posting_block_id', 'text', (c) => c.references('posting_blocks.id').onDelete('cascade'))
    .addColumn('moderator_member_id', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('moderator_staff_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('moderation_actions_case').on('moderation_actions').columns(['case_id', 'at']).execute();

  // One appeal per hiding (the unique action), reviewed by platform staff other than whoever hid.
  await db.schema
    .createTable('moderation_appeals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('action_id', 'text', (c) => c.notNull().unique().references('moderation_actions.id').onDelete('cascade'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('moderation_cases.id').onDelete('cascade'))
    .addColumn('statement', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('outcome', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('decided_by_staff_id', 'text')
    .execute();

  // A member's private block of another member or pseudonym: they stop seeing that person's posts.
  await db.schema
    .createTable('member_blocks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('blocker_member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('blocked_member_id', 'text', (c) => c.references('members.id').onDelete('cascade'))
    .addColumn('blocked_pseudonym_id', 'text')
    .addColumn('blocked_pseudonym_label', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('member_blocks_one_target', sql`(blocked_member_id is null) <> (blocked_pseudonym_id is null)`)
    .addUniqueConstraint('member_blocks_member', ['blocker_member_id', 'blocked_member_id'])
    .addUniqueConstraint('member_blocks_pseudonym', ['blocker_member_id', 'blocked_pseudonym_id'])
    .execute();

}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['member_blocks', 'moderation_appeals', 'moderation_actions', 'posting_blocks', 'moderation_reports', 'moderation_cases']) {
    await db.schema.dropTable(table).execute();
  }
}
