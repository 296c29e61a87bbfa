// Organisations and networks in the search index, by audience: public profiles and public networks for everyone;
// at-risk organisations and private networks never, and out of the index as soon as they become so.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createTestNetwork, organisationWithAdmin } from '../../../test/support/network.ts';
import { updateOrganisationDetails } from '../organisations/update-organisation.ts';
import { search } from '../search/index.ts';
import { updateNetworkDetails } from './update-network.ts';

const now = new Date('2026-12-03T12:00:00Z');

describeEachEngine('organisations and networks in search', (database, engine) => {
  const find = async (query: string, audience: 'public' | 'members' = 'members') =>
    (await search(database().db, engine, { query, audience, limit: 20, offset: 0 })).results.map((r) => `${r.entry.kind}:${r.entry.title}`);

  it('indexes a public organisation for everyone and drops it when it turns at-risk', async () => {
    const { db } = database();
    const { organisation, admin } = await organisationWithAdmin(db, { name: 'Asociación Tierra Viva', countries: ['PE'], themes: ['food-and-land'] });
    assert.deepEqual(await find('tierra', 'public'), ['organisation:Asociación Tierra Viva']);
    assert.deepEqual(await find('tierra viva'), ['organisation:Asociación Tierra Viva']);
    const hidden = await updateOrganisationDetails(db, admin.id, organisation.id, { ...organisation, countries: [...organisation.countries], themes: [...organisation.themes], languages: [], atRiskMode: 'verified-members' }, now);
    assert.equal(hidden.kind, 'updated');
    assert.deepEqual(await find('tierra'), [], 'not even signed-in members find an at-risk organisation');
  });

  it('never indexes an organisation created at-risk', async () => {
    const { db } = database();
    await organisationWithAdmin(db, { name: 'Silent Harbour Collective', atRiskMode: 'networks' });
    assert.deepEqual(await find('harbour'), []);
  });

  it('indexes public networks only, and forgets one made private', async () => {
    const { db } = database();
    const { organisation, admin } = await organisationWithAdmin(db);
    const open = await createTestNetwork(db, admin, organisation, { name: 'Réseau Eau Potable Sahel' });
    await createTestNetwork(db, admin, organisation, { name: 'Réseau Confidentiel Sahel', visibility: 'private' });
    assert.deepEqual(await find('reseau sahel', 'public'), ['network:Réseau Eau Potable Sahel']);
    const details = { name: open.name, scope: open.scope, themes: [...open.themes], countries: [], visibility: 'private' as const, description: '' };
    assert.equal(await updateNetworkDetails(db, admin.id, open.id, details, now), 'updated');
    assert.deepEqual(await find('sahel'), []);
  });
});
