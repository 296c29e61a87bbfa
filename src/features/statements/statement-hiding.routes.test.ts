// Hiding a published statement, end to end on both engines: a member reports it, platform staff (never the network's
// own coordinators) hide it with a reason; readers, signed in or not, get its title and "hidden by moderators" but not
// its text, signatories, list entry, search entry, signed file (410) or co-signing; a copy saved before still
// verifies; the network's coordinators (not its plain members, not co-signing organisations) are told and appeal;
// restoring brings everything back.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { signInMember } from '../../../test/support/member.ts';
import { postForm, signedInStaff } from '../../../test/support/staff.ts';
import { createTestApp, type CookieJar, type TestApp } from '../../../test/support/test-app.ts';
import { verifySignedFile } from '../../platform/signing/index.ts';
import { draftedDiscussion, statementCast, type StatementCast } from './statements-test-setup.ts';

describeEachEngine('hiding a published statement', (database) => {
  let t: TestApp;
  let cast: StatementCast;
  const people = ['coordinator', 'plainMember', 'otherAdmin', 'outsider'] as const;
  const clients = {} as Record<(typeof people)[number], CookieJar>;
  let staff: CookieJar;
  let statementId = '';
  let caseId = '';
  let savedCopy = '';
  const title = 'Stop the evictions';
  const text = 'We call on the ministry to stop the evictions.';
  const get = (url: string, client?: CookieJar, headers: Record<string, string> = {}) =>
    t.app.inject({ url, headers: { ...headers, ...(client ? { cookie: client.header() } : {}) } });
  const page = () => `/statements/${statementId}`;
  const signing = () => `/statements/${statementId}/sign`;
  const inSearch = async (client?: CookieJar, words = 'ministry') =>
    (await get(`/search?q=${encodeURIComponent(words)}`, client)).body.includes(`href="/statements/${statementId}`);

  before(async () => {
    const { db, engine } = database();
    t = await createTestApp(db, engine);
    cast = await statementCast(db);
    t.clock.set('2026-12-04T08:00:00Z');
    for (const who of people) clients[who] = await signInMember(t, cast[who]);
    staff = (await signedInStaff(t, db)).jar;
    ({ statementId } = await draftedDiscussion(t, clients.coordinator, cast.networkId));
    const published = await postForm(t, clients.coordinator, `/statements/${statementId}/publish`, {}, `/statements/${statementId}/discussion`);
    assert.equal(published.statusCode, 303);
    assert.equal((await postForm(t, clients.coordinator, signing(), { organisation: cast.networkOrganisationId }, signing())).statusCode, 303);
  });
  after(() => t.app.close());

  it('takes a member’s report to platform staff only, who hide the statement with a reason', async () => {
    const before = await get(page());
    assert.match(before.body, new RegExp(`href="/report/statement/${statementId}"`), 'the Report link, on the page every reader shares');
    assert.ok(await inSearch(), 'in search while on view');
    savedCopy = (await get(`${page()}/signed.json`)).body;

    const reported = await postForm(t, clients.outsider, `/report/statement/${statementId}`, { reason: 'disinformation', note: 'Forged in the network’s name.' });
    assert.equal(reported.headers.location, '/moderation/notices?done=reported');
    const queue = (await get('/staff/network/moderation', staff)).body;
    caseId = new RegExp(`href="/staff/network/moderation/cases/([\\w-]+)">${title}<`).exec(queue)?.[1] ?? '';
    assert.ok(caseId, 'the report reaches platform staff');
    assert.doesNotMatch((await get('/moderation', clients.coordinator)).body, new RegExp(title), 'never its own network’s coordinators');
    const casePage = (await get(`/staff/network/moderation/cases/${caseId}`, staff)).body;
    assert.match(casePage, /<dt>Author<\/dt><dd>None: a statement speaks for the network that published it, and its coordinators answer for it<\/dd>/);
    assert.match(casePage, new RegExp(text), 'staff read the text they judge');
    const hidden = await postForm(t, staff, `/staff/network/moderation/cases/${caseId}/hide`, { hideReason: 'disinformation', hideNote: '' }, `/staff/network/moderation/cases/${caseId}`);
    assert.equal(hidden.headers.location, `/staff/network/moderation/cases/${caseId}?done=hidden`);
  });

  it('shows every reader only the title and the reason, and takes it out of the list, search, downloads and co-signing', async () => {
    for (const client of [undefined, clients.outsider, clients.otherAdmin, clients.coordinator]) {
      const shown = await get(page(), client);
      assert.equal(shown.statusCode, 200);
      assert.match(shown.body, new RegExp(`<h1 lang="en" dir="ltr">${title}</h1>`));
      assert.match(shown.body, /Hidden by moderators\. Reason: Disinformation\./);
      assert.doesNotMatch(shown.body, new RegExp(`${text}|Housing Rights Kenya|signed\\.json|/report/statement/`));
      assert.doesNotMatch((await get(`${page()}/versions/1`, client)).body, new RegExp(text), 'nor any earlier version');
      assert.doesNotMatch((await get('/statements', client)).body, new RegExp(title), 'off the public list');
      assert.equal(await inSearch(client), false, 'out of search');
    }
    const file = await get(`${page()}/signed.json`);
    assert.equal(file.statusCode, 410);
    assert.match(file.body, /This signed file is not offered now/);
    assert.match((await get(`${page()}/signed.json`, undefined, { 'accept-language': 'fr' })).body, /Ce fichier signé n’est pas proposé pour l’instant/);
    assert.equal((await verifySignedFile(t.db, savedCopy)).verdict, 'genuine', 'a copy saved before still verifies: a signature is a fact');

    assert.match((await get(signing(), clients.otherAdmin)).body, /no organisation can sign it while it is hidden/);
    assert.doesNotMatch((await get(signing(), clients.otherAdmin)).body, /Sign for Moradia/);
    // The signing page offers no form now: the token comes from another page, as a stale tab's would.
    const refused = await postForm(t, clients.otherAdmin, signing(), { organisation: cast.otherOrganisationId }, '/organisations/new');
    assert.equal(refused.statusCode, 403);
    assert.match(refused.body, /Moderators have hidden this statement, so it cannot be co-signed while it is hidden\./);
    assert.match((await get(`/networks/${cast.networkId}/statements`, clients.plainMember)).body, /Hidden by moderators: off the public list/);

    const added = await postForm(t, clients.coordinator, `${page()}/versions/new`, { language: 'fr', title: 'Arrêtez les expulsions', text: 'Nous appelons le ministère à arrêter les expulsions.' });
    assert.equal(added.statusCode, 303, 'its coordinators may still correct or translate it');
    assert.equal(await inSearch(undefined, 'ministère'), false, 'a version added while hidden stays out of search');
    assert.match((await get(`${page()}?language=fr`)).body, /Masqué par les modérateurs|Hidden by moderators/);
  });

  it('tells the network’s coordinators, not its plain members or co-signers, and lets a coordinator appeal; restoring brings it all back', async () => {
    assert.match((await get('/moderation/notices', clients.coordinator)).body, new RegExp(`“${title}” was hidden on .*Reason: Disinformation\\.`));
    for (const client of [clients.plainMember, clients.otherAdmin]) {
      assert.doesNotMatch((await get('/moderation/notices', client)).body, new RegExp(`“${title}” was hidden`));
    }
    const actionId = /action="\/moderation\/appeals\/([\w-]+)"/.exec((await get('/moderation/notices', clients.coordinator)).body)![1]!;
    const refused = await postForm(t, clients.plainMember, `/moderation/appeals/${actionId}`, { statement: 'Not yours to hide.' }, '/organisations/new');
    assert.equal(refused.statusCode, 404, 'a plain member cannot appeal for the network');
    const appealed = await postForm(t, clients.coordinator, `/moderation/appeals/${actionId}`, { statement: 'Our network adopted this text; here are the minutes.' }, '/moderation/notices');
    assert.equal(appealed.headers.location, '/moderation/notices?done=appealed');

    const otherStaff = (await signedInStaff(t, database().db)).jar;
    const desk = (await get(`/staff/network/moderation/cases/${caseId}`, otherStaff)).body;
    assert.match(desk, /One of the network’s coordinators wrote:/);
    const appealId = /action="\/staff\/network\/moderation\/appeals\/([\w-]+)\/decide"/.exec(desk)![1]!;
    const decided = await postForm(t, otherStaff, `/staff/network/moderation/appeals/${appealId}/decide`, { outcome: 'restored', decisionNote: 'Minutes checked.' }, `/staff/network/moderation/cases/${caseId}`);
    assert.equal(decided.statusCode, 303);

    const shown = (await get(page())).body;
    assert.match(shown, new RegExp(text));
    assert.match(shown, /Housing Rights Kenya/);
    assert.doesNotMatch(shown, /Hidden by moderators/);
    assert.match((await get('/statements')).body, new RegExp(title));
    assert.ok(await inSearch(), 'back in search');
    assert.ok(await inSearch(undefined, 'ministère'), 'with the version added while it was hidden');
    const file = await get(`${page()}/signed.json`);
    assert.equal(file.statusCode, 200);
    assert.equal((await verifySignedFile(t.db, file.body)).verdict, 'genuine');
    assert.equal((await postForm(t, clients.otherAdmin, signing(), { organisation: cast.otherOrganisationId }, signing())).statusCode, 303, 'open to co-signing again');
    assert.match((await get('/moderation/notices', clients.coordinator)).body, /Minutes checked\./, 'coordinators read the outcome');
  });
});
