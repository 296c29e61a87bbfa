import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { signUpMember } from '../../../test/support/member.ts';
import { addToOrganisation, createTestNetwork, signedInOrganisationAdmin } from '../../../test/support/network.ts';
import { postForm, signedInStaff } from '../../../test/support/staff.ts';
import { PublicPageCache } from '../../http/page-cache.ts';
import { approveInitiative } from '../initiatives/approve-initiative.ts';
import { postInitiative } from '../initiatives/post-initiative.ts';
import { createTestApp, type CookieJar, type TestApp } from '../../../test/support/test-app.ts';

type Member = Awaited<ReturnType<typeof signUpMember>>;
const get = (t: TestApp, url: string, client?: CookieJar) => t.app.inject({ url, headers: client ? { cookie: client.header() } : {} });

describeEachEngine('moderation pages', (database) => {
  let t: TestApp;
  let coordinator: Member;
  let otherCoordinator: Member;
  let author: Member;
  let atRisk: Member;
  let reporters: Member[];
  let staff: CookieJar;
  let otherStaff: CookieJar;
  let threads: string;

  before(async () => {
    const { db, engine } = database();
    t = await createTestApp(db, engine);
    const founder = await signedInOrganisationAdmin(t, { admin: { displayName: 'Coordinator Chidi' } });
    coordinator = founder.admin;
    threads = `/networks/${(await createTestNetwork(db, coordinator, founder.organisation)).id}/threads`;
    const other = await signedInOrganisationAdmin(t);
    otherCoordinator = other.admin;
    await createTestNetwork(db, otherCoordinator, other.organisation);
    author = await signUpMember(t, { displayName: 'Author Ana' });
    atRisk = await signUpMember(t, { displayName: 'Hidden Hamid', atRisk: true });
    reporters = [await signUpMember(t, { displayName: 'Reporter Rosa' }), await signUpMember(t, { displayName: 'Reporter Raj' })];
    for (const member of [author, atRisk, ...reporters]) await addToOrganisation(db, founder.organisation.id, member.id);
    staff = (await signedInStaff(t, db)).jar;
    otherStaff = (await signedInStaff(t, db)).jar;
  });
  after(() => t.app.close());

  /** Starts a thread in the network as this member; returns its path and its first post's id. */
  async function thread(member: Member, title: string, body: string): Promise<{ path: string; postId: string }> {
    const started = await postForm(t, member.client, threads, { title, body, language: 'en' }, `${threads}/new`);
    assert.equal(started.statusCode, 303, `starting a thread: ${started.statusCode}`);
    const path = String(started.headers.location).replace(/\?.*$/, '');
    return { path, postId: /id="post-([\w-]+)"/.exec((await get(t, path, member.client)).body)![1]! };
  }
  const report = (member: Member, postId: string, values: Record<string, string>) => postForm(t, member.client, `/report/post/${postId}`, values);
  const caseIdIn = (html: string, title: string, base: string) => new RegExp(`href="${base}/cases/([\\w-]+)">${title}<`).exec(html)?.[1];

  it('takes reports, groups them for the network’s coordinator only, hides with a reason, and restores on appeal', async () => {
    const { path, postId } = await thread(author, 'Land grabs in the delta', 'The company fenced the fishing grounds.');
    assert.equal((await get(t, `/report/post/${postId}`, reporters[0]!.client)).statusCode, 200);
    const refused = await report(reporters[0]!, postId, { reason: '', note: 'Look at the second line' });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /Choose a reason from the list\./);
    assert.match(refused.body, /Look at the second line/);
    for (const reporter of reporters) {
      const sent = await report(reporter, postId, { reason: 'harassment', note: '' });
      assert.equal(sent.headers.location, '/moderation/notices?done=reported');
    }
    const queue = (await get(t, '/moderation', coordinator.client)).body;
    assert.match(queue, /Land grabs in the delta<\/a>[\s\S]*?2 people/);
    assert.doesNotMatch((await get(t, '/moderation', otherCoordinator.client)).body, /Land grabs/);
    assert.match((await get(t, '/staff/network/moderation', staff)).body, /Land grabs in the delta/);
    const caseId = caseIdIn(queue, 'Land grabs in the delta', '/moderation')!;
    const casePage = (await get(t, `/moderation/cases/${caseId}`, coordinator.client)).body;
    assert.match(casePage, /Reporter Rosa/, 'moderators of the place see who reported');
    assert.match(casePage, /The company fenced the fishing grounds\./);

    const hidden = await postForm(t, coordinator.client, `/moderation/cases/${caseId}/hide`, { hideReason: 'harassment', hideNote: 'Insults in the reply.' }, `/moderation/cases/${caseId}`);
    assert.equal(hidden.headers.location, `/moderation/cases/${caseId}?done=hidden`);
    const reader = (await get(t, path, reporters[0]!.client)).body;
    assert.match(reader, /Hidden by moderators\./);
    assert.doesNotMatch(reader, /fenced the fishing grounds/);
    assert.match((await get(t, '/moderation/notices', reporters[0]!.client)).body, /handled on/);

    const notices = (await get(t, '/moderation/notices', author.client)).body;
    assert.match(notices, /“Land grabs in the delta” was hidden on .*Reason: Harassment\./);
    const actionId = /action="\/moderation\/appeals\/([\w-]+)"/.exec(notices)![1]!;
    const appealed = await postForm(t, author.client, `/moderation/appeals/${actionId}`, { statement: 'It names a company, not a person.' }, '/moderation/notices');
    assert.equal(appealed.headers.location, '/moderation/notices?done=appealed');
    assert.match((await get(t, '/moderation/notices', author.client)).body, /You asked for a review on .*; it is waiting for a moderator\./, 'an author’s appeal is their own');
    const desk = (await get(t, `/staff/network/moderation/cases/${caseId}`, staff)).body;
    assert.match(desk, /It names a company, not a person\./);
    const appealId = /action="\/staff\/network\/moderation\/appeals\/([\w-]+)\/decide"/.exec(desk)![1]!;
    const decided = await postForm(t, staff, `/staff/network/moderation/appeals/${appealId}/decide`, { outcome: 'restored', decisionNote: 'Criticism of a company is protected.' }, `/staff/network/moderation/cases/${caseId}`);
    assert.equal(decided.headers.location, `/staff/network/moderation/cases/${caseId}?done=decided`);
    assert.match((await get(t, path, reporters[0]!.client)).body, /fenced the fishing grounds/);
    assert.match((await get(t, '/moderation/notices', author.client)).body, /the decision was reversed\. Criticism of a company is protected\./);
  });

  it('leaves what a coordinator wrote to platform staff', async () => {
    const { postId } = await thread(coordinator, 'Our own call to action', 'Join the march on Friday.');
    await report(reporters[0]!, postId, { reason: 'spam', note: '' });
    assert.doesNotMatch((await get(t, '/moderation', coordinator.client)).body, /Our own call to action/);
    const caseId = caseIdIn((await get(t, '/staff/network/moderation', otherStaff)).body, 'Our own call to action', '/staff/network/moderation')!;
    assert.equal((await get(t, `/moderation/cases/${caseId}`, coordinator.client)).statusCode, 404);
    const refused = await postForm(t, coordinator.client, `/moderation/cases/${caseId}/dismiss`, { dismissNote: '' }, `/report/post/${postId}`);
    assert.equal(refused.statusCode, 404);
    assert.equal((await get(t, `/staff/network/moderation/cases/${caseId}`, otherStaff)).statusCode, 200);
  });

  it('never shows moderators, or stores, the account behind a pseudonymous post, yet tells its holder', async () => {
    const { postId } = await thread(atRisk, 'Testimony from the camp', 'They took our phones at the checkpoint.');
    await report(reporters[1]!, postId, { reason: 'disinformation', note: '' });
    const queue = (await get(t, '/moderation', coordinator.client)).body;
    const caseId = caseIdIn(queue, 'Testimony from the camp', '/moderation')!;
    const pages = [queue, (await get(t, `/moderation/cases/${caseId}`, coordinator.client)).body,
      (await get(t, '/staff/network/moderation', staff)).body, (await get(t, `/staff/network/moderation/cases/${caseId}`, staff)).body];
    for (const html of pages) {
      assert.ok(!html.includes(atRisk.id), 'no member id in a moderation page');
      assert.doesNotMatch(html, /Hidden Hamid/);
    }
    assert.match(pages[1]!, /Participant [0-9A-Z]{4}-[0-9A-Z]{2}/);
    await postForm(t, coordinator.client, `/moderation/cases/${caseId}/hide`, { hideReason: 'disinformation', hideNote: '' }, `/moderation/cases/${caseId}`);
    await postForm(t, coordinator.client, `/moderation/cases/${caseId}/block`, { blockReason: 'disinformation', blockEndsOn: '', blockNote: '' }, `/moderation/cases/${caseId}`);
    const { db } = database();
    for (const table of ['moderation_cases', 'moderation_reports', 'moderation_actions', 'moderation_appeals', 'posting_blocks', 'member_blocks'] as const) {
      const rows = JSON.stringify(await db.selectFrom(table).selectAll().execute());
      assert.ok(!rows.includes(atRisk.id), `${table} holds no account behind the pseudonym`);
    }
    const notices = (await get(t, '/moderation/notices', atRisk.client)).body;
    assert.match(notices, /“Testimony from the camp” was hidden/);
    assert.match(notices, /You are blocked from posting in the network/);
    assert.doesNotMatch((await get(t, '/moderation/notices', reporters[1]!.client)).body, /was hidden on/);
  });

  it('refuses a blocked author’s post in their language, in that network only, and lets members block privately', async () => {
    const { path, postId } = await thread(author, 'Water rights', 'Wells are being closed.');
    await report(reporters[0]!, postId, { reason: 'threat-of-violence', note: '' });
    const caseId = caseIdIn((await get(t, '/moderation', coordinator.client)).body, 'Water rights', '/moderation')!;
    const blocked = await postForm(t, coordinator.client, `/moderation/cases/${caseId}/block`, { blockReason: 'threat-of-violence', blockEndsOn: '2026-12-31', blockNote: '' }, `/moderation/cases/${caseId}`);
    assert.equal(blocked.headers.location, `/moderation/cases/${caseId}?done=blocked`);
    author.client.store(await get(t, '/lang/fr', author.client));
    const refused = await postForm(t, author.client, `${path}/posts`, { body: 'One more thing.' }, path);
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /Vous ne pouvez pas publier ici pour menaces de violence jusqu’au 2026-12-31 inclus\./);
    const forum = await postForm(t, author.client, '/forums/housing/threads', { title: 'Ailleurs', body: 'Un forum public.', language: 'fr' }, '/forums/housing/threads/new');
    assert.equal(forum.statusCode, 303, 'a network block leaves public forums open');

    const blockedByReader = await postForm(t, reporters[0]!.client, `/report/post/${postId}/block-author`, {}, `/report/post/${postId}`);
    assert.equal(blockedByReader.headers.location, '/moderation/blocks?done=blocked');
    assert.match((await get(t, '/moderation/blocks', reporters[0]!.client)).body, /Author Ana/);
    assert.doesNotMatch((await get(t, '/moderation/blocks', author.client)).body, /Reporter Rosa/, 'a block is private to whoever made it');
  });

  it('hides an initiative from the platform staff’s desk, its page naming the reason', async () => {
    const deps = { db: database().db, clock: t.clock, publicPages: new PublicPageCache() };
    const content = { title: 'Seed library', description: 'Farmers swap seeds.', rights: ['food' as const], themes: [], countries: ['KE'], startsOn: null, endsOn: null, link: null, language: 'en' };
    const id = await postInitiative(deps, { kind: 'member', memberId: author.id, organisationId: null }, content, []);
    await approveInitiative(deps, id, (await database().db.selectFrom('staff_users').select('id').executeTakeFirstOrThrow()).id);
    assert.match((await get(t, `/initiatives/${id}`)).body, new RegExp(`href="/report/initiative/${id}"`));
    assert.equal((await postForm(t, reporters[1]!.client, `/report/initiative/${id}`, { reason: 'disinformation', note: '' })).statusCode, 303);
    assert.doesNotMatch((await get(t, '/moderation', coordinator.client)).body, /Seed library/, 'initiatives are platform staff’s');
    const caseId = caseIdIn((await get(t, '/staff/network/moderation', staff)).body, 'Seed library', '/staff/network/moderation')!;
    const hidden = await postForm(t, staff, `/staff/network/moderation/cases/${caseId}/hide`, { hideReason: 'disinformation', hideNote: '' }, `/staff/network/moderation/cases/${caseId}`);
    assert.equal(hidden.statusCode, 303);
    const page = (await get(t, `/initiatives/${id}`)).body;
    assert.match(page, /Hidden by moderators\. Reason: Disinformation\./);
    assert.doesNotMatch(page, /Farmers swap seeds/);
    const audit = await database().db.selectFrom('audit_events').select('action').where('subject_id', '=', caseId).execute();
    assert.deepEqual(audit.map((a) => a.action), ['moderation-hidden']);
  });
});
