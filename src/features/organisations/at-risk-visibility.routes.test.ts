// At-risk visibility through the real app, for every kind of viewer issue 6 names: anonymous, a member, a member of
// a verified organisation, a member of another network, a network partner, a platform staff administrator. A hidden
// profile answers exactly like one that does not exist; the name never reaches a page its viewer may not read.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createMember, signUpMember } from '../../../test/support/member.ts';
import { addToOrganisation, createTestNetwork, createTestOrganisation, organisationWithAdmin } from '../../../test/support/network.ts';
import { signedInStaff } from '../../../test/support/staff.ts';
import { CookieJar, createTestApp, type TestApp } from '../../../test/support/test-app.ts';

type Viewer = 'anonymous' | 'member' | 'verified member' | 'other network' | 'network partner' | 'staff administrator';

describeEachEngine('at-risk organisations for every kind of viewer', (database) => {
  let t: TestApp;
  const jars = new Map<Viewer, CookieJar>();
  const ids: Record<'public' | 'verifiedMembers' | 'networksOnly', string> = { public: '', verifiedMembers: '', networksOnly: '' };
  let networkId = '';

  /** Who sees each profile: the rule, written out for the pages. */
  const sees: Record<keyof typeof ids, Viewer[]> = {
    public: ['anonymous', 'member', 'verified member', 'other network', 'network partner', 'staff administrator'],
    // The partner's organisation is unverified and shares no network with this one.
    verifiedMembers: ['verified member', 'staff administrator'],
    networksOnly: ['network partner', 'staff administrator'],
  };
  const names = { public: 'Open Fields Collective', verifiedMembers: 'Quiet River Defenders', networksOnly: 'Night Watch Lawyers' };

  before(async () => {
    const { db, engine } = database();
    t = await createTestApp(db, engine);
    const owner = await organisationWithAdmin(db, { name: names.public });
    ids.public = owner.organisation.id;
    ids.verifiedMembers = (await createTestOrganisation(db, owner.admin.id, { name: names.verifiedMembers, atRiskMode: 'verified-members', countries: ['NG'] })).id;
    const hidden = await createTestOrganisation(db, owner.admin.id, { name: names.networksOnly, atRiskMode: 'networks', countries: ['NG', 'FR'] });
    ids.networksOnly = hidden.id;
    jars.set('anonymous', new CookieJar());
    jars.set('member', (await signUpMember(t)).client);
    const verified = await signUpMember(t);
    await createTestOrganisation(db, verified.id, { verified: true });
    jars.set('verified member', verified.client);
    // A member of an unverified organisation in a network the hidden organisation is not in.
    const elsewhere = await signUpMember(t);
    const elsewhereOrganisation = await createTestOrganisation(db, elsewhere.id, { verified: false });
    await createTestNetwork(db, elsewhere, elsewhereOrganisation);
    jars.set('other network', elsewhere.client);
    // A member of an unverified organisation sharing a network with the hidden one.
    const partner = await signUpMember(t);
    const partnerOrganisation = await createTestOrganisation(db, partner.id, { verified: false });
    networkId = (await createTestNetwork(db, partner, partnerOrganisation, { organisations: [hidden, await createTestOrganisation(db, owner.admin.id, { name: 'Shared Network Ally', atRiskMode: 'verified-members', countries: ['NG'] })] })).id;
    await addToOrganisation(db, partnerOrganisation.id, (await signUpMember(t)).id);
    jars.set('network partner', partner.client);
    jars.set('staff administrator', (await signedInStaff(t, db, { role: 'admin' })).jar);
  });
  after(() => t.app.close());

  const get = (viewer: Viewer, url: string) => t.app.inject({ url, headers: { cookie: jars.get(viewer)!.header() } });

  for (const profile of Object.keys(ids) as (keyof typeof ids)[]) {
    for (const viewer of ['anonymous', 'member', 'verified member', 'other network', 'network partner', 'staff administrator'] as Viewer[]) {
      const visible = sees[profile].includes(viewer);
      it(`${visible ? 'shows' : 'hides'} the ${profile} profile ${visible ? 'to' : 'from'} a ${viewer}, in the directory too`, async () => {
        const page = await get(viewer, `/organisations/${ids[profile]}`);
        assert.equal(page.statusCode, visible ? 200 : 404);
        assert.equal(page.body.includes(names[profile]), visible);
        const directory = await get(viewer, '/organisations');
        assert.equal(directory.body.includes(names[profile]), visible);
      });
    }
  }

  it('answers a hidden profile exactly as a missing one, so existence is not confirmed', async () => {
    const hidden = await get('anonymous', `/organisations/${ids.networksOnly}`);
    const missing = await get('anonymous', '/organisations/00000000-0000-4000-8000-000000000000');
    assert.equal(hidden.statusCode, missing.statusCode);
    assert.equal(hidden.body.replaceAll(ids.networksOnly, 'ID'), missing.body.replaceAll('00000000-0000-4000-8000-000000000000', 'ID'));
    for (const sub of ['members', 'networks', 'edit']) {
      const response = await get('member', `/organisations/${ids.networksOnly}/${sub}`);
      assert.equal(response.statusCode, 404, sub);
      assert.ok(!response.body.includes(names.networksOnly), sub);
    }
  });

  it('names at-risk members of a public network only to those who may see them, with counts by regional group only', async () => {
    const anonymous = await get('anonymous', `/networks/${networkId}`);
    assert.equal(anonymous.statusCode, 200);
    assert.ok(!anonymous.body.includes(names.networksOnly) && !anonymous.body.includes('Shared Network Ally'));
    assert.match(anonymous.body, /An organisation in the African States group \(name withheld for its safety\)/);
    assert.match(anonymous.body, /An organisation \(name withheld for its safety\)/, 'working across groups: no group named');
    assert.match(anonymous.body, /2 organisations in at-risk mode are counted by regional group only/);
    assert.doesNotMatch(anonymous.body, /Nigeria|France/, 'no country that would point at the hidden organisations');
    const partner = await get('network partner', `/networks/${networkId}`);
    assert.ok(partner.body.includes(names.networksOnly) && partner.body.includes('Shared Network Ally'));
    assert.match(partner.body, /Nigeria/);
  });

  it('shows an at-risk member’s name in member lists to co-members only, not to staff administrators', async () => {
    const { db } = database();
    const colleague = await signUpMember(t);
    const organisation = await createTestOrganisation(db, colleague.id, { name: 'Open Newsroom' });
    const reporter = await createMember(db, { displayName: 'Shadow Reporter', atRisk: true });
    await addToOrganisation(db, organisation.id, reporter.id);
    const ownView = await t.app.inject({ url: `/organisations/${organisation.id}/members`, headers: { cookie: colleague.client.header() } });
    assert.match(ownView.body, /Shadow Reporter/);
    const staffView = await get('staff administrator', `/organisations/${organisation.id}/members`);
    assert.equal(staffView.statusCode, 200);
    assert.doesNotMatch(staffView.body, /Shadow Reporter/);
    assert.match(staffView.body, /A member who keeps their name private/);
    assert.equal((await get('verified member', `/organisations/${organisation.id}/members`)).statusCode, 404, 'only its members and staff read the list');
  });
});
