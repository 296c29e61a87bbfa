// A member's private blocks on a statement's discussion, through the real app on both engines: comments by a person
// the member blocked keep their place as "You blocked this person", for that member only, by name or by pseudonym.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createMember, signInMember } from '../../../test/support/member.ts';
import { addToOrganisation } from '../../../test/support/network.ts';
import { postForm } from '../../../test/support/staff.ts';
import { createTestApp, type CookieJar, type TestApp } from '../../../test/support/test-app.ts';
import { draftedDiscussion, statementCast } from './statements-test-setup.ts';

const blockedLine = (id: string) => new RegExp(`id="comment-${id}"><p class="meta"><em>You blocked this person — their comment is not shown\\.</em> <a href="/moderation/blocks">`);

describeEachEngine('blocks in a statement’s discussion', (database) => {
  let t: TestApp;
  const clients = {} as Record<'reader' | 'author' | 'atRisk' | 'other', CookieJar>;
  let discussion = '';
  let comment: (client: CookieJar, body: string) => Promise<string>;
  const get = (url: string, client: CookieJar) => t.app.inject({ url, headers: { cookie: client.header() } });

  before(async () => {
    const { db, engine } = database();
    t = await createTestApp(db, engine);
    const cast = await statementCast(db, { visibility: 'private' });
    const [reader, atRisk] = [await createMember(db, { displayName: 'Reader Rita' }), await createMember(db, { displayName: 'Hidden Hamid', atRisk: true })];
    for (const member of [reader, atRisk]) await addToOrganisation(db, cast.networkOrganisationId, member.id);
    Object.assign(clients, {
      reader: await signInMember(t, reader), author: await signInMember(t, cast.plainMember),
      atRisk: await signInMember(t, atRisk), other: await signInMember(t, cast.coordinator),
    });
    ({ discussion, comment } = await draftedDiscussion(t, clients.other, cast.networkId));
  });
  after(() => t.app.close());

  async function block(client: CookieJar, commentId: string) {
    const done = await postForm(t, client, `/report/statement-comment/${commentId}/block-author`, {}, `/report/statement-comment/${commentId}`);
    assert.equal(done.headers.location, '/moderation/blocks?done=blocked');
  }
  async function unblockAll(client: CookieJar) {
    for (const [, id] of (await get('/moderation/blocks', client)).body.matchAll(/action="\/moderation\/blocks\/([\w-]+)\/remove"/g)) {
      assert.equal((await postForm(t, client, `/moderation/blocks/${id}/remove`, {}, '/moderation/blocks')).statusCode, 303);
    }
  }

  it('keeps a blocked member’s comments in place without their name or words, for the blocker only, until unblocked', async () => {
    const first = await comment(clients.author, 'Bruno says the ministry lies.');
    const second = await comment(clients.author, 'Bruno adds more.');
    await comment(clients.other, 'Amina answers.');
    await block(clients.reader, first);

    const page = (await get(discussion, clients.reader)).body;
    assert.doesNotMatch(page, /Bruno says|Bruno adds|Member Bruno/);
    for (const id of [first, second]) assert.match(page, blockedLine(id));
    assert.doesNotMatch(page, new RegExp(`/report/statement-comment/${first}"`), 'nothing to report in what is not shown');
    assert.match(page, /Amina answers\./);
    assert.match((await get(discussion, clients.other)).body, /Bruno says the ministry lies\./, 'others still read them');

    await unblockAll(clients.reader);
    assert.match((await get(discussion, clients.reader)).body, /Bruno says the ministry lies\./);
  });

  it('blocks a pseudonymous comment as its pseudonym', async () => {
    const theirs = await comment(clients.atRisk, 'Said under a pseudonym.');
    await block(clients.reader, theirs);
    const page = (await get(discussion, clients.reader)).body;
    assert.doesNotMatch(page, /Said under a pseudonym|Participant [0-9A-Z]{4}-[0-9A-Z]{2}/);
    assert.match(page, blockedLine(theirs));
    assert.match(page, /Amina answers\./);
    assert.match((await get(discussion, clients.other)).body, /Said under a pseudonym\./);
    await unblockAll(clients.reader);
  });
});
