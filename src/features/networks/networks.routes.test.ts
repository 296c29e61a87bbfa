// Network membership through the real app, without JavaScript: creating (422 kept values), invitation → acceptance
// on the organisation's page, request → approval or refusal on the network's page, leaving, the last coordinator
// rule said on the page, and private networks invisible to outsiders.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { signUpMember } from '../../../test/support/member.ts';
import { createTestNetwork, signedInOrganisationAdmin } from '../../../test/support/network.ts';
import { postForm } from '../../../test/support/staff.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

describeEachEngine('network pages', (database) => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp(database().db, database().engine);
  });
  after(() => t.app.close());

  it('creates a network for an organisation its creator administers, keeping what was typed on a refusal', async () => {
    const { organisation, admin } = await signedInOrganisationAdmin(t, { name: 'Tenants Union of Dakar' });
    const form = await t.app.inject({ url: '/networks/new', headers: { cookie: admin.client.header() } });
    assert.match(form.body, new RegExp(`<option value="${organisation.id}">Tenants Union of Dakar</option>`));
    const invalid = await postForm(t, admin.client, '/networks/new', { organisation: organisation.id, name: 'West African Housing Network', scope: '', visibility: 'public', themes: 'housing' });
    assert.equal(invalid.statusCode, 422);
    assert.match(invalid.body, /id="f-scope-error">Choose the network’s scope/);
    assert.match(invalid.body, /value="West African Housing Network"/);
    const created = await postForm(t, admin.client, '/networks/new', { organisation: organisation.id, name: 'West African Housing Network', scope: 'regional', visibility: 'public', themes: 'housing', countries: ['SN', 'ML'] });
    assert.equal(created.statusCode, 303);
    const page = await t.app.inject({ url: String(created.headers.location), headers: { cookie: admin.client.header() } });
    assert.match(page.body, /Your organisation is its first member/);
    assert.match(page.body, /Tenants Union of Dakar/);
    assert.match(page.body, /Coordination of the network|Coordinators/);
    const directory = await t.app.inject({ url: '/networks?theme=housing' });
    assert.match(directory.body, /West African Housing Network/);
  });

  it('invites an organisation from its page; its administrator accepts there', async () => {
    const founder = await signedInOrganisationAdmin(t);
    const invitee = await signedInOrganisationAdmin(t, { name: 'Mining Affected Communities' });
    const network = await createTestNetwork(t.db, founder.admin, founder.organisation, { name: 'Extractives Watch' });
    const organisationNetworks = `/organisations/${invitee.organisation.id}/networks`;
    const offer = await t.app.inject({ url: organisationNetworks, headers: { cookie: founder.admin.client.header() } });
    assert.match(offer.body, /Invite to Extractives Watch/);
    const invited = await postForm(t, founder.admin.client, `/networks/${network.id}/invitations`, { organisation: invitee.organisation.id }, organisationNetworks);
    assert.equal(invited.statusCode, 303);
    const pending = await t.app.inject({ url: organisationNetworks, headers: { cookie: invitee.admin.client.header() } });
    assert.match(pending.body, /Invitations to join/);
    const accepted = await postForm(t, invitee.admin.client, `/networks/${network.id}/applications/${invitee.organisation.id}/accept`, {}, organisationNetworks);
    assert.equal(accepted.statusCode, 303);
    const page = await t.app.inject({ url: `/networks/${network.id}` });
    assert.match(page.body, /Mining Affected Communities/);
    assert.doesNotMatch(page.body, /\/threads"/, 'a reader outside the network is not shown its work');
    const asMember = await t.app.inject({ url: `/networks/${network.id}`, headers: { cookie: invitee.admin.client.header() } });
    assert.match(asMember.body, new RegExp(`href="/networks/${network.id}/statements"`));
    assert.match(asMember.body, new RegExp(`href="/networks/${network.id}/threads"`));
  });

  it('lets an organisation ask to join; coordinators decline or approve it on the network page', async () => {
    const founder = await signedInOrganisationAdmin(t);
    const asker = await signedInOrganisationAdmin(t, { name: 'River Keepers' });
    const network = await createTestNetwork(t.db, founder.admin, founder.organisation);
    const page = `/networks/${network.id}`;
    const asking = await t.app.inject({ url: page, headers: { cookie: asker.admin.client.header() } });
    assert.match(asking.body, /Ask to join/);
    assert.equal((await postForm(t, asker.admin.client, `${page}/requests`, { organisation: asker.organisation.id }, page)).statusCode, 303);
    const coordinatorView = await t.app.inject({ url: page, headers: { cookie: founder.admin.client.header() } });
    assert.match(coordinatorView.body, /Requests to join[\s\S]*River Keepers/);
    const declined = await postForm(t, founder.admin.client, `${page}/applications/${asker.organisation.id}/decline`, {}, page);
    assert.equal(declined.headers.location, `${page}?done=declined`);
    assert.doesNotMatch((await t.app.inject({ url: page })).body, /River Keepers/);
    await postForm(t, asker.admin.client, `${page}/requests`, { organisation: asker.organisation.id }, page);
    const approved = await postForm(t, founder.admin.client, `${page}/applications/${asker.organisation.id}/accept`, {}, page);
    assert.equal(approved.headers.location, `${page}?done=joined`);
    assert.match((await t.app.inject({ url: page })).body, /River Keepers/);
    const stranger = await signUpMember(t);
    const refused = await postForm(t, stranger.client, `${page}/applications/${asker.organisation.id}/accept`, {}, '/networks/new');
    assert.equal(refused.statusCode, 404);
  });

  it('keeps the last coordinator’s organisation in until it hands over, then lets it leave', async () => {
    const founder = await signedInOrganisationAdmin(t);
    const other = await signedInOrganisationAdmin(t);
    const network = await createTestNetwork(t.db, founder.admin, founder.organisation, { organisations: [other.organisation] });
    const page = `/networks/${network.id}`;
    const refused = await postForm(t, founder.admin.client, `${page}/organisations/${founder.organisation.id}/leave`, {}, page);
    assert.equal(refused.headers.location, `${page}?problem=last-coordinator`);
    const said = await t.app.inject({ url: String(refused.headers.location), headers: { cookie: founder.admin.client.header() } });
    assert.match(said.body, /A network must keep a coordinator/);
    assert.equal((await postForm(t, founder.admin.client, `${page}/coordinators`, { member: other.admin.id }, page)).headers.location, `${page}?done=appointed`);
    const left = await postForm(t, founder.admin.client, `${page}/organisations/${founder.organisation.id}/leave`, {}, page);
    assert.equal(left.headers.location, '/networks?done=left');
    const after = await t.app.inject({ url: page, headers: { cookie: other.admin.client.header() } });
    assert.doesNotMatch(after.body, new RegExp(founder.organisation.name));
  });

  it('hides a private network from everyone outside it, as if it did not exist, and shows it to an invited organisation', async () => {
    const founder = await signedInOrganisationAdmin(t);
    const network = await createTestNetwork(t.db, founder.admin, founder.organisation, { name: 'Confidential Defenders Circle', visibility: 'private' });
    const outsider = await signedInOrganisationAdmin(t);
    for (const cookie of ['', outsider.admin.client.header()]) {
      const page = await t.app.inject({ url: `/networks/${network.id}`, headers: { cookie } });
      const missing = await t.app.inject({ url: '/networks/00000000-0000-4000-8000-000000000000', headers: { cookie } });
      assert.equal(page.statusCode, 404);
      assert.equal(page.body.replaceAll(network.id, 'ID'), missing.body.replaceAll('00000000-0000-4000-8000-000000000000', 'ID'));
      assert.doesNotMatch((await t.app.inject({ url: '/networks', headers: { cookie } })).body, /Confidential Defenders Circle/);
    }
    assert.match((await t.app.inject({ url: '/networks', headers: { cookie: founder.admin.client.header() } })).body, /Confidential Defenders Circle/);
    const orgNetworks = `/organisations/${outsider.organisation.id}/networks`;
    await postForm(t, founder.admin.client, `/networks/${network.id}/invitations`, { organisation: outsider.organisation.id }, orgNetworks);
    const invitedView = await t.app.inject({ url: `/networks/${network.id}`, headers: { cookie: outsider.admin.client.header() } });
    assert.equal(invitedView.statusCode, 200);
    assert.match(invitedView.body, /is invited to join this network/);
    assert.doesNotMatch(invitedView.body, /Coordinators/, 'not yet a member: the coordinators are not shown');
  });
});
