import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sql } from 'kysely';
import { describeEachEngine } from '../../test/support/engines.ts';
import { migrateToLatest } from './migrate.ts';

describeEachEngine('migrations', (database) => {
  it('create every table and are idempotent on a second run', async () => {
    const { db } = database();
    assert.deepEqual(await migrateToLatest(db), []);
    for (const table of ['calls', 'questionnaires', 'questions', 'submissions', 'submission_countries', 'attachments',
      'publications', 'published_attachments', 'staff_users', 'staff_sessions', 'setup_tokens']) {
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
