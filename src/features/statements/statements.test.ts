// The statement use cases on both engines: draft → discuss → publish, versions and translations, co-signing and
// withdrawal, withheld signatories, and the signed file that each change re-issues.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import type { Db } from '../../db/database.ts';
import { PublicPageCache } from '../../http/page-cache.ts';
import { verifySignedFile } from '../../platform/signing/index.ts';
import { search } from '../search/index.ts';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { TestClock, testConfig } from '../../../test/support/test-app.ts';
import { addVersion } from './add-version.ts';
import { commentOnStatement } from './comment-on-statement.ts';
import { listComments } from './comments.repository.ts';
import { draftStatement } from './draft-statement.ts';
import { editDraft } from './edit-draft.ts';
import { isHiddenStatement, loadPublicStatement } from './load-public-statement.ts';
import { publishStatement } from './publish-statement.ts';
import { signStatement, withdrawSignature } from './sign-statement.ts';
import { findSignedFile, listSignatureHistory } from './signatures.repository.ts';
import { statementCast, type StatementCast } from './statements-test-setup.ts';
import { findStatement, listVersions } from './statements.repository.ts';

const draftForm = {
  kind: 'appeal', language: 'en', title: 'Stop the forced evictions in Nairobi', text: 'We call on the authorities to halt the evictions.\n\nFamilies need homes.',
  themes: ['housing'], countries: ['KE'],
};

