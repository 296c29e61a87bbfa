import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { confirmedMember, named, pseudonymous } from '../../../test/support/discussions.ts';
import { MemoryMailer, TestClock, testConfig } from '../../../test/support/test-app.ts';
import { deletePost, editPost } from './change-post.ts';
import type { Place } from './discussion.ts';
import { saveNotificationChoices } from './notification-settings.ts';
import type { DiscussionDeps } from './notify-after-post.ts';
import { mentionsOfMyPseudonyms } from './pseudonym-mentions.ts';
import { replyToThread } from './reply-to-thread.ts';
import { startThread } from './start-thread.ts';
import { findStoredPost, findThread, listPosts, listThreads } from './threads.repository.ts';

const housing: Place = { kind: 'forum', theme: 'housing' };
const nobody = { memberIds: new Set<string>(), pseudonymIds: new Set<string>() };

describeEachEngine('discussion use cases', (database) => {
  let deps: DiscussionDeps & { mailer: MemoryMailer; clock: TestClock };
  let amina: Awaited<ReturnType<typeof confirmedMember>>;
  let bruno: Awaited<ReturnType<typeof confirmedMember>>;
  before(async () => {
    const { db } = database();
    deps = { db, mailer: new MemoryMailer(), config: testConfig(), clock: new TestClock() };
    amina = await confirmedMember(db, 'Amina K.');
    bruno = await confirmedMember(db, 'Bruno');
  });

  it('starts a thread, takes replies in order, and lists it in its forum', async () => {
    const started = await startThread(deps, housing, named(amina.id), { title: '  Evictions   in Lagos ', body: 'First\r\n\r\npost', language: 'en' });
    assert.equal(started.kind, 'started');
    if (started.kind !== 'started') return;
    const thread = (await findThread(deps.db, started.threadId))!;
    assert.equal(thread.title, 'Evictions in Lagos');
    const replied = await replyToThread(deps, thread, named(bruno.id), 'A reply');
    assert.deepEqual(replied.kind === 'replied' && replied.page, 1);
    const posts = await listPosts(deps.db, thread.id, { offset: 0, limit: 10 });
    assert.deepEqual(posts.map((p) => [p.position, p.body, p.author.kind === 'member' && p.author.displayName]), [[1, 'First\n\npost', 'Amina K.'], [2, 'A reply', 'Bruno']]);
    const listed = await listThreads(deps.db, housing, { offset: 0, limit: 10 }, nobody);
    assert.ok(listed.threads.some((t) => t.id === thread.id && t.postCount === 2));
  });

  it('leaves out of a list the threads started by people the reader blocked, by name or by pseudonym, and counts without them', async () => {
    const place: Place = { kind: 'forum', theme: 'indigenous-peoples-and-extractives' };
    const byName = await startThread(deps, place, named(bruno.id), { title: 'Wells', body: 'x', language: 'en' });
    const byPseudonym = await startThread(deps, place, pseudonymous(amina.id, 'pseudo-blocked'), { title: 'Dams', body: 'x', language: 'en' });
    const kept = await startThread(deps, place, named(amina.id), { title: 'Rivers', body: 'x', language: 'en' });
    const titles = async (memberIds: string[], pseudonymIds: string[]) => {
      const { threads, total } = await listThreads(deps.db, place, { offset: 0, limit: 10 }, { memberIds: new Set(memberIds), pseudonymIds: new Set(pseudonymIds) });
      return { titles: threads.map((t) => t.title).sort(), total };
    };
    assert.ok([byName, byPseudonym, kept].every((s) => s.kind === 'started'));
    assert.deepEqual(await titles([], []), { titles: ['Dams', 'Rivers', 'Wells'], total: 3 });
    assert.deepEqual(await titles([bruno.id], ['pseudo-blocked']), { titles: ['Rivers'], total: 1 });
    assert.deepEqual(await titles([amina.id], []), { titles: ['Dams', 'Wells'], total: 2 }, 'a block by member id leaves her pseudonym alone');
  });

  it('lists 20 mentions of a member’s pseudonym by people they did not block, however many newer ones a blocked person made', async () => {
    const place: Place = { kind: 'forum', theme: 'digital-rights' };
    const rosa = await confirmedMember(deps.db, 'Rosa');
    const pest = await confirmedMember(deps.db, 'Pest');
    const started = await startThread(deps, place, pseudonymous(rosa.id, 'rosa-digital'), { title: 'Spyware', body: 'x', language: 'en' });
    if (started.kind !== 'started') throw new Error('not started');
    const thread = (await findThread(deps.db, started.threadId))!;
    const at = (minute: number) => deps.clock.set(`2026-12-01T10:${String(minute).padStart(2, '0')}:00Z`);
    for (let minute = 0; minute < 21; minute += 1) {
      at(minute);
      await replyToThread(deps, thread, named(bruno.id), `Number ${minute}, @Participant rosa-digital`);
    }
    for (let minute = 30; minute < 50; minute += 1) {
      at(minute);
      await replyToThread(deps, thread, named(pest.id), `Again, @Participant rosa-digital`);
    }
    await deps.db.insertInto('member_blocks').values({
      id: 'block-pest', blocker_member_id: rosa.id, blocked_member_id: pest.id, blocked_pseudonym_id: null, blocked_pseudonym_label: null, created_at: '2026-12-01T11:00:00Z',
    }).execute();
    const mentions = await mentionsOfMyPseudonyms(deps.db, rosa.id, (p) => (p.kind === 'forum' && p.theme === 'digital-rights' ? 'rosa-digital' : null));
    assert.equal(mentions.length, 20);
    assert.deepEqual(mentions.map((m) => m.at), Array.from({ length: 20 }, (_, i) => `2026-12-01T10:${String(20 - i).padStart(2, '0')}:00.000Z`),
      'Bruno’s twenty newest, none of the blocked person’s');
  });

  it('refuses an empty title, an empty post and an unknown language, keeping what was typed', async () => {
    const outcome = await startThread(deps, housing, named(amina.id), { title: ' ', body: ' \n ', language: 'xx' });
    assert.equal(outcome.kind, 'invalid');
    if (outcome.kind === 'invalid') assert.deepEqual(Object.keys(outcome.errors).sort(), ['body', 'language', 'title']);
  });

  it('lets only the author edit (marked edited) and delete (text erased) their post', async () => {
    const started = await startThread(deps, housing, named(amina.id), { title: 'Rent strikes', body: 'Original', language: 'en' });
    assert.equal(started.kind, 'started');
    if (started.kind !== 'started') return;
    const thread = (await findThread(deps.db, started.threadId))!;
    const post = (await findStoredPost(deps.db, started.postId))!;
    assert.equal((await editPost(deps, thread, post, named(bruno.id), { title: 'x', body: 'hijacked' })).kind, 'not-allowed');
    assert.equal((await deletePost(deps, post, named(bruno.id))).kind, 'not-allowed');
    assert.equal((await editPost(deps, thread, post, named(amina.id), { title: 'Rent strikes in 2026', body: 'Changed' })).kind, 'edited');
    const [edited] = await listPosts(deps.db, thread.id, { offset: 0, limit: 1 });
    assert.equal(edited!.body, 'Changed');
    assert.ok(edited!.editedAt);
    assert.equal((await findThread(deps.db, thread.id))!.title, 'Rent strikes in 2026');
    assert.equal((await deletePost(deps, post, named(amina.id))).kind, 'deleted');
    const [deleted] = await listPosts(deps.db, thread.id, { offset: 0, limit: 1 });
    assert.equal(deleted!.visibility, 'deleted');
    assert.equal((await findStoredPost(deps.db, post.id))!.body, '', 'the words are erased, not kept aside');
    assert.equal((await editPost(deps, thread, (await findStoredPost(deps.db, post.id))!, named(amina.id), { title: 't', body: 'back' })).kind, 'not-allowed');
  });

  it('stores a pseudonymous post with its pseudonym only: no member id anywhere in the row', async () => {
    const writer = pseudonymous(amina.id, 'PSEUDO1');
    const started = await startThread(deps, housing, writer, { title: 'Quiet thread', body: 'Under a pseudonym', language: 'fr' });
    assert.equal(started.kind, 'started');
    if (started.kind !== 'started') return;
    const threadRow = await deps.db.selectFrom('discussion_threads').selectAll().where('id', '=', started.threadId).executeTakeFirstOrThrow();
    const postRow = await deps.db.selectFrom('discussion_posts').selectAll().where('id', '=', started.postId).executeTakeFirstOrThrow();
    for (const row of [threadRow, postRow]) {
      assert.equal(row.author_member_id, null);
      assert.equal(row.author_pseudonym_id, 'PSEUDO1');
      assert.ok(!JSON.stringify(row).includes(amina.id), 'the member id appears nowhere in the row');
    }
    const post = (await findStoredPost(deps.db, started.postId))!;
    const thread = (await findThread(deps.db, started.threadId))!;
    assert.equal((await editPost(deps, thread, post, pseudonymous(amina.id, 'PSEUDO1'), { title: 'Quiet thread', body: 'Mine' })).kind, 'edited');
    assert.equal((await editPost(deps, thread, post, named(amina.id), { title: 'Quiet thread', body: 'Not provably mine' })).kind, 'not-allowed');
  });

  it('mails a mention and a reply only to members who opted in, never to the writer', async () => {
    const started = await startThread(deps, housing, named(amina.id), { title: 'Mutual aid', body: 'Hello', language: 'en' });
    if (started.kind !== 'started') throw new Error('not started');
    const thread = (await findThread(deps.db, started.threadId))!;
    deps.mailer.sent.length = 0;
    await replyToThread(deps, thread, named(bruno.id), 'Thanks @Amina K., and hi @Bruno');
    assert.equal(deps.mailer.sent.length, 0, 'nothing is sent while notifications are off (the default)');

    await saveNotificationChoices(deps, amina.id, 'fr', { onReply: true, onMention: true, dailyDigest: false, places: [] });
    await replyToThread(deps, thread, named(bruno.id), 'Thanks again @Amina K.');
    assert.equal(deps.mailer.sent.length, 1, 'one email per post, the mention, even though it is also a reply');
    const [mail] = deps.mailer.sent;
    assert.equal(mail!.to, amina.email);
    assert.equal(mail!.language, 'fr');
    assert.match(mail!.subject, /Mutual aid/);
    assert.doesNotMatch(mail!.text, /Thanks again/, 'the post’s words stay on the platform');
    assert.match(mail!.text, /\/account\/notifications\/unsubscribe\//);

    deps.mailer.sent.length = 0;
    await replyToThread(deps, thread, named(bruno.id), 'A plain reply');
    assert.deepEqual(deps.mailer.sent.map((m) => [m.to, m.subject.includes('Mutual aid')]), [[amina.email, true]]);
    deps.mailer.sent.length = 0;
    await replyToThread(deps, thread, named(amina.id), 'My own reply to @Amina K.');
    assert.equal(deps.mailer.sent.length, 0, 'nobody is mailed about their own words');
  });
});
