// The database alone cannot link an at-risk post to its author: after a post-like record is stored the way content
// features store at-risk posts (authorshipFor → pseudonym id and label), every cell of every table is read back.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'kysely';
import type { Db, Engine } from '../../db/database.ts';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createAppWithAuthorshipProbe, signUpMember } from '../../../test/support/member.ts';
import type { TestApp } from '../../../test/support/test-app.ts';
import { formText } from '../../http/form-fields.ts';
import { authorshipFor, requireMember } from './index.ts';
import { findWrappedSecret } from './members.repository.ts';
import { unwrapPseudonymSecret } from './pseudonym-secret.ts';
import { pseudonymIdFor } from './pseudonyms.ts';

async function everyCell(db: Db, engine: Engine): Promise<{ table: string; row: string[] }[]> {
  const tables = engine === 'sqlite'
    ? await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db)
    : await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db);
  const cells: { table: string; row: string[] }[] = [];
  for (const { name } of tables.rows) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db);
    for (const row of rows.rows) {
      cells.push({ table: name, row: Object.values(row).flatMap((v) => Buffer.isBuffer(v) || v instanceof Uint8Array
        ? [Buffer.from(v).toString('hex'), Buffer.from(v).toString('base64'), Buffer.from(v).toString('latin1')]
        : [String(v)]) });
    }
  }
  return cells;
}

describeEachEngine('pseudonym unlinkability in the database', (database) => {
  let t: TestApp;
  before(async () => {
    const { db, engine } = database();
    await db.schema.createTable('test_posts').addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('context', 'text').addColumn('author_member_id', 'text').addColumn('pseudonym_id', 'text')
      .addColumn('label', 'text').addColumn('body', 'text').execute();
    let nextId = 0;
    t = await createAppWithAuthorshipProbe(db, engine, { extra: (app) => {
      // What a content feature does with an at-risk member's post (test route: no CSRF, no form).
      app.post('/test/posts', { preHandler: requireMember() }, async (request) => {
        const context = formText(request.body, 'context');
        const author = authorshipFor(request, context);
        await db.insertInto('test_posts' as never).values({
          id: ++nextId, context, body: formText(request.body, 'body'),
          author_member_id: author.kind === 'member' ? author.memberId : null,
          pseudonym_id: author.kind === 'pseudonym' ? author.pseudonymId : null,
          label: author.kind === 'pseudonym' ? author.label : author.displayName,
        } as never).execute();
        return { stored: true };
      });
    } });
  });
  after(() => t.app.close());

  it('stores only the pseudonym: no cell anywhere holds the secret, and none beside the pseudonym names the member', async () => {
    const { db, engine } = database();
    const member = await signUpMember(t, { atRisk: true, displayName: 'Defender in hiding', email: 'hidden@network.example' });
    const posted = await t.app.inject({
      method: 'POST', url: '/test/posts', headers: { cookie: member.client.header(), 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'context=network%3Asouth&body=Land+defenders+are+being+followed',
    });
    assert.equal(posted.statusCode, 200);

    const secret = await unwrapPseudonymSecret((await findWrappedSecret(db, member.id))!, member.password, member.id);
    const pseudonymId = pseudonymIdFor(secret, 'network:south');
    const raw = secret.export();
    const secretForms = [raw.toString('hex'), raw.toString('base64'), raw.toString('base64url'), raw.toString('latin1')];
    const identifying = [member.id, member.email, member.displayName];

    const cells = await everyCell(db, engine);
    assert.ok(cells.some((c) => c.table === 'members' && c.row.includes(member.id)), 'the scan reads the member rows');
    const withPseudonym = cells.filter((c) => c.row.some((v) => v.includes(pseudonymId)));
    assert.deepEqual(withPseudonym.map((c) => c.table), ['test_posts'], 'the pseudonym is stored only in the post');
    for (const cell of withPseudonym) {
      for (const value of identifying) assert.ok(!cell.row.some((v) => v.includes(value)), `${value} beside the pseudonym`);
    }
    for (const cell of cells) {
      assert.ok(!cell.row.some((v) => secretForms.some((form) => v.includes(form))), `the secret in ${cell.table}`);
    }
  });
});
