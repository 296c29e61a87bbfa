// Network membership flows on both engines: creating, invitation → acceptance, request → approval or refusal, the
// second ask completing the first, leaving, and the rule that a network always keeps a coordinator.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createMember } from '../../../test/support/member.ts';
import { addToOrganisation, createTestNetwork, organisationWithAdmin } from '../../../test/support/network.ts';
import type { Organisation } from '../organisations/index.ts';
import { answerApplication, askToJoin } from './applications.ts';
import { appointCoordinator, removeCoordinator } from './coordinators.ts';
import { createNetwork } from './create-network.ts';
import { leaveNetwork } from './leave-network.ts';
import { isCoordinator, isNetworkMember, networksOfMember } from './membership-queries.ts';
import { countByPlace } from './network-counts.ts';
import { listCoordinators, listNetworkOrganisationIds } from './network-membership.repository.ts';

const now = new Date('2026-12-03T10:00:00Z');
const details = { name: 'Sahel Land Rights Coalition', scope: 'regional' as const, themes: [], countries: ['ML', 'NE'], visibility: 'public' as const, description: '' };

describeEachEngine('networks', (database) => {
  type Admined = { organisation: Organisation; admin: { id: string } };
  let founder: Admined;
  let joiner: Admined;
  let bystander: Admined;
  before(async () => {
    const { db } = database();
    [founder, joiner, bystander] = [await organisationWithAdmin(db), await organisationWithAdmin(db), await organisationWithAdmin(db)];
  });

  it('makes the founding organisation the first member and its administrator the first coordinator', async () => {
    const { db } = database();
    const refused = await createNetwork(db, bystander.admin.id, founder.organisation.id, details, now);
    assert.equal(refused.kind, 'invalid', 'only an administrator of the organisation may found a network with it');
    const created = await createNetwork(db, founder.admin.id, founder.organisation.id, details, now);
    assert.equal(created.kind, 'created');
    if (created.kind !== 'created') return;
    assert.deepEqual(await listNetworkOrganisationIds(db, created.network.id), [founder.organisation.id]);
    assert.ok(await isCoordinator(db, created.network.id, founder.admin.id));
    assert.ok(await isNetworkMember(db, created.network.id, founder.admin.id));
    assert.ok(!(await isNetworkMember(db, created.network.id, joiner.admin.id)));
    assert.deepEqual((await networksOfMember(db, founder.admin.id)).map((n) => n.id), [created.network.id]);
  });

  it('brings an organisation in by invitation once its administrator accepts', async () => {
    const { db } = database();
    const network = await createTestNetwork(db, founder.admin, founder.organisation);
    assert.equal(await askToJoin(db, 'invitation', joiner.admin.id, network.id, bystander.organisation.id, now), 'not-found', 'only coordinators invite');
    assert.equal(await askToJoin(db, 'invitation', founder.admin.id, network.id, joiner.organisation.id, now), 'asked');
    assert.equal(await askToJoin(db, 'invitation', founder.admin.id, network.id, joiner.organisation.id, now), 'already-asked');
    assert.equal(await answerApplication(db, bystander.admin.id, network.id, joiner.organisation.id, true, now), 'not-found', 'another organisation cannot accept');
    assert.equal(await answerApplication(db, founder.admin.id, network.id, joiner.organisation.id, true, now), 'not-found', 'the inviter cannot accept for them');
    assert.equal(await answerApplication(db, joiner.admin.id, network.id, joiner.organisation.id, true, now), 'joined');
    assert.ok(await isNetworkMember(db, network.id, joiner.admin.id));
    assert.equal(await askToJoin(db, 'request', joiner.admin.id, network.id, joiner.organisation.id, now), 'already-member');
  });

  it('answers join requests: coordinators approve or decline, the asking organisation may withdraw', async () => {
    const { db } = database();
    const network = await createTestNetwork(db, founder.admin, founder.organisation);
    assert.equal(await askToJoin(db, 'request', founder.admin.id, network.id, joiner.organisation.id, now), 'not-found', 'only its administrators ask for an organisation');
    assert.equal(await askToJoin(db, 'request', joiner.admin.id, network.id, joiner.organisation.id, now), 'asked');
    assert.equal(await answerApplication(db, joiner.admin.id, network.id, joiner.organisation.id, true, now), 'not-found', 'an organisation cannot approve itself');
    assert.equal(await answerApplication(db, founder.admin.id, network.id, joiner.organisation.id, false, now), 'declined');
    assert.ok(!(await isNetworkMember(db, network.id, joiner.admin.id)));
    assert.equal(await askToJoin(db, 'request', joiner.admin.id, network.id, joiner.organisation.id, now), 'asked');
    assert.equal(await answerApplication(db, joiner.admin.id, network.id, joiner.organisation.id, false, now), 'declined', 'withdrawn');
    assert.equal(await askToJoin(db, 'request', bystander.admin.id, network.id, bystander.organisation.id, now), 'asked');
    assert.equal(await answerApplication(db, founder.admin.id, network.id, bystander.organisation.id, true, now), 'joined');
    assert.ok(await isNetworkMember(db, network.id, bystander.admin.id));
  });

  it('lets the second ask complete the first', async () => {
    const { db } = database();
    const network = await createTestNetwork(db, founder.admin, founder.organisation);
    assert.equal(await askToJoin(db, 'request', joiner.admin.id, network.id, joiner.organisation.id, now), 'asked');
    assert.equal(await askToJoin(db, 'invitation', founder.admin.id, network.id, joiner.organisation.id, now), 'joined');
  });

  it('keeps a coordinator: the last one cannot step down, nor their organisation leave, until they hand over', async () => {
    const { db } = database();
    const network = await createTestNetwork(db, founder.admin, founder.organisation, { organisations: [joiner.organisation] });
    assert.equal(await leaveNetwork(db, founder.admin.id, network.id, founder.organisation.id), 'last-coordinator');
    assert.equal(await removeCoordinator(db, founder.admin.id, network.id, founder.admin.id), 'last-coordinator');
    assert.equal(await appointCoordinator(db, founder.admin.id, network.id, bystander.admin.id, now), 'not-a-member');
    assert.equal(await appointCoordinator(db, joiner.admin.id, network.id, joiner.admin.id, now), 'not-found', 'only coordinators appoint');
    assert.equal(await appointCoordinator(db, founder.admin.id, network.id, joiner.admin.id, now), 'appointed');
    assert.equal(await appointCoordinator(db, founder.admin.id, network.id, joiner.admin.id, now), 'already-coordinator');
    assert.equal(await leaveNetwork(db, bystander.admin.id, network.id, founder.organisation.id), 'not-found', 'only its administrators take an organisation out');
    assert.equal(await leaveNetwork(db, founder.admin.id, network.id, founder.organisation.id), 'left');
    assert.deepEqual((await listCoordinators(db, network.id)).map((c) => c.memberId), [joiner.admin.id]);
    assert.ok(!(await isNetworkMember(db, network.id, founder.admin.id)));
  });

  it('ends coordination held through an organisation when its member leaves it, unless they are the last', async () => {
    const { db } = database();
    const member = await createMember(db);
    await addToOrganisation(db, joiner.organisation.id, member.id);
    const network = await createTestNetwork(db, founder.admin, founder.organisation, { organisations: [joiner.organisation] });
    assert.equal(await appointCoordinator(db, founder.admin.id, network.id, member.id, now), 'appointed');
    assert.equal(await removeCoordinator(db, member.id, network.id, founder.admin.id), 'stepped-down');
    assert.equal(await removeCoordinator(db, member.id, network.id, member.id), 'last-coordinator');
  });
});

it('countByPlace counts withheld organisations by regional group only', () => {
  const counts = countByPlace([
    { countries: ['SN', 'FR'], nameVisible: true },
    { countries: ['ML'], nameVisible: false },
    { countries: ['PS'], nameVisible: true },
  ]);
  assert.deepEqual(counts.byCountry, { SN: 1, FR: 1, PS: 1 });
  assert.equal(counts.byRegionalGroup.african, 2);
  assert.equal(counts.byRegionalGroup['western-european-others'], 1);
  assert.equal(counts.byRegionalGroup.none, 1);
  assert.equal(counts.withheldFromCountries, 1);
});
