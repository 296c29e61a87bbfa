// Hiding an organisation's profile, end to end on both engines: a member reports it, platform staff hide it with a
// reason; outsiders read only its name and "hidden by moderators", its members and staff the whole profile; it leaves
// the directory and search, an edit does not bring it back; its administrators (not its plain members) are told and
// appeal; restoring puts it back.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { signUpMember } from '../../../test/support/member.ts';
import { addToOrganisation, signedInOrganisationAdmin } from '../../../test/support/network.ts';
import { postForm, signedInStaff } from '../../../test/support/staff.ts';
import { createTestApp, type CookieJar, type TestApp } from '../../../test/support/test-app.ts';
import { updateOrganisationDetails } from './update-organisation.ts';

type Member = Awaited<ReturnType<typeof signUpMember>>;

describeEachEngine('hiding an organisation profile', (database) => {
  let t: TestApp;
  let admin: Member;
  let secondAdmin: Member;
  let plainMember: Member;
  let reporter: Member;
  let staff: CookieJar;
  let organisationId: string;
  let caseId: string;
  const get = (url: string, client?: CookieJar) => t.app.inject({ url, headers: client ? { cookie: client.header() } : {} });
  const name = 'Comité Zorbaline des Droits';

  before(async () => {
    const { db, engine } = database();
    t = await createTestApp(db, engine);
    const founded = await signedInOrganisationAdmin(t, { name });
    admin = founded.admin;
    organisationId = founded.organisation.id;
    await updateOrganisationDetails(db, admin.id, organisationId, {
      name, kind: 'ngo', countries: ['SN'], themes: ['housing'], languages: ['fr'], atRiskMode: 'off',
      description: 'We defend tenants facing eviction.', website: 'https://zorbaline.example/',
    }, t.clock.now());
    secondAdmin = await signUpMember(t);
    plainMember = await signUpMember(t);
    await addToOrganisation(db, organisationId, secondAdmin.id, 'admin');
    await addToOrganisation(db, organisationId, plainMember.id);
    reporter = await signUpMember(t);
    staff = (await signedInStaff(t, db)).jar;
  });
  after(() => t.app.close());

  const profile = () => `/organisations/${organisationId}`;
  const inSearch = async () => (await get(`/search?q=Zorbaline`)).body.includes(`href="${profile()}"`);

  it('offers a Report link to others only, hides with a reason, and shows outsiders only the name and why', async () => {
    assert.match((await get(profile(), reporter.client)).body, new RegExp(`href="/report/organisation/${organisationId}"`));
    assert.doesNotMatch((await get(profile(), admin.client)).body, /\/report\/organisation\//, 'no Report link on one’s own organisation');
    assert.ok(await inSearch(), 'a public profile is in search before it is hidden');

    const reported = await postForm(t, reporter.client, `/report/organisation/${organisationId}`, { reason: 'disinformation', note: 'Impersonates a real committee.' });
    assert.equal(reported.headers.location, '/moderation/notices?done=reported');
    const queue = (await get('/staff/network/moderation', staff)).body;
    caseId = new RegExp(`href="/staff/network/moderation/cases/([\\w-]+)">${name}<`).exec(queue)?.[1] ?? '';
    assert.ok(caseId, 'the report reaches platform staff');
    const casePage = (await get(`/staff/network/moderation/cases/${caseId}`, staff)).body;
    assert.match(casePage, /<dt>Author<\/dt><dd>None: an organisation’s profile speaks for the organisation, and its administrators answer for it<\/dd>/);
    assert.doesNotMatch(casePage, /a former member/, 'nobody left: a profile has no personal author');
    assert.doesNotMatch((await get('/moderation', admin.client)).body, new RegExp(name), 'never its own members’ desk');
    const hidden = await postForm(t, staff, `/staff/network/moderation/cases/${caseId}/hide`, { hideReason: 'disinformation', hideNote: '' }, `/staff/network/moderation/cases/${caseId}`);
    assert.equal(hidden.headers.location, `/staff/network/moderation/cases/${caseId}?done=hidden`);

    for (const client of [undefined, reporter.client]) {
      const page = await get(profile(), client);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, new RegExp(`<h1>${name}</h1>`));
      assert.match(page.body, /Hidden by moderators\. Reason: Disinformation\./);
      assert.doesNotMatch(page.body, /defend tenants|zorbaline\.example|\/report\/organisation\//);
    }
    for (const client of [plainMember.client, staff]) {
      const page = (await get(profile(), client)).body;
      assert.match(page, /Hidden by moderators\. Reason: Disinformation\./);
      assert.match(page, /We defend tenants facing eviction\./);
      assert.match(page, /https:\/\/zorbaline\.example\//);
    }
    assert.match((await get(profile(), plainMember.client)).body, /href="\/moderation\/notices"/);
    assert.doesNotMatch((await get('/organisations')).body, new RegExp(name), 'out of the public directory');
    assert.doesNotMatch((await get('/organisations', reporter.client)).body, new RegExp(name));
    assert.match((await get('/organisations', plainMember.client)).body, new RegExp(name), 'still listed for its own members');
    assert.equal(await inSearch(), false, 'out of search');
  });

  it('keeps a hidden profile out of search when its administrators edit it', async () => {
    await updateOrganisationDetails(database().db, admin.id, organisationId, {
      name, kind: 'ngo', countries: ['SN'], themes: ['housing'], languages: ['fr'], atRiskMode: 'off',
      description: 'We defend tenants facing eviction, and more.', website: null,
    }, t.clock.now());
    assert.equal(await inSearch(), false);
    assert.match((await get(profile())).body, /Hidden by moderators/, 'an edit does not undo the hiding');
  });

  it('tells every administrator, not plain members, and lets one appeal; restoring brings the profile back', async () => {
    for (const client of [admin.client, secondAdmin.client]) {
      assert.match((await get('/moderation/notices', client)).body, new RegExp(`“${name}” was hidden on .*Reason: Disinformation\\.`));
    }
    const plainNotices = (await get('/moderation/notices', plainMember.client)).body;
    assert.doesNotMatch(plainNotices, new RegExp(`“${name}” was hidden`));
    const actionId = /action="\/moderation\/appeals\/([\w-]+)"/.exec((await get('/moderation/notices', secondAdmin.client)).body)![1]!;
    const refused = await postForm(t, plainMember.client, `/moderation/appeals/${actionId}`, { statement: 'Not ours to hide.' }, `${profile()}/members`);
    assert.equal(refused.statusCode, 404, 'a plain member cannot appeal for the organisation');
    const appealed = await postForm(t, secondAdmin.client, `/moderation/appeals/${actionId}`, { statement: 'We are the committee; here is our registration.' }, '/moderation/notices');
    assert.equal(appealed.headers.location, '/moderation/notices?done=appealed');
    for (const client of [admin.client, secondAdmin.client]) {
      const notices = (await get('/moderation/notices', client)).body;
      assert.match(notices, /A review was asked for on .*; it is waiting for a moderator\./, 'each administrator sees the appeal is pending');
      assert.doesNotMatch(notices, /You asked for a review/, 'appeals do not record which administrator asked');
    }

    const otherStaff = (await signedInStaff(t, database().db)).jar;
    const desk = (await get(`/staff/network/moderation/cases/${caseId}`, otherStaff)).body;
    const appealId = /action="\/staff\/network\/moderation\/appeals\/([\w-]+)\/decide"/.exec(desk)![1]!;
    assert.match(desk, /One of the organisation’s administrators wrote:/);
    assert.doesNotMatch(desk, /The author wrote:/);
    const decided = await postForm(t, otherStaff, `/staff/network/moderation/appeals/${appealId}/decide`, { outcome: 'restored', decisionNote: 'Registration checked.' }, `/staff/network/moderation/cases/${caseId}`);
    assert.equal(decided.statusCode, 303);
    assert.match((await get(profile())).body, /We defend tenants facing eviction, and more\./);
    assert.ok(await inSearch(), 'back in search once restored');
    assert.match((await get('/moderation/notices', admin.client)).body, /Registration checked\./, 'administrators read the outcome');
  });
});
