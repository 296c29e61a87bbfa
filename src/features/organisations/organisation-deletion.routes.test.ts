// Deleting an organisation, end to end on both engines: only its administrators, only with its name typed; refused
// (changing nothing) while it holds a network's last coordinators; then its members, invitations, network places,
// coordination and pending requests go, its signatures are withdrawn and the signed files re-issued without it, it
// leaves search, and the trail staff read keeps no name.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'kysely';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { signUpMember } from '../../../test/support/member.ts';
import { addToOrganisation, createTestNetwork, createTestOrganisation, signedInOrganisationAdmin } from '../../../test/support/network.ts';
import { postForm, signedInStaff } from '../../../test/support/staff.ts';
import { createTestApp, testConfig, type CookieJar, type TestApp } from '../../../test/support/test-app.ts';
import { PublicPageCache } from '../../http/page-cache.ts';
import { translator } from '../../i18n/translator.ts';
import { askToJoin } from '../networks/applications.ts';
import { insertCoordinator, insertNetworkOrganisation } from '../networks/network-membership.repository.ts';
import { draftStatement } from '../statements/draft-statement.ts';
import { publishStatement } from '../statements/publish-statement.ts';
import { signStatement } from '../statements/sign-statement.ts';
import { inviteMember } from './invite-member.ts';

type Member = Awaited<ReturnType<typeof signUpMember>>;

