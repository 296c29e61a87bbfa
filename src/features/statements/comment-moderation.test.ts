// Comments on a draft statement lent to moderation (kind statement-comment), through the real app on both engines:
// members of the network report a comment, its coordinator hides and restores it, the discussion keeps the comment's
// place without its words, and nobody outside the network can reach it.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createMember, signInMember } from '../../../test/support/member.ts';
import { addToOrganisation, createTestNetwork, organisationWithAdmin } from '../../../test/support/network.ts';
import { postForm } from '../../../test/support/staff.ts';
import { createTestApp, type CookieJar, type TestApp } from '../../../test/support/test-app.ts';
import { draftedDiscussion, statementCast, type StatementCast } from './statements-test-setup.ts';

describeEachEngine('moderating comments on statements', (database) => {
  let t: TestApp;
  let cast: StatementCast;
  const clients = {} as Record<'coordinator' | 'author' | 'reporter' | 'atRisk' | 'elsewhere', CookieJar>;
  let discussion = '';
  let statementId = '';
  let comment: (client: CookieJar, body: string) => Promise<string>;
  const get = (url: string, client: CookieJar) => t.app.inject({ url, headers: { cookie: client.header() } });

  before(async () => {
    const { db, engine } = database();
    t = await createTestApp(db, engine);
    cast = await statementCast(db, { visibility: 'private' });
    const [reporter, atRisk] = [await createMember(db, { displayName: 'Reporter Rosa' }), await createMember(db, { displayName: 'Hidden Hamid', atRisk: true })];
    for (const member of [reporter, atRisk]) await addToOrganisation(db, cast.networkOrganisationId, member.id);
    // A coordinator of another network: a member elsewhere, a stranger here.
    const other = await organisationWithAdmin(db, { admin: { displayName: 'Coordinator Elsewhere' } });
    await createTestNetwork(db, other.admin, other.organisation);
    t.clock.set('2026-12-04T08:00:00Z');
    Object.assign(clients, {
      coordinator: await signInMember(t, cast.coordinator), author: await signInMember(t, cast.plainMember), reporter: await signInMember(t, reporter),
      atRisk: await signInMember(t, atRisk), elsewhere: await signInMember(t, other.admin),
    });
    ({ discussion, statementId, comment } = await draftedDiscussion(t, clients.author, cast.networkId));
  });
  after(() => t.app.close());

  const caseIdIn = (html: string, title: string) => new RegExp(`href="/moderation/cases/([\\w-]+)">${title}<`).exec(html)?.[1];

  it('takes a member’s report to the coordinator, who hides it with a reason and restores it', async () => {
    const commentId = await comment(clients.author, 'The minister lives at 12 Acacia Road.');
    const page = (await get(discussion, clients.reporter)).body;
    assert.match(page, new RegExp(`href="/report/statement-comment/${commentId}"`));
    assert.doesNotMatch((await get(discussion, clients.author)).body, new RegExp(`/report/statement-comment/${commentId}`), 'nobody reports their own comment');
    const form = await get(`/report/statement-comment/${commentId}`, clients.reporter);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /Comment on a statement: <a href="[^"]*#comment-[^"]*">Stop the evictions<\/a>/);
    assert.match(form.body, new RegExp(`action="/report/statement-comment/${commentId}/block-author"`), 'the reporter may block the author instead');
    const reported = await postForm(t, clients.reporter, `/report/statement-comment/${commentId}`, { reason: 'doxing', note: 'A home address.' });
    assert.equal(reported.headers.location, '/moderation/notices?done=reported');

    const queue = (await get('/moderation', clients.coordinator)).body;
    const caseId = caseIdIn(queue, 'Stop the evictions');
    assert.ok(caseId, 'the network’s coordinator sees the report');
    assert.match((await get(`/moderation/cases/${caseId}`, clients.coordinator)).body, /12 Acacia Road/, 'moderators read the words they judge');
    assert.doesNotMatch((await get('/moderation', clients.elsewhere)).body, /Stop the evictions/, 'another network’s coordinator does not');
    const hidden = await postForm(t, clients.coordinator, `/moderation/cases/${caseId}/hide`, { hideReason: 'doxing', hideNote: '' }, `/moderation/cases/${caseId}`);
    assert.equal(hidden.headers.location, `/moderation/cases/${caseId}?done=hidden`);

    for (const client of [clients.reporter, clients.author]) {
      const shown = (await get(discussion, client)).body;
      assert.doesNotMatch(shown, /Acacia Road/);
      assert.match(shown, new RegExp(`id="comment-${commentId}">[\\s\\S]*?Member Bruno[\\s\\S]*?Hidden by moderators\\. Reason: Doxing\\.`));
      assert.doesNotMatch(shown, new RegExp(`/report/statement-comment/${commentId}`));
    }
    assert.equal((await get(`/report/statement-comment/${commentId}`, clients.reporter)).statusCode, 404, 'a hidden comment is not reported again');
    assert.match((await get('/moderation/notices', clients.author)).body, /“Stop the evictions” was hidden on .*Reason: Doxing\./);
    assert.match((await get('/moderation/notices', clients.reporter)).body, /Comment on a statement: Stop the evictions · Doxing · handled on/);
    clients.author.store(await get('/lang/fr', clients.author));
    assert.match((await get(discussion, clients.author)).body, /Masqué par les modérateurs\. Motif : Divulgation de données personnelles\./, 'the reason in the reader’s language');

    const restored = await postForm(t, clients.coordinator, `/moderation/cases/${caseId}/restore`, { restoreNote: 'The address is the ministry’s.' }, `/moderation/cases/${caseId}`);
    assert.equal(restored.headers.location, `/moderation/cases/${caseId}?done=restored`);
    assert.match((await get(discussion, clients.reporter)).body, /The minister lives at 12 Acacia Road\./);
  });

  it('answers 404 to a member of another network, as for a comment that does not exist', async () => {
    const commentId = await comment(clients.author, 'Shall we add the Kibera numbers?');
    assert.equal((await get(`/report/statement-comment/${commentId}`, clients.elsewhere)).statusCode, 404);
    assert.equal((await postForm(t, clients.elsewhere, `/report/statement-comment/${commentId}`, { reason: 'spam', note: '' }, '/organisations/new')).statusCode, 404);
    assert.equal((await postForm(t, clients.elsewhere, `/report/statement-comment/${commentId}/block-author`, {}, '/organisations/new')).statusCode, 404);
    assert.equal((await get('/report/statement-comment/no-such-comment', clients.reporter)).statusCode, 404);
    assert.doesNotMatch((await get('/moderation', clients.coordinator)).body, /Kibera/);
  });

  it('knows a pseudonymous comment by its pseudonym only, and tells its holder', async () => {
    const commentId = await comment(clients.atRisk, 'They photographed us at the meeting.');
    await postForm(t, clients.reporter, `/report/statement-comment/${commentId}`, { reason: 'disinformation', note: '' });
    const queue = (await get('/moderation', clients.coordinator)).body;
    const caseId = caseIdIn(queue, 'Stop the evictions')!;
    const casePage = (await get(`/moderation/cases/${caseId}`, clients.coordinator)).body;
    assert.match(casePage, /They photographed us/);
    assert.match(casePage, /Participant [0-9A-Z]{4}-[0-9A-Z]{2}/);
    assert.doesNotMatch(casePage, /Hidden Hamid/);
    await postForm(t, clients.coordinator, `/moderation/cases/${caseId}/hide`, { hideReason: 'disinformation', hideNote: '' }, `/moderation/cases/${caseId}`);
    const rows = JSON.stringify(await database().db.selectFrom('moderation_cases').selectAll().execute());
    assert.ok(!rows.includes((await database().db.selectFrom('members').select('id').where('display_name', '=', 'Hidden Hamid').executeTakeFirstOrThrow()).id));
    assert.match((await get('/moderation/notices', clients.atRisk)).body, /“Stop the evictions” was hidden on .*Reason: Disinformation\./);
    assert.doesNotMatch((await get('/moderation/notices', clients.author)).body, /Reason: Disinformation/);
  });

  it('refuses a comment from someone the coordinator blocked from posting in the network, in their language, keeping their words', async () => {
    const commentId = await comment(clients.author, 'Buy cheap watches at example.test');
    await postForm(t, clients.reporter, `/report/statement-comment/${commentId}`, { reason: 'spam', note: '' });
    const caseId = caseIdIn((await get('/moderation', clients.coordinator)).body, 'Stop the evictions')!;
    const blocked = await postForm(t, clients.coordinator, `/moderation/cases/${caseId}/block`, { blockReason: 'spam', blockEndsOn: '', blockNote: '' }, `/moderation/cases/${caseId}`);
    assert.equal(blocked.headers.location, `/moderation/cases/${caseId}?done=blocked`);
    const refused = await postForm(t, clients.author, `/statements/${statementId}/comments`, { body: 'And again: cheap watches.' }, discussion);
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /Vous ne pouvez pas publier ici pour spam\./);
    assert.match(refused.body, /And again: cheap watches\./);
    assert.equal((await postForm(t, clients.reporter, `/statements/${statementId}/comments`, { body: 'Still here.' }, discussion)).statusCode, 303, 'others still comment');
  });
});
