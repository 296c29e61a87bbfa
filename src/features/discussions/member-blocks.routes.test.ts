import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { signUpMember } from '../../../test/support/member.ts';
import { addToOrganisation, createTestNetwork, organisationWithAdmin } from '../../../test/support/network.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../test/support/smtp.ts';
import { postForm } from '../../../test/support/staff.ts';
import { CookieJar, createTestApp, testConfig, type TestApp } from '../../../test/support/test-app.ts';
import type { Db } from '../../db/database.ts';
import { createMailer, type Mailer } from '../../platform/mail.ts';
import { sendDailyDigest } from './send-daily-digest.ts';

type Member = Awaited<ReturnType<typeof signUpMember>>;

const get = (t: TestApp, url: string, client?: CookieJar) => t.app.inject({ url, headers: client ? { cookie: client.header() } : {} });
const confirm = (db: Db, id: string) => db.updateTable('members').set({ email_confirmed_at: '2026-11-01T00:00:00.000Z' }).where('id', '=', id).execute();
const blockedLine = /You blocked this person — their post is not shown\.[\s\S]*?href="\/moderation\/blocks"/;

/** The housing forum's thread count on /forums, as this reader sees it. */
async function housingCount(t: TestApp, client?: CookieJar): Promise<number> {
  const index = (await get(t, '/forums', client)).body;
  return Number(/href="\/forums\/housing">[^<]*<\/a><\/h2>\s*<p class="meta">(\d+) threads?/.exec(index)![1]);
}

async function startThread(t: TestApp, client: CookieJar, root: string, title: string, body: string) {
  const response = await postForm(t, client, root, { title, body, language: 'en' }, `${root}/new`);
  assert.equal(response.statusCode, 303, `starting a thread: ${response.statusCode}`);
  return String(response.headers.location).replace(/\?.*$/, '');
}

/** Posts a reply and returns its id (from the redirect's anchor). */
async function reply(t: TestApp, client: CookieJar, path: string, body: string): Promise<string> {
  const response = await postForm(t, client, `${path}/posts`, { body }, path);
  assert.equal(response.statusCode, 303, `replying: ${response.statusCode}`);
  return /#post-([\w-]+)$/.exec(String(response.headers.location))![1]!;
}

/** Blocks the author of a post through its report page, as a member does. */
async function blockAuthorOf(t: TestApp, blocker: Member, postId: string) {
  const done = await postForm(t, blocker.client, `/report/post/${postId}/block-author`, {}, `/report/post/${postId}`);
  assert.equal(done.headers.location, '/moderation/blocks?done=blocked');
}

/** Lifts every block the member made, through /moderation/blocks. */
async function unblockAll(t: TestApp, blocker: Member) {
  const page = (await get(t, '/moderation/blocks', blocker.client)).body;
  for (const [, id] of page.matchAll(/action="\/moderation\/blocks\/([\w-]+)\/remove"/g)) {
    assert.equal((await postForm(t, blocker.client, `/moderation/blocks/${id}/remove`, {}, '/moderation/blocks')).statusCode, 303);
  }
}

