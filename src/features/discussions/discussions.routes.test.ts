import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { signUpMember } from '../../../test/support/member.ts';
import { addToOrganisation, createTestNetwork, organisationWithAdmin } from '../../../test/support/network.ts';
import { postForm } from '../../../test/support/staff.ts';
import { CookieJar, createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { hidePost, hideThread } from './index.ts';

/** Starts a thread through the form; returns the thread's path. */
async function startThreadAs(t: TestApp, client: CookieJar, root: string, fields: { title: string; body: string; language?: string }) {
  const response = await postForm(t, client, root, { language: 'en', ...fields }, `${root}/new`);
  assert.equal(response.statusCode, 303, `starting a thread: ${response.statusCode}`);
  return String(response.headers.location).replace(/\?.*$/, '');
}

const get = (t: TestApp, url: string, client?: CookieJar) => t.app.inject({ url, headers: client ? { cookie: client.header() } : {} });

describeEachEngine('discussion pages', (database) => {
  let t: TestApp;
  let amina: Awaited<ReturnType<typeof signUpMember>>;
  let bruno: Awaited<ReturnType<typeof signUpMember>>;
  before(async () => {
    t = await createTestApp(database().db, database().engine);
    amina = await signUpMember(t, { displayName: 'Amina K.' });
    bruno = await signUpMember(t, { displayName: 'Bruno' });
  });
  after(() => t.app.close());

  describe('public forums', () => {
    it('are read without an account, and written only by signed-in members', async () => {
      const index = await get(t, '/forums');
      assert.equal(index.statusCode, 200);
      assert.match(index.body, /href="\/forums\/housing"/);
      assert.equal((await get(t, '/forums/not-a-theme')).statusCode, 404);
      const path = await startThreadAs(t, amina.client, '/forums/housing/threads', { title: 'Evictions in Dakar', body: 'Who is documenting them?' });
      const anonymous = await get(t, path);
      assert.equal(anonymous.statusCode, 200);
      assert.match(anonymous.body, /Evictions in Dakar/);
      assert.match(anonymous.body, /Who is documenting them\?/);
      assert.match(anonymous.body, /href="\/sign-in\?next=/);
      assert.doesNotMatch(anonymous.body, /name="body"/, 'no reply form without an account');
      assert.match((await get(t, '/forums/housing')).body, /Evictions in Dakar/);
      assert.equal((await get(t, '/forums/housing/threads/new')).statusCode, 303);
      const refused = await t.app.inject({ method: 'POST', url: `${path}/posts`, payload: 'body=hi', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      assert.equal(refused.statusCode, 403);
    });

    it('takes a reply, an edit marked "edited", and a deletion that leaves "deleted by its author"', async () => {
      const path = await startThreadAs(t, amina.client, '/forums/housing/threads', { title: 'Tenant unions', body: 'Opening words' });
      const replied = await postForm(t, bruno.client, `${path}/posts`, { body: 'A first reply' }, path);
      assert.equal(replied.statusCode, 303);
      assert.match(String(replied.headers.location), /\?page=1&done=replied#post-/);
      const page = await get(t, path, bruno.client);
      const replyId = /id="post-([\w-]+)"[\s\S]*?A first reply/.exec(page.body.slice(page.body.indexOf('Opening words')))![1]!;
      assert.equal((await get(t, `${path}/posts/${replyId}/edit`, amina.client)).statusCode, 404, 'not her post');
      const edited = await postForm(t, bruno.client, `${path}/posts/${replyId}/edit`, { body: 'A better reply' });
      assert.equal(edited.statusCode, 303);
      const afterEdit = (await get(t, path)).body;
      assert.match(afterEdit, /A better reply/);
      assert.match(afterEdit, /class="badge">edited</);
      const deleted = await postForm(t, bruno.client, `${path}/posts/${replyId}/delete`, {});
      assert.equal(deleted.statusCode, 303);
      const afterDelete = (await get(t, path)).body;
      assert.doesNotMatch(afterDelete, /A better reply/);
      assert.match(afterDelete, /Deleted by its author\./);
    });

    it('re-shows a refused reply with its error and what was typed', async () => {
      const path = await startThreadAs(t, amina.client, '/forums/housing/threads', { title: 'Empty replies', body: 'x' });
      const refused = await postForm(t, bruno.client, `${path}/posts`, { body: '   ' }, path);
      assert.equal(refused.statusCode, 422);
      assert.match(refused.body, /Write something before posting\./);
      const long = 'y'.repeat(20_001);
      const tooLong = await postForm(t, bruno.client, `${path}/posts`, { body: long }, path);
      assert.equal(tooLong.statusCode, 422);
      assert.ok(tooLong.body.includes(long), 'the typed text comes back');
    });

    it('escapes every string a member types: no markup, no script, links only for web addresses', async () => {
      const attack = '<script>alert(1)</script><img src=x onerror=alert(2)>';
      const path = await startThreadAs(t, amina.client, '/forums/housing/threads', {
        title: `${attack} "title'`, body: `${attack}\n[click](javascript:alert(3)) https://example.org/?a=<b>`,
      });
      const body = (await get(t, path)).body;
      assert.ok(!body.includes(attack));
      assert.doesNotMatch(body, /<img|<script>alert|href="javascript/);
      assert.match(body, /&lt;script>alert\(1\)&lt;\/script>/);
      assert.match(body, /<a href="https:\/\/example.org\/\?a=" rel="nofollow noopener ugc">/);
      assert.ok(!(await get(t, '/forums/housing')).body.includes(attack));
    });

    it('indexes public threads for search and shows what moderators hid as hidden, naming the reason', async () => {
      const path = await startThreadAs(t, amina.client, '/forums/environment/threads', { title: 'Mangroves', body: 'Replanting in Casamance' });
      const threadId = path.split('/').pop()!;
      const entry = await t.db.selectFrom('search_entries').select(['kind', 'url']).where('ref_id', '=', threadId).executeTakeFirst();
      assert.deepEqual(entry, { kind: 'thread', url: path });
      const post = await t.db.selectFrom('discussion_posts').select('id').where('thread_id', '=', threadId).executeTakeFirstOrThrow();
      assert.ok(await hidePost(t.db, post.id, 'doxing', new Date()));
      const body = (await get(t, path)).body;
      assert.doesNotMatch(body, /Replanting in Casamance/);
      assert.match(body, /Hidden by moderators\. Reason: Doxing\./);
      assert.ok(await hideThread(t.db, threadId, 'harassment', new Date()));
      const spanishReader = new CookieJar();
      spanishReader.store(await get(t, '/lang/es', spanishReader));
      const hiddenThread = (await get(t, path, spanishReader)).body;
      assert.doesNotMatch(hiddenThread, /Mangroves/);
      assert.match(hiddenThread, /Ocultado por la moderación\. Motivo: Acoso\./);
    });
  });

  describe('at-risk members', () => {
    it('post under a pseudonym: the page shows its label, the row keeps no member id, and they can still edit', async () => {
      const rosa = await signUpMember(t, { displayName: 'Rosa Real-Name', atRisk: true });
      const form = await get(t, '/forums/womens-rights/threads/new', rosa.client);
      assert.match(form.body, /Participant [0-9A-Z]{4}-[0-9A-Z]{2}/);
      const path = await startThreadAs(t, rosa.client, '/forums/womens-rights/threads', { title: 'Shelters', body: 'Safe houses' });
      const page = (await get(t, path)).body;
      assert.doesNotMatch(page, /Rosa Real-Name/);
      assert.match(page, /Participant [0-9A-Z]{4}-[0-9A-Z]{2}/);
      const row = await t.db.selectFrom('discussion_posts').selectAll().where('thread_id', '=', path.split('/').pop()!).executeTakeFirstOrThrow();
      assert.equal(row.author_member_id, null);
      assert.ok(!JSON.stringify(row).includes(rosa.id));
      assert.match((await get(t, path, rosa.client)).body, new RegExp(`posts/${row.id}/edit`));
      assert.doesNotMatch((await get(t, path, amina.client)).body, new RegExp(`posts/${row.id}/edit`));
    });
  });

  describe('network threads', () => {
    it('are visible only to members of the network’s organisations, and never indexed', async () => {
      const { organisation, admin } = await organisationWithAdmin(t.db);
      const network = await createTestNetwork(t.db, admin, organisation, { visibility: 'public' });
      await addToOrganisation(t.db, organisation.id, amina.id);
      const root = `/networks/${network.id}/threads`;
      const path = await startThreadAs(t, amina.client, root, { title: 'Our joint appeal', body: 'Internal draft' });
      assert.equal((await get(t, path, amina.client)).statusCode, 200);
      const outsider = await get(t, path, bruno.client);
      assert.equal(outsider.statusCode, 404);
      assert.doesNotMatch(outsider.body, /Our joint appeal/);
      assert.equal((await get(t, root, bruno.client)).statusCode, 404);
      const refused = await postForm(t, bruno.client, `${path}/posts`, { body: 'let me in' }, '/forums/housing/threads/new');
      assert.equal(refused.statusCode, 404);
      const anonymous = await get(t, path);
      assert.equal(anonymous.statusCode, 303);
      assert.match(String(anonymous.headers.location), /^\/sign-in\?next=/);
      assert.equal((await get(t, `/networks/no-such-network/threads/x`)).statusCode, 303, 'signed out, a missing network answers the same');
      assert.equal(await t.db.selectFrom('search_entries').select('ref_id').where('ref_id', '=', path.split('/').pop()!).executeTakeFirst(), undefined);
      assert.doesNotMatch((await get(t, '/forums/housing')).body, /Our joint appeal/);
    });
  });
});
