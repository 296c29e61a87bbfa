import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anonymousViewer, organisationVisibleTo, publicNameOf, viewerKind, type Viewer } from './visibility.ts';
import type { AtRiskMode } from './organisation.ts';

const organisation = (atRiskMode: AtRiskMode) => ({ id: 'org', name: 'Defenders of the Delta', countries: ['NG', 'GH'], atRiskMode, networkIds: ['net'] });

const viewers: Record<string, Viewer> = {
  anonymous: anonymousViewer,
  member: { ...anonymousViewer, memberId: 'm1' },
  'verified-member': { ...anonymousViewer, memberId: 'm2', organisationIds: new Set(['other']), memberOfVerifiedOrganisation: true },
  'other-network member': { ...anonymousViewer, memberId: 'm3', organisationIds: new Set(['other']), networkIds: new Set(['elsewhere']) },
  'network partner': { ...anonymousViewer, memberId: 'm4', organisationIds: new Set(['partner']), networkIds: new Set(['net']) },
  'own member': { ...anonymousViewer, memberId: 'm5', organisationIds: new Set(['org']) },
  'staff administrator': { ...anonymousViewer, staffAdministrator: true },
};

/** Who sees the profile, per at-risk mode: the rule issue 6 asks for, written out as a table. */
const expected: Record<AtRiskMode, string[]> = {
  off: Object.keys(viewers),
  'verified-members': ['verified-member', 'network partner', 'own member', 'staff administrator'],
  networks: ['network partner', 'own member', 'staff administrator'],
};

describe('organisationVisibleTo', () => {
  for (const mode of Object.keys(expected) as AtRiskMode[]) {
    for (const [who, viewer] of Object.entries(viewers)) {
      const visible = expected[mode].includes(who);
      it(`${visible ? 'shows' : 'hides'} a profile in mode ${mode} to a ${who}`, () => {
        assert.equal(organisationVisibleTo(viewer, organisation(mode)), visible);
      });
    }
  }

  it('does not let a verified member of another network see a networks-only organisation', () => {
    const viewer: Viewer = { ...viewers['other-network member']!, memberOfVerifiedOrganisation: true };
    assert.equal(viewerKind(viewer, organisation('networks')), 'verified-member');
    assert.equal(organisationVisibleTo(viewer, organisation('networks')), false);
  });
});

describe('publicNameOf', () => {
  it('gives the name to whoever may see the organisation', () => {
    assert.deepEqual(publicNameOf(organisation('networks'), viewers['network partner']!), { kind: 'name', name: 'Defenders of the Delta' });
    assert.deepEqual(publicNameOf(organisation('off'), anonymousViewer), { kind: 'name', name: 'Defenders of the Delta' });
  });

  it('withholds the name of an at-risk organisation, saying no more than its sole UN regional group', () => {
    assert.deepEqual(publicNameOf(organisation('verified-members'), anonymousViewer), { kind: 'withheld', regionalGroup: 'african' });
    const acrossGroups = { ...organisation('networks'), countries: ['NG', 'FR'] };
    assert.deepEqual(publicNameOf(acrossGroups, viewers.member!), { kind: 'withheld', regionalGroup: null });
    const outsideGroups = { ...organisation('networks'), countries: ['PS'] };
    assert.deepEqual(publicNameOf(outsideGroups, viewers.member!), { kind: 'withheld', regionalGroup: null });
  });

  it('carries no trace of the organisation in a withheld name', () => {
    const withheld = JSON.stringify(publicNameOf(organisation('networks'), anonymousViewer));
    for (const trace of ['Defenders', '"NG"', '"GH"', '"org"', '"net"']) assert.ok(!withheld.includes(trace), trace);
  });
});