describeEachEngine('blocks in discussions', (database) => {
  describe('what a member reads', () => {
    let t: TestApp;
    let reader: Member;
    let blocked: Member;
    let other: Member;
    before(async () => {
      t = await createTestApp(database().db, database().engine);
      reader = await signUpMember(t, { displayName: 'Reader Rita' });
      blocked = await signUpMember(t, { displayName: 'Blocked Bea' });
      other = await signUpMember(t, { displayName: 'Other Omar' });
    });
    after(() => t.app.close());

    it('keeps a blocked author’s posts and threads from the member who blocked them, and from nobody else, until unblocked', async () => {
      const theirs = await startThread(t, blocked.client, '/forums/housing/threads', 'Thread of the blocked', 'Words that open it');
      const open = await startThread(t, other.client, '/forums/housing/threads', 'Open talk', 'An opening by Omar');
      const postId = await reply(t, blocked.client, open, 'Words of the blocked reply');
      await reply(t, other.client, open, 'Omar answers');
      await blockAuthorOf(t, reader, postId);

      const page = (await get(t, open, reader.client)).body;
      assert.doesNotMatch(page, /Words of the blocked reply|Blocked Bea/);
      assert.match(page, new RegExp(`id="post-${postId}"`), 'the post keeps its place');
      assert.match(page, blockedLine);
      assert.match(page, /An opening by Omar[\s\S]*Omar answers/);
      for (const client of [other.client, undefined]) assert.match((await get(t, open, client)).body, /Words of the blocked reply/, 'others still read it');

      const forum = (await get(t, '/forums/housing', reader.client)).body;
      assert.doesNotMatch(forum, /Thread of the blocked/);
      assert.match(forum, /Open talk/);
      assert.match((await get(t, '/forums/housing', other.client)).body, /Thread of the blocked/);
      assert.deepEqual([await housingCount(t, reader.client), await housingCount(t, other.client), await housingCount(t)], [1, 2, 2],
        'the forums index counts what each reader’s list shows');
      const direct = (await get(t, theirs, reader.client)).body;
      assert.doesNotMatch(direct, /Thread of the blocked|Words that open it/);
      assert.match(direct, /A thread started by someone you blocked/);

      await unblockAll(t, reader);
      assert.match((await get(t, open, reader.client)).body, /Words of the blocked reply/);
      assert.match((await get(t, '/forums/housing', reader.client)).body, /Thread of the blocked/);
      assert.equal(await housingCount(t, reader.client), 2);
    });

    it('does the same in a network’s threads, and for a pseudonym blocked as itself', async () => {
      const { organisation, admin } = await organisationWithAdmin(t.db);
      const network = await createTestNetwork(t.db, admin, organisation, { visibility: 'public' });
      const atRisk = await signUpMember(t, { displayName: 'Hidden Hamid', atRisk: true });
      for (const member of [reader, other, atRisk]) await addToOrganisation(t.db, organisation.id, member.id);
      const root = `/networks/${network.id}/threads`;
      const path = await startThread(t, other.client, root, 'Network plans', 'What next?');
      const postId = await reply(t, atRisk.client, path, 'Under my pseudonym');
      await startThread(t, atRisk.client, root, 'Pseudonymous thread', 'x');
      await blockAuthorOf(t, reader, postId);
      const page = (await get(t, path, reader.client)).body;
      assert.doesNotMatch(page, /Under my pseudonym/);
      assert.match(page, blockedLine);
      assert.doesNotMatch((await get(t, root, reader.client)).body, /Pseudonymous thread/);
      assert.match((await get(t, path, other.client)).body, /Under my pseudonym/);
      assert.match((await get(t, root, other.client)).body, /Pseudonymous thread/);
      await unblockAll(t, reader);
    });

    it('leaves a blocked person’s mentions of the member’s pseudonym off their notifications page', async () => {
      const rosa = await signUpMember(t, { displayName: 'Rosa', atRisk: true });
      const path = await startThread(t, rosa.client, '/forums/womens-rights/threads', 'Shelters under a pseudonym', 'x');
      const label = /Participant [0-9A-Z]{4}-[0-9A-Z]{2}/.exec((await get(t, path)).body)![0];
      const postId = await reply(t, blocked.client, path, `Listen, @${label}`);
      assert.match((await get(t, '/account/notifications', rosa.client)).body, /Shelters under a pseudonym/);
      await blockAuthorOf(t, rosa, postId);
      assert.doesNotMatch((await get(t, '/account/notifications', rosa.client)).body, /Shelters under a pseudonym/);

      const theirs = await startThread(t, blocked.client, '/forums/womens-rights/threads', 'Title of the blocked', 'x');
      await reply(t, other.client, theirs, `Have a look, @${label}`);
      const listed = (await get(t, '/account/notifications', rosa.client)).body;
      assert.match(listed, /<a href="[^"]*">A thread started by someone you blocked<\/a>/, 'another’s mention is listed, without the blocked person’s title');
      assert.doesNotMatch(listed, /Title of the blocked/);
    });
  });

  describe('what reaches the member by email', () => {
    let smtp: TestSmtpServer;
    let mailer: Mailer;
    let t: TestApp;
    before(async () => {
      smtp = await startTestSmtpServer();
      const config = testConfig();
      mailer = createMailer({ smtpUrl: smtp.url, from: config.mail.from }, { info() {} });
      t = await createTestApp(database().db, database().engine, { config, mailer });
    });
    after(async () => {
      await t.app.close();
      await smtp.close();
    });

    it('sends the blocker no reply, mention or digest email from the person they blocked, and sends them again once unblocked', async () => {
      t.clock.set('2026-12-10T09:00:00Z'); // the day the digest will cover; sessions start now, so they stay fresh
      const reader = await signUpMember(t, { displayName: 'Mailed Maya' });
      const blocked = await signUpMember(t, { displayName: 'Pest Pablo' });
      const other = await signUpMember(t, { displayName: 'Kind Kofi' });
      await confirm(t.db, reader.id);
      await postForm(t, reader.client, '/account/notifications', { emails: ['onReply', 'onMention', 'dailyDigest'], places: ['forum:environment'] });
      const toReader = () => smtp.messages.filter((m) => m.envelopeTo.includes(reader.email) && m.subject.includes('Mangrove defenders'));

      const path = await startThread(t, reader.client, '/forums/environment/threads', 'Mangrove defenders', 'Who joins?');
      const postId = await reply(t, blocked.client, path, 'Me, of course');
      await smtp.waitForMessage((m) => m.envelopeTo.includes(reader.email) && m.subject.includes('New reply'));
      await blockAuthorOf(t, reader, postId);

      await reply(t, blocked.client, path, 'Are you ignoring me, @Mailed Maya?');
      const theirs = await startThread(t, blocked.client, '/forums/environment/threads', 'Started by the blocked', 'x');
      await startThread(t, other.client, '/forums/environment/threads', 'Started by Kofi', 'x');
      await reply(t, other.client, path, 'Count me in, @Mailed Maya');
      await smtp.waitForMessage((m) => m.envelopeTo.includes(reader.email) && m.subject.includes('You were mentioned'));
      assert.deepEqual(toReader().map((m) => m.subject), ['New reply in “Mangrove defenders”', 'You were mentioned in “Mangrove defenders”'],
        'one reply email before the block, then only Kofi’s mention');

      await reply(t, other.client, theirs, 'What do you think, @Mailed Maya?');
      const neutral = await smtp.waitForMessage((m) => m.envelopeTo.includes(reader.email) && /started by someone you blocked/.test(m.subject));
      assert.equal(neutral.subject, 'You were mentioned in a thread started by someone you blocked');
      assert.doesNotMatch(neutral.text, /Started by the blocked/, 'the blocked person’s title stays out of the email');

      const run = await sendDailyDigest({ db: t.db, mailer, config: testConfig(), clock: t.clock }, new Date('2026-12-11T06:00:00Z'));
      assert.equal(run.sent, 1);
      const digest = await smtp.waitForMessage((m) => m.envelopeTo.includes(reader.email) && /new thread/.test(m.subject));
      assert.match(digest.text, /Started by Kofi/);
      assert.doesNotMatch(digest.text, /Started by the blocked/);

      await unblockAll(t, reader);
      const count = toReader().length;
      await reply(t, blocked.client, path, 'Back again, @Mailed Maya');
      await smtp.waitForMessage(() => toReader().length > count);
      assert.equal(toReader().at(-1)!.subject, 'You were mentioned in “Mangrove defenders”');
    });
  });
});
