// The statement pages through the real app, on both engines: a network drafts, discusses and publishes; outsiders
// never see a draft; organisations' administrators (and only they) co-sign and withdraw; the public page, its
// languages and its signed file.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { signInMember } from '../../../test/support/member.ts';
import { postForm } from '../../../test/support/staff.ts';
import { createTestApp, type CookieJar, type TestApp } from '../../../test/support/test-app.ts';
import { verifySignedFile } from '../../platform/signing/index.ts';
import { statementCast, type StatementCast } from './statements-test-setup.ts';

describeEachEngine('statement pages', (database) => {
  let t: TestApp;
  let cast: StatementCast;
  const people = ['coordinator', 'plainMember', 'otherAdmin', 'atRiskAdmin', 'outsider'] as const;
  const clients = {} as Record<(typeof people)[number], CookieJar>;
  let statementId = '';
  const get = (url: string, client?: CookieJar, headers: Record<string, string> = {}) =>
    t.app.inject({ url, headers: { ...headers, ...(client ? { cookie: client.header() } : {}) } });

  before(async () => {
    const { db, engine } = database();
    t = await createTestApp(db, engine);
    cast = await statementCast(db);
    // Member sessions last 12 hours from sign-in: every step below happens on this one day.
    t.clock.set('2026-12-03T08:00:00Z');
    for (const who of people) clients[who] = await signInMember(t, cast[who]);
  });
  after(() => t.app.close());

  it('lets a network member draft a statement, keeping what was typed when the form is refused', async () => {
    const url = `/networks/${cast.networkId}/statements/new`;
    const refused = await postForm(t, clients.plainMember, url, { kind: 'appeal', language: 'en', title: 'Free <the> defenders', text: '' });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /Enter the text\./);
    assert.match(refused.body, /value="Free &lt;the> defenders"/);
    const drafted = await postForm(t, clients.plainMember, url, {
      kind: 'appeal', language: 'en', title: 'Free the housing defenders', text: 'We call for their release.\n\nNow.', themes: 'housing', countries: ['KE', 'UG'],
    });
    assert.equal(drafted.statusCode, 303);
    statementId = /\/statements\/([^/]+)\/discussion/.exec(String(drafted.headers.location))![1]!;
  });

  it('shows the draft to the network only: outsiders and anonymous readers find nothing', async () => {
    assert.equal((await get(`/statements/${statementId}`)).statusCode, 404);
    assert.equal((await get(`/statements/${statementId}`, clients.outsider)).statusCode, 404);
    assert.equal((await get(`/statements/${statementId}/discussion`, clients.outsider)).statusCode, 404);
    assert.equal((await get(`/statements/${statementId}/discussion`, clients.otherAdmin)).statusCode, 404, 'an organisation outside the network');
    assert.equal((await get(`/networks/${cast.networkId}/statements`, clients.outsider)).statusCode, 404);
    assert.equal((await get(`/statements/${statementId}/signed.json`)).statusCode, 404);
    const member = await get(`/statements/${statementId}`, clients.plainMember);
    assert.equal(member.statusCode, 303);
    assert.equal(member.headers.location, `/statements/${statementId}/discussion`);
    assert.doesNotMatch((await get('/statements')).body, /Free the housing defenders/);
  });

  it('lets members discuss the draft, and only a coordinator publish it', async () => {
    const discussion = `/statements/${statementId}/discussion`;
    const commented = await postForm(t, clients.plainMember, `/statements/${statementId}/comments`, { body: 'Should we name the ministry?' }, discussion);
    assert.equal(commented.statusCode, 303);
    assert.match((await get(discussion, clients.coordinator)).body, /Member Bruno[\s\S]*Should we name the ministry\?/);
    const empty = await postForm(t, clients.plainMember, `/statements/${statementId}/comments`, { body: '  ' }, discussion);
    assert.equal(empty.statusCode, 422);
    assert.equal((await postForm(t, clients.outsider, `/statements/${statementId}/comments`, { body: 'Hello' }, '/organisations/new')).statusCode, 404);

    const byMember = await postForm(t, clients.plainMember, `/statements/${statementId}/publish`, {}, discussion);
    assert.equal(byMember.statusCode, 403);
    t.clock.set('2026-12-03T09:00:00Z');
    const published = await postForm(t, clients.coordinator, `/statements/${statementId}/publish`, {}, discussion);
    assert.equal(published.statusCode, 303);
    const page = await get(`/statements/${statementId}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Free the housing defenders/);
    assert.match(page.body, /Issued by Right to Housing Coalition on 3 December 2026/);
    assert.match(page.body, new RegExp(`href="/statements/${statementId}/signed.json\\?language=en"`));
    assert.match(page.body, /href="\/verify"/);
    assert.match((await get('/statements')).body, /Free the housing defenders/);
  });

  it('lets an organisation administrator co-sign and withdraw, and no plain member', async () => {
    const signing = `/statements/${statementId}/sign`;
    const byMember = await postForm(t, clients.plainMember, signing, { organisation: cast.networkOrganisationId }, `/statements/${statementId}/discussion`);
    assert.equal(byMember.statusCode, 403, 'a member who does not administer the organisation');
    assert.match((await get(signing, clients.plainMember)).body, /you administer none/);
    assert.equal((await postForm(t, clients.outsider, signing, { organisation: cast.otherOrganisationId }, '/organisations/new')).statusCode, 403, 'someone else\'s organisation');

    t.clock.set('2026-12-03T10:00:00Z');
    assert.equal((await postForm(t, clients.otherAdmin, signing, { organisation: cast.otherOrganisationId }, signing)).statusCode, 303);
    t.clock.set('2026-12-03T11:00:00Z');
    assert.equal((await postForm(t, clients.coordinator, signing, { organisation: cast.networkOrganisationId }, signing)).statusCode, 303);
    let page = (await get(`/statements/${statementId}`)).body;
    assert.match(page, /2 signatories/);
    assert.match(page, /Moradia Digna Brasil[\s\S]*Housing Rights Kenya<\/span> <span class="badge">member of the issuing network/);
    assert.match(page, /Latin American and Caribbean Group<\/th><td class="numeric">1</);

    t.clock.set('2026-12-03T12:00:00Z');
    const withdrawn = await postForm(t, clients.otherAdmin, `/statements/${statementId}/withdraw`, { organisation: cast.otherOrganisationId }, signing);
    assert.equal(withdrawn.statusCode, 303);
    page = (await get(`/statements/${statementId}`)).body;
    assert.match(page, /1 signatory/);
    assert.doesNotMatch(page, /Moradia Digna Brasil/);
    assert.match((await get(signing, clients.otherAdmin)).body, /Moradia Digna Brasil: signed on 3 December 2026 at 10:00, withdrawn on 3 December 2026 at 12:00/);
  });

  it('counts an at-risk signatory without ever naming it on the public page', async () => {
    const signing = `/statements/${statementId}/sign`;
    assert.equal((await postForm(t, clients.atRiskAdmin, signing, { organisation: cast.atRiskOrganisationId }, signing)).statusCode, 303);
    const page = (await get(`/statements/${statementId}`, clients.coordinator)).body;
    assert.doesNotMatch(page, /Hidden Defenders/);
    assert.match(page, /An organisation in the African Group whose name is withheld for its safety/);
    assert.match(page, /2 signatories/);
  });

  it('offers the signed file as a download that verifies', async () => {
    const response = await get(`/statements/${statementId}/signed.json`);
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-disposition']), /^attachment; filename="statement-[0-9a-f]{8}-en-v1\.signed\.json"/);
    assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.match(String(response.headers['content-security-policy']), /sandbox/);
    assert.equal((await verifySignedFile(t.db, response.body)).verdict, 'genuine');
    assert.doesNotMatch(response.body, /Hidden Defenders/);
  });

  it('adds translations as versions and shows the reader\'s language when there is one', async () => {
    const url = `/statements/${statementId}/versions/new`;
    assert.equal((await postForm(t, clients.plainMember, url, { language: 'fr', title: 'x', text: 'y' }, `/statements/${statementId}/discussion`)).statusCode, 404);
    const added = await postForm(t, clients.coordinator, url, { language: 'fr', title: 'Libérez les défenseurs du logement', text: 'Nous demandons leur libération.' });
    assert.equal(added.statusCode, 303);
    const french = await get(`/statements/${statementId}`, undefined, { 'accept-language': 'fr' });
    assert.match(french.body, /<h1 lang="fr" dir="ltr">Libérez les défenseurs du logement<\/h1>/);
    const english = await get(`/statements/${statementId}?language=en`, undefined, { 'accept-language': 'fr' });
    assert.match(english.body, /<h1 lang="en" dir="ltr">Free the housing defenders<\/h1>/);
    assert.match(english.body, /Traduction/);
    const file = await get(`/statements/${statementId}/signed.json?language=fr`);
    assert.match(String(file.headers['content-disposition']), /-fr-v2\.signed\.json/);
    assert.equal((await get(`/statements/${statementId}/versions/1`)).statusCode, 200);
  });
});
