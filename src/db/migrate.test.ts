import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sql } from 'kysely';
import { describeEachEngine } from '../../test/support/engines.ts';
import { migrateToLatest } from './migrate.ts';

/** Every table the migrations create, by the feature that owns it (search's full-text tables are per engine). */
const tables = [
  'calls', 'questionnaires', 'questions', 'submissions', 'submission_countries', 'attachments', 'publications', 'published_attachments',
  'staff_users', 'staff_sessions', 'setup_tokens', 'staff_recovery_codes', 'audit_events', 'call_recipients', 'input_key_boxes',
  'follow_up_sessions', 'follow_up_messages', 'spent_challenges',
  'mail_imports', 'mail_import_uploads', 'mail_messages', 'mail_message_key_boxes', 'mail_import_items', 'mail_fingerprints', 'imported_inputs',
  'codebook_categories', 'codes', 'codings', 'quotes', 'code_counts', 'suggestion_rejections',
  'members', 'member_sessions', 'member_email_links', 'member_recovery_codes', 'pseudonym_reveals', 'member_passkeys',
  'signing_keys', 'search_entries',
  'organisations', 'organisation_members', 'organisation_invitations', 'organisation_verification_notes', 'organisation_deletions',
  'networks', 'network_organisations', 'network_coordinators', 'network_applications', 'network_removals',
  'initiatives', 'initiative_tags', 'initiative_images',
  'discussion_threads', 'discussion_posts', 'discussion_mentions', 'discussion_pseudonym_mentions', 'discussion_notification_settings',
  'discussion_digest_places', 'digests_sent',
  'statements', 'statement_versions', 'statement_comments', 'statement_signatures', 'statement_signed_files',
  'moderation_cases', 'moderation_reports', 'moderation_actions', 'moderation_appeals', 'member_blocks', 'posting_blocks',
];
const sqliteOnlyTables = ['search_kinds', 'search_words', 'search_substrings'];

describeEachEngine('migrations', (database, engine) => {
  it('create every table and are idempotent on a second run', async () => {
    const { db } = database();
    assert.deepEqual(await migrateToLatest(db), []);
    for (const table of [...tables, ...(engine === 'sqlite' ? sqliteOnlyTables : [])]) {
      const result = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db);
      assert.equal(Number(result.rows[0]?.n), 0, table);
    }
  });

  it('store and return binary data unchanged', async () => {
    const { db } = database();
    const bytes = Buffer.from([0, 1, 2, 255, 254, 0, 37, 80, 68, 70]);
    await db.insertInto('calls').values({
      id: 'c1', slug: 'c1', reference_code: 'T', mandate: '{}', title: '{}', summary: '{}', body: '{}', report: '{}',
      publication_policy: '{}', opens_on: '2026-01-01', deadline_at: '2026-12-01T00:00:00Z', time_zone: 'UTC',
      languages: '["en"]', contact_email: 'a@example.org', email_subject: 's', late_policy: 'refuse', status: 'open', submission_counter: 0,
      created_at: 'x', updated_at: 'x',
    }).execute();
    await db.insertInto('questionnaires').values({ id: 'q1', call_id: 'c1', position: 0, stakeholder_types: '[]', title: '{}', intro: '{}' }).execute();
    await db.insertInto('submissions').values({
      id: 's1', call_id: 'c1', questionnaire_id: 'q1', stakeholder_type: 'state', status: 'draft', access_token_hash: 'h',
      reference: null, language: null, consent: null, late: 0, review_status: 'new', sealed_content: Buffer.from('x'), created_on: 'd',
      updated_on: 'd', submitted_on: null,
    }).execute();
    await db.insertInto('attachments').values({
      id: 'a1', submission_id: 's1', part_ref: null, sealed_name: Buffer.from('n'), media_type: 'application/pdf', size_bytes: bytes.length,
      data: bytes, created_on: 'd',
    }).execute();
    const row = await db.selectFrom('attachments').select('data').where('id', '=', 'a1').executeTakeFirstOrThrow();
    assert.deepEqual(Buffer.from(row.data), bytes);
  });
});