describeEachEngine('statements', (database, engine) => {
  let db: Db;
  let cast: StatementCast;
  const clock = new TestClock(new Date('2026-12-03T10:00:00Z'));
  const config = testConfig(); // one secret for the suite: the signing key is wrapped under it
  const deps = () => ({ db, config, clock, publicPages: new PublicPageCache() });

  async function publishedStatement(): Promise<string> {
    const drafted = await draftStatement(db, clock, cast.networkId, draftForm);
    assert.equal(drafted.kind, 'drafted');
    const id = (drafted as { statementId: string }).statementId;
    assert.equal(await publishStatement(deps(), id), 'published');
    return id;
  }
  const publicPage = async (id: string, wanted: (string | undefined)[]) => {
    const page = await loadPublicStatement(db, id, wanted);
    assert.ok(page && !isHiddenStatement(page), 'a statement on public view');
    return page;
  };
  const signedPayload = async (id: string, language = 'en') => {
    const file = await findSignedFile(db, id, language);
    assert.ok(file, `a signed file in ${language}`);
    const verification = await verifySignedFile(db, file.document);
    assert.equal(verification.verdict, 'genuine');
    return (verification as { payload: Record<string, any> }).payload;
  };

  before(async () => {
    db = database().db;
    cast = await statementCast(db);
  });

  it('takes a draft through discussion to publication, after which its text is frozen and signed', async () => {
    const drafted = await draftStatement(db, clock, cast.networkId, draftForm);
    assert.equal(drafted.kind, 'drafted');
    const id = (drafted as { statementId: string }).statementId;
    assert.equal(await findSignedFile(db, id, 'en'), undefined, 'a draft is not signed');
    assert.deepEqual(await editDraft(db, id, { ...draftForm, title: 'Stop the evictions in Nairobi now' }), { kind: 'saved' });
    const statement = { id, networkId: cast.networkId };
    await commentOnStatement(db, clock, statement, { memberId: cast.plainMember.id, authorship: { kind: 'member', memberId: cast.plainMember.id } }, 'Could we name the ministry?');
    clock.set('2026-12-03T10:05:00Z');
    const pseudonym = { kind: 'pseudonym' as const, pseudonymId: 'P'.repeat(32), label: 'Participant PPPP-PP' };
    await commentOnStatement(db, clock, statement, { memberId: cast.atRiskAdmin.id, authorship: pseudonym }, 'Agreed.');
    const comments = await listComments(db, id);
    assert.deepEqual(comments.map((c) => c.author.kind === 'member' ? c.author.displayName : c.author.kind === 'pseudonym' ? c.author.label : ''), ['Member Bruno', 'Participant PPPP-PP']);

    clock.set('2026-12-03T11:00:00Z');
    assert.equal(await publishStatement(deps(), id), 'published');
    assert.equal((await findStatement(db, id))?.publishedAt, '2026-12-03T11:00:00.000Z');
    assert.equal(await publishStatement(deps(), id), 'already-published');
    assert.deepEqual(await editDraft(db, id, { ...draftForm, title: 'Changed after publication' }), { kind: 'published' });
    const payload = await signedPayload(id);
    assert.equal(payload.title, 'Stop the evictions in Nairobi now');
    assert.equal(payload.publishedAt, '2026-12-03T11:00:00.000Z');
    assert.deepEqual(payload.signatories, []);
  });

  it('keeps every correction and translation as a version with its language, each language signed', async () => {
    const id = await publishedStatement();
    const translated = await addVersion(deps(), id, { language: 'fr', title: 'Arrêtez les expulsions à Nairobi', text: 'Nous appelons les autorités à cesser les expulsions.' });
    assert.deepEqual(translated, { kind: 'added', version: 2 });
    const corrected = await addVersion(deps(), id, { language: 'en', title: 'Stop the forced evictions in Nairobi', text: 'We call on the authorities to halt the evictions at once.' });
    assert.deepEqual(corrected, { kind: 'added', version: 3 });
    assert.deepEqual((await listVersions(db, [id])).map((v) => [v.version, v.language]), [[1, 'en'], [2, 'fr'], [3, 'en']]);
    assert.equal((await signedPayload(id, 'en')).version, 3);
    assert.equal((await signedPayload(id, 'fr')).text, 'Nous appelons les autorités à cesser les expulsions.');
    const page = await publicPage(id, [undefined, 'fr']);
    assert.equal(page?.shown.language, 'fr');
    assert.deepEqual(page?.languages, ['en', 'fr']);
    assert.deepEqual(await addVersion(deps(), id, { language: 'xx', title: '', text: 'x' }), { kind: 'invalid', errors: { language: 'invalid', title: 'required' } });
  });

  it('counts a signature at once, and a withdrawal takes it off the list, the counts and the signed file but keeps it in the history', async () => {
    const id = await publishedStatement();
    clock.set('2026-12-04T08:00:00Z');
    assert.equal(await signStatement(deps(), id, cast.otherOrganisationId, cast.otherAdmin.id), 'signed');
    assert.equal(await signStatement(deps(), id, cast.otherOrganisationId, cast.otherAdmin.id), 'already-signed');
    clock.set('2026-12-04T09:00:00Z');
    assert.equal(await signStatement(deps(), id, cast.networkOrganisationId, cast.coordinator.id), 'signed');
    let payload = await signedPayload(id);
    assert.deepEqual(payload.signatories.map((s: { publicName: string }) => s.publicName), ['Moradia Digna Brasil', 'Housing Rights Kenya']);
    assert.deepEqual(payload.counts.byCountry, [{ country: 'BR', count: 1 }, { country: 'KE', count: 1 }, { country: 'PT', count: 1 }]);
    assert.equal(payload.counts.byRegion.find((r: { region: string }) => r.region === 'western-european-others').count, 1);
    assert.deepEqual(payload.signatories.map((s: { memberOfIssuingNetwork: boolean }) => s.memberOfIssuingNetwork), [false, true], 'the network\'s own organisation signs first-class');
    assert.equal(payload.counts.ofIssuingNetwork, 1);

    clock.set('2026-12-05T08:00:00Z');
    assert.equal(await withdrawSignature(deps(), id, cast.otherOrganisationId, cast.otherAdmin.id), 'withdrawn');
    assert.equal(await withdrawSignature(deps(), id, cast.otherOrganisationId, cast.otherAdmin.id), 'not-signed');
    payload = await signedPayload(id);
    assert.deepEqual(payload.signatories.map((s: { publicName: string }) => s.publicName), ['Housing Rights Kenya']);
    assert.equal(payload.counts.total, 1);
    assert.deepEqual((await publicPage(id, []))?.signatories.map((s) => s.name), ['Housing Rights Kenya']);
    assert.deepEqual(await listSignatureHistory(db, id, [cast.otherOrganisationId]), [
      { organisationId: cast.otherOrganisationId, signedAt: '2026-12-04T08:00:00.000Z', withdrawnAt: '2026-12-05T08:00:00.000Z' },
    ]);
    assert.equal(await signStatement(deps(), id, cast.otherOrganisationId, cast.otherAdmin.id), 'signed', 'an organisation may sign again');
  });

  it('does not name a private network as the issuer of its published statement', async () => {
    const privateCast = await statementCast(db, { visibility: 'private' });
    const drafted = await draftStatement(db, clock, privateCast.networkId, draftForm);
    const id = (drafted as { statementId: string }).statementId;
    await publishStatement(deps(), id);
    assert.deepEqual((await publicPage(id, []))?.issuer, { networkId: privateCast.networkId, name: null });
    assert.deepEqual((await publicPage((await publishedStatement()), []))?.issuer.name, 'Right to Housing Coalition');
  });

  it('refuses signatures on a draft', async () => {
    const drafted = await draftStatement(db, clock, cast.networkId, draftForm);
    assert.equal(await signStatement(deps(), (drafted as { statementId: string }).statementId, cast.otherOrganisationId, cast.otherAdmin.id), 'not-published');
  });

  it('never names an at-risk signatory, in the list or in the signed file, and still counts it', async () => {
    clock.set('2026-12-05T10:00:00Z');
    const id = await publishedStatement();
    assert.equal(await signStatement(deps(), id, cast.atRiskOrganisationId, cast.atRiskAdmin.id), 'signed');
    const file = await findSignedFile(db, id, 'en');
    assert.ok(file && !file.document.includes('Hidden Defenders'), 'the name is not in the signed file');
    assert.ok(!file.document.includes('"UG"'), 'nor its country');
    const payload = await signedPayload(id);
    assert.deepEqual(payload.signatories, [{ publicName: null, countries: [], regionalGroups: ['african'], memberOfIssuingNetwork: false, signedAt: '2026-12-05' }]);
    assert.equal(payload.counts.withheld, 1);
    const page = await publicPage(id, []);
    assert.deepEqual(page?.signatories.map((s) => s.name), [null]);
    assert.equal(page?.counts.byRegion[0]?.count, 1);
  });

  it('gives a signed file that fails verification once one character is changed', async () => {
    const id = await publishedStatement();
    const file = await findSignedFile(db, id, 'en');
    assert.equal((await verifySignedFile(db, file!.document)).verdict, 'genuine');
    const altered = file!.document.replace('halt the evictions', 'halt the evictionz');
    assert.notEqual(altered, file!.document);
    assert.equal((await verifySignedFile(db, altered)).verdict, 'altered');
  });

  it('indexes each language of a published statement for search, and no draft', async () => {
    const id = await publishedStatement();
    await addVersion(deps(), id, { language: 'es', title: 'Detengan los desalojos forzosos', text: 'Pedimos a las autoridades que detengan los desalojos.' });
    const found = await search(db, engine, { query: 'desalojos', audience: 'public', limit: 10, offset: 0 });
    assert.ok(found.results.some((r) => r.entry.refId === `${id}:es` && r.entry.url === `/statements/${id}?language=es`));
    const drafted = await draftStatement(db, clock, cast.networkId, { ...draftForm, title: 'Unpublished zebra appeal' });
    assert.equal(drafted.kind, 'drafted');
    assert.equal((await search(db, engine, { query: 'zebra', audience: 'members', limit: 10, offset: 0 })).results.length, 0);
  });
});
