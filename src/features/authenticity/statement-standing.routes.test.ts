// A genuine copy of a statement's signed file checked on /verify, on both engines: the page adds what became of the
// statement since (a changed signatory list, a newer version, hiding by moderators and why), in the reader's
// language; a copy that does not verify learns nothing of the real statement, and a current copy gets no notice.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { signInMember } from '../../../test/support/member.ts';
import { postForm, signedInStaff } from '../../../test/support/staff.ts';
import { SubmitterClient } from '../../../test/support/submitter.ts';
import { createTestApp, type CookieJar, type TestApp } from '../../../test/support/test-app.ts';
import { draftedDiscussion, statementCast, type StatementCast } from '../statements/statements-test-setup.ts';

const anyStanding = /has been hidden on this platform|A newer version of this statement|The signature list in this copy/;

describeEachEngine('what /verify adds about a genuine copy’s statement', (database) => {
  let t: TestApp;
  let cast: StatementCast;
  let coordinator: CookieJar;
  let otherAdmin: CookieJar;
  let statementId = '';
  let firstCopy = '';
  const page = () => `/statements/${statementId}`;
  const signing = () => `${page()}/sign`;
  const check = async (text: string, language?: 'fr') => {
    const reader = new SubmitterClient(t.app);
    if (language) await reader.get(`/lang/${language}?next=/verify`);
    await reader.get('/verify');
    const result = await reader.post('/verify', { text });
    assert.equal(result.statusCode, 200);
    return result.body;
  };
  const altered = (copy: string) => copy.replace('stop the evictions', 'start the evictions');

  before(async () => {
    const { db, engine } = database();
    t = await createTestApp(db, engine);
    cast = await statementCast(db);
    t.clock.set('2026-12-04T08:00:00Z');
    coordinator = await signInMember(t, cast.coordinator);
    otherAdmin = await signInMember(t, cast.otherAdmin);
    ({ statementId } = await draftedDiscussion(t, coordinator, cast.networkId));
    assert.equal((await postForm(t, coordinator, `${page()}/publish`, {}, `${page()}/discussion`)).statusCode, 303);
    assert.equal((await postForm(t, coordinator, signing(), { organisation: cast.networkOrganisationId }, signing())).statusCode, 303);
    firstCopy = (await t.app.inject({ url: `${page()}/signed.json` })).body;
  });
  after(() => t.app.close());

  it('adds nothing to a copy that is still the current version and list', async () => {
    const body = await check(firstCopy);
    assert.match(body, /<h2 id="verdict">Genuine and unaltered<\/h2>/);
    assert.doesNotMatch(body, anyStanding);
  });

  it('says when the signature list has changed since, linking to the current one', async () => {
    t.clock.set('2026-12-04T09:30:00Z');
    assert.equal((await postForm(t, otherAdmin, signing(), { organisation: cast.otherOrganisationId }, signing())).statusCode, 303);
    const body = await check(firstCopy);
    assert.match(body, /The signature list in this copy is from 4 December 2026 at 08:00 UTC; the current list is on/);
    assert.ok(body.includes(`<a href="${page()}?language=en#signatories-heading">the statement’s page</a>`));
    assert.doesNotMatch(body, /A newer version/);
    assert.doesNotMatch(await check((await t.app.inject({ url: `${page()}/signed.json` })).body), anyStanding, 'the current file is current');
  });

  it('says a newer version exists in the copy’s language (a translation alone is not one)', async () => {
    t.clock.set('2026-12-04T10:00:00Z');
    const versions = `${page()}/versions/new`;
    assert.equal((await postForm(t, coordinator, versions, { language: 'fr', title: 'Arrêtez les expulsions', text: 'Nous appelons le ministère à arrêter les expulsions.' })).statusCode, 303);
    assert.doesNotMatch(await check(firstCopy), /A newer version/);
    assert.equal((await postForm(t, coordinator, versions, { language: 'en', title: 'Stop the evictions now', text: 'We call on the ministry to stop the evictions now.' })).statusCode, 303);
    const body = await check(firstCopy);
    assert.ok(body.includes(`A newer version of this statement exists: <a href="${page()}?language=en">version 3, on the statement’s page</a>`));
    assert.doesNotMatch(await check(altered(firstCopy)), anyStanding, 'an altered copy learns nothing of the statement');
  });

  it('says the statement was hidden by moderators and why, in the reader’s language; never to a copy that does not verify', async () => {
    const reader = await signInMember(t, cast.outsider);
    const reported = await postForm(t, reader, `/report/statement/${statementId}`, { reason: 'disinformation', note: 'Forged.' });
    assert.equal(reported.statusCode, 303);
    const staff = (await signedInStaff(t, database().db)).jar;
    const queue = (await t.app.inject({ url: '/staff/network/moderation', headers: { cookie: staff.header() } })).body;
    const caseId = /href="\/staff\/network\/moderation\/cases\/([\w-]+)">Stop the evictions now</.exec(queue)![1]!;
    const casePath = `/staff/network/moderation/cases/${caseId}`;
    assert.equal((await postForm(t, staff, `${casePath}/hide`, { hideReason: 'disinformation', hideNote: '' }, casePath)).statusCode, 303);

    const body = await check(firstCopy);
    assert.match(body, /<h2 id="verdict">Genuine and unaltered<\/h2>/, 'a signature is a fact');
    assert.match(body, /This statement has been hidden on this platform by its moderators\. Reason: Disinformation\./);
    assert.doesNotMatch(body, /A newer version|The signature list in this copy/, 'nothing of what is now off public view');
    assert.match(await check(firstCopy, 'fr'), /Cette déclaration a été masquée sur cette plateforme par ses modérateurs\. Motif : Désinformation\./);

    const forged = await check(altered(firstCopy));
    assert.match(forged, /Altered: do not trust this copy/);
    assert.doesNotMatch(forged, anyStanding);
    const { keyId } = JSON.parse(firstCopy) as { keyId: string };
    const stranger = await check(firstCopy.replace(keyId, `${keyId.slice(0, -1)}${keyId.endsWith('0') ? '1' : '0'}`));
    assert.match(stranger, /Not signed by this platform/);
    assert.doesNotMatch(stranger, anyStanding);
  });
});
