// A coordinator removes an organisation from the network, end to end on both engines: only coordinators, only with a
// reason; never the organisation the last coordinators act through; its members' coordination ends; its
// administrators, and nobody else, read the reason on their organisation's networks page.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { signUpMember } from '../../../test/support/member.ts';
import { addToOrganisation, createTestNetwork, signedInOrganisationAdmin } from '../../../test/support/network.ts';
import { postForm } from '../../../test/support/staff.ts';
import { createTestApp, type CookieJar, type TestApp } from '../../../test/support/test-app.ts';
import { isCoordinatorOf, isOrganisationInNetwork } from './network-membership.repository.ts';

type Member = Awaited<ReturnType<typeof signUpMember>>;

describeEachEngine('removing an organisation from a network', (database) => {
  let t: TestApp;
  let coordinator: Member;
  let removedAdmin: Member;
  let removedMember: Member;
  let bystander: Member;
  let networkId: string;
  let soloNetworkId: string;
  let organisationId: string;
  let coordinatorOrganisationId: string;
  const get = (url: string, client?: CookieJar) => t.app.inject({ url, headers: client ? { cookie: client.header() } : {} });
  const reason = 'Published the home address of a journalist in our shared forum.';

  before(async () => {
    const { db, engine } = database();
    t = await createTestApp(db, engine);
    const home = await signedInOrganisationAdmin(t, { name: 'Coordinating Kenya' });
    coordinator = home.admin;
    coordinatorOrganisationId = home.organisation.id;
    const removed = await signedInOrganisationAdmin(t, { name: 'Abyssal Rights Front' });
    removedAdmin = removed.admin;
    organisationId = removed.organisation.id;
    removedMember = await signUpMember(t);
    await addToOrganisation(db, organisationId, removedMember.id);
    const other = await signedInOrganisationAdmin(t, { name: 'Bystander Union' });
    bystander = other.admin;
    networkId = (await createTestNetwork(db, coordinator, home.organisation, {
      name: 'Delta Coalition', organisations: [removed.organisation, other.organisation], coordinators: [{ memberId: removedMember.id, organisationId }],
    })).id;
    soloNetworkId = (await createTestNetwork(db, coordinator, home.organisation, { name: 'Solo Front', organisations: [removed.organisation] })).id;
  });
  after(() => t.app.close());

  const form = (network = networkId, organisation = organisationId) => `/networks/${network}/organisations/${organisation}/remove`;

  it('is offered to coordinators only', async () => {
    assert.match((await get(`/networks/${networkId}`, coordinator.client)).body, new RegExp(`href="${form()}"`));
    assert.doesNotMatch((await get(`/networks/${networkId}`, bystander.client)).body, /\/remove"/);
    assert.equal((await get(form(), bystander.client)).statusCode, 404);
    const refused = await postForm(t, bystander.client, form(), { reason }, `/networks/${networkId}`);
    assert.equal(refused.statusCode, 404);
    assert.ok(await isOrganisationInNetwork(database().db, networkId, organisationId));
    const page = await get(form(), coordinator.client);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Remove Abyssal Rights Front from Delta Coalition/);
  });

  it('asks for the reason, keeping the page as it was', async () => {
    const refused = await postForm(t, coordinator.client, form(), { reason: '   ' });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /Give the reason its administrators will read\./);
    assert.ok(await isOrganisationInNetwork(database().db, networkId, organisationId));
  });

  it('never removes the organisation the last coordinators act through', async () => {
    const refused = await postForm(t, coordinator.client, form(soloNetworkId, coordinatorOrganisationId), { reason: 'Stepping back.' });
    assert.equal(refused.headers.location, `/networks/${soloNetworkId}?problem=last-coordinator`);
    assert.match((await get(String(refused.headers.location), coordinator.client)).body, /A network must keep a coordinator/);
    assert.ok(await isOrganisationInNetwork(database().db, soloNetworkId, coordinatorOrganisationId));
  });

  it('removes it with its members’ coordination and tells its administrators why', async () => {
    const { db } = database();
    assert.ok(await isCoordinatorOf(db, networkId, removedMember.id));
    const removed = await postForm(t, coordinator.client, form(), { reason: `  ${reason} ` });
    assert.equal(removed.headers.location, `/networks/${networkId}?done=removed`);
    assert.match((await get(String(removed.headers.location), coordinator.client)).body, /The organisation was removed from the network/);
    assert.equal(await isOrganisationInNetwork(db, networkId, organisationId), false);
    assert.equal(await isCoordinatorOf(db, networkId, removedMember.id), false, 'its member coordinates no more');
    assert.ok(await isOrganisationInNetwork(db, soloNetworkId, organisationId), 'other networks are untouched');

    const networksPage = `/organisations/${organisationId}/networks`;
    const seen = (await get(networksPage, removedAdmin.client)).body;
    assert.match(seen, /The coordinators of Delta Coalition removed your organisation on .*\. Their reason:/);
    assert.match(seen, new RegExp(`<blockquote>${reason}</blockquote>`));
    for (const client of [removedMember.client, bystander.client, undefined]) {
      assert.doesNotMatch((await get(networksPage, client)).body, /journalist/, 'the reason is for its administrators only');
    }
    assert.equal((await get(form(), coordinator.client)).statusCode, 404, 'an organisation no longer in the network cannot be removed again');
  });
});
