// Staff verification through the real app: an administrator verifies with evidence that only staff pages show;
// members and the public see the mark, never the evidence; other staff roles and members cannot reach the pages.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { signUpMember } from '../../../test/support/member.ts';
import { addToOrganisation, signedInOrganisationAdmin } from '../../../test/support/network.ts';
import { postForm, signedInStaff } from '../../../test/support/staff.ts';
import { createTestApp, type CookieJar, type TestApp } from '../../../test/support/test-app.ts';

const evidence = 'Registry entry 4471 confirmed by telephone with the director';

describeEachEngine('staff verification of organisations', (database) => {
  let t: TestApp;
  let staff: CookieJar;
  before(async () => {
    t = await createTestApp(database().db, database().engine);
    staff = (await signedInStaff(t, database().db, { role: 'admin' })).jar;
  });
  after(() => t.app.close());

  it('verifies with private evidence: the mark is public, the evidence only on staff pages and never in the audit log', async () => {
    const { organisation, admin } = await signedInOrganisationAdmin(t, { name: 'Delta Fisherfolk Union', verified: false });
    const member = await signUpMember(t);
    await addToOrganisation(t.db, organisation.id, member.id);
    const staffPage = `/staff/network/organisations/${organisation.id}`;
    const list = await t.app.inject({ url: '/staff/network/organisations', headers: { cookie: staff.header() } });
    assert.match(list.body, /Delta Fisherfolk Union/, 'listed among the organisations to verify');

    const empty = await postForm(t, staff, `${staffPage}/verification`, { decision: 'verify', evidence: ' ' }, staffPage);
    assert.equal(empty.statusCode, 422);
    assert.match(empty.body, /Say what you checked/);
    const verified = await postForm(t, staff, `${staffPage}/verification`, { decision: 'verify', evidence }, staffPage);
    assert.equal(verified.statusCode, 303);
    const page = await t.app.inject({ url: staffPage, headers: { cookie: staff.header() } });
    assert.ok(page.body.includes(evidence));

    for (const cookie of ['', admin.client.header(), member.client.header()]) {
      const profile = await t.app.inject({ url: `/organisations/${organisation.id}`, headers: { cookie } });
      assert.match(profile.body, /class="badge verified">Verified</);
      assert.ok(!profile.body.includes('4471'), 'the evidence stays with staff');
      const members = await t.app.inject({ url: `/organisations/${organisation.id}/members`, headers: { cookie } });
      assert.ok(!members.body.includes('4471'));
    }
    const asMember = await t.app.inject({ url: staffPage, headers: { cookie: member.client.header() } });
    assert.equal(asMember.statusCode, 303);
    assert.match(String(asMember.headers.location), /^\/staff\/sign-in/);
    const analyst = (await signedInStaff(t, t.db, { role: 'analyst' })).jar;
    assert.equal((await t.app.inject({ url: staffPage, headers: { cookie: analyst.header() } })).statusCode, 404);

    const audit = await t.app.inject({ url: '/staff/audit', headers: { cookie: staff.header() } });
    assert.match(audit.body, /Verified an organisation/);
    assert.match(audit.body, new RegExp(`href="${staffPage}"`));
    assert.ok(!audit.body.includes('4471'));
    const events = await t.db.selectFrom('audit_events').select('details').where('subject_id', '=', organisation.id).execute();
    assert.ok(events.length === 1 && !events[0]!.details.includes('4471'));
  });

  it('withdraws the mark, keeping the history', async () => {
    const { organisation } = await signedInOrganisationAdmin(t, { name: 'Former Partners' });
    const staffPage = `/staff/network/organisations/${organisation.id}`;
    const withdrawn = await postForm(t, staff, `${staffPage}/verification`, { decision: 'unverify', evidence: 'Registration revoked' }, staffPage);
    assert.equal(withdrawn.statusCode, 303);
    const profile = await t.app.inject({ url: `/organisations/${organisation.id}` });
    assert.doesNotMatch(profile.body, /badge verified/);
    const page = await t.app.inject({ url: staffPage, headers: { cookie: staff.header() } });
    assert.match(page.body, /Verification withdrawn/);
    assert.match(page.body, /Registration revoked/);
  });
});