describeEachEngine('deleting an organisation', (database) => {
  const config = testConfig();
  const name = 'Collectif Vérane pour la Terre';
  let t: TestApp;
  let admin: Member;
  let plainMember: Member;
  let otherAdmin: Member;
  let staff: CookieJar;
  let organisationId: string;
  let otherOrganisationId: string;
  let soloNetworkId: string;
  let statementId: string;
  const get = (url: string, client?: CookieJar) => t.app.inject({ url, headers: client ? { cookie: client.header() } : {} });
  const count = async (table: string, column = 'organisation_id') =>
    Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)} where ${sql.ref(column)} = ${organisationId}`.execute(database().db)).rows[0]!.n);

  before(async () => {
    const { db, engine } = database();
    t = await createTestApp(db, engine, { config });
    const founded = await signedInOrganisationAdmin(t, { name });
    admin = founded.admin;
    organisationId = founded.organisation.id;
    plainMember = await signUpMember(t);
    await addToOrganisation(db, organisationId, plainMember.id);
    const other = await signedInOrganisationAdmin(t, { name: 'Other Allies' });
    otherAdmin = other.admin;
    otherOrganisationId = other.organisation.id;
    // A network the organisation is in, where its plain member coordinates beside the founder's administrator.
    const shared = await createTestNetwork(db, otherAdmin, other.organisation, {
      organisations: [founded.organisation], coordinators: [{ memberId: plainMember.id, organisationId }],
    });
    // A network only this organisation's people coordinate, and one it has asked to join.
    soloNetworkId = (await createTestNetwork(db, admin, founded.organisation, { name: 'Solo Coalition' })).id;
    const asked = await createTestNetwork(db, otherAdmin, other.organisation);
    assert.equal(await askToJoin(db, 'request', admin.id, asked.id, organisationId, t.clock.now()), 'asked');
    const invited = await inviteMember({ db, mailer: t.mailer, baseUrl: config.baseUrl }, admin.id, organisationId, 'friend@example.org', translator('en'), t.clock.now());
    assert.equal(invited.kind, 'invited');

    const deps = { db, config, clock: t.clock, publicPages: new PublicPageCache() };
    const drafted = await draftStatement(db, t.clock, shared.id, {
      kind: 'appeal', language: 'en', title: 'Protect the river defenders', text: 'We stand with them.', themes: ['housing'], countries: ['SN'],
    });
    statementId = (drafted as { statementId: string }).statementId;
    assert.equal(await publishStatement(deps, statementId), 'published');
    assert.equal(await signStatement(deps, statementId, organisationId, admin.id), 'signed');
    assert.equal(await signStatement(deps, statementId, otherOrganisationId, otherAdmin.id), 'signed');
    staff = (await signedInStaff(t, db)).jar;
  });
  after(() => t.app.close());

  const page = () => `/organisations/${organisationId}/delete`;
  const statementPage = () => `/statements/${statementId}`;

  it('is offered to administrators only, and refuses a wrong name keeping what was typed', async () => {
    assert.match((await get(`/organisations/${organisationId}`, admin.client)).body, new RegExp(`href="${page()}"`));
    assert.doesNotMatch((await get(`/organisations/${organisationId}`, plainMember.client)).body, /\/delete"/);
    assert.equal((await get(page(), plainMember.client)).statusCode, 404);
    const refusedMember = await postForm(t, plainMember.client, page(), { confirmName: name }, `/organisations/${organisationId}/members`);
    assert.equal(refusedMember.statusCode, 404);
    assert.equal((await get(page(), admin.client)).statusCode, 200);
    const wrong = await postForm(t, admin.client, page(), { confirmName: 'Collectif Verane' });
    assert.equal(wrong.statusCode, 422);
    assert.match(wrong.body, /Type the organisation&#39;s name exactly as it is shown above\.|Type the organisation's name exactly as it is shown above\./);
    assert.match(wrong.body, /value="Collectif Verane"/);
    assert.equal(await count('organisations', 'id'), 1);
  });

  it('is refused, changing nothing, while the organisation holds a network’s last coordinators', async () => {
    const refused = await postForm(t, admin.client, page(), { confirmName: `  ${name} ` });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /The organisation was not deleted: the last coordinators of Solo Coalition act through it\./);
    assert.doesNotMatch(refused.body, /Other Allies/, 'only the network that refuses is named');
    assert.equal(await count('organisations', 'id'), 1);
    assert.match((await get(statementPage())).body, new RegExp(name), 'its signature is still in force');
    assert.equal(await count('network_organisations'), 2, 'no network was left');
  });

  it('removes the organisation, its people and places, withdraws its signatures and keeps a trail without its name', async () => {
    const { db } = database();
    assert.match((await get(statementPage())).body, new RegExp(name));
    assert.match((await get(`/search?q=Vérane`)).body, new RegExp(`href="/organisations/${organisationId}"`));
    // Someone from another organisation takes over the solo network's coordination.
    await insertNetworkOrganisation(db, soloNetworkId, otherOrganisationId, t.clock.now().toISOString());
    await insertCoordinator(db, { networkId: soloNetworkId, memberId: otherAdmin.id, organisationId: otherOrganisationId, appointedAt: t.clock.now().toISOString() });

    const deleted = await postForm(t, admin.client, page(), { confirmName: name });
    assert.equal(deleted.statusCode, 303);
    assert.equal(deleted.headers.location, '/organisations?done=deleted');
    assert.match((await get('/organisations?done=deleted', admin.client)).body, /The organisation was deleted\./);
    assert.equal((await get(`/organisations/${organisationId}`, admin.client)).statusCode, 404);

    for (const table of ['organisation_members', 'organisation_invitations', 'network_organisations', 'network_coordinators', 'network_applications', 'statement_signatures']) {
      assert.equal(await count(table), 0, `${table} keeps nothing of it`);
    }
    assert.equal(await count('organisations', 'id'), 0);
    const statement = (await get(statementPage())).body;
    assert.doesNotMatch(statement, new RegExp(name), 'gone from the statement it signed');
    assert.match(statement, /Other Allies/);
    const signed = (await get(`${statementPage()}/signed.json?language=en`)).body;
    assert.match(signed, /Other Allies/);
    assert.doesNotMatch(signed, /Vérane|V\\u00e9rane/, 'the signed file was issued again without it');
    assert.doesNotMatch((await get(`/search?q=Vérane`)).body, new RegExp(`href="/organisations/${organisationId}"`));
    for (const table of ['search_entries', 'statement_signed_files', 'organisation_deletions', 'moderation_cases']) {
      const rows = JSON.stringify(await sql`select * from ${sql.table(table)}`.execute(db));
      assert.ok(!rows.includes('Vérane') && !rows.includes('V\\u00e9rane'), `${table} holds no trace of its name`);
    }
    const trail = await db.selectFrom('organisation_deletions').selectAll().execute();
    assert.deepEqual(trail.map((r) => [r.organisation_id, r.deleted_by, Number(r.signatures_withdrawn)]), [[organisationId, admin.id, 1]]);
    const staffPage = await get(`/staff/network/organisations/${organisationId}`, staff);
    assert.equal(staffPage.statusCode, 410);
    assert.match(staffPage.body, /One of its administrators deleted this organisation on .*; its signature on 1 statement was withdrawn\. Its name is not kept\./);
    assert.doesNotMatch(staffPage.body, /Vérane/);
    assert.match((await get(`/networks/${soloNetworkId}`, otherAdmin.client)).body, /Solo Coalition/, 'the network lives on with its new coordinator');
  });
});
