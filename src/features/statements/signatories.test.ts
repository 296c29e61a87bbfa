import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countSignatories, orderSignatories, regionalGroupsOf, type Signatory } from './signatories.ts';

const named = (name: string, countries: string[], signedAt = '2026-12-01T10:00:00Z'): Signatory => ({
  organisationId: name, name, countries, regionalGroups: regionalGroupsOf(countries), memberOfIssuingNetwork: name === 'A', signedAt,
});
const withheld = (id: string, regionalGroups: Signatory['regionalGroups'], signedAt = '2026-12-01T10:00:00Z'): Signatory => ({
  organisationId: id, name: null, countries: [], regionalGroups, memberOfIssuingNetwork: false, signedAt,
});

describe('countSignatories', () => {
  const counts = countSignatories([
    named('A', ['KE']),
    named('B', ['KE', 'GH', 'BR']),
    named('C', ['PS']),
    withheld('D', ['african']),
    withheld('E', []),
  ]);

  it('counts every signatory, those whose name is withheld and members of the issuing network apart', () => {
    assert.equal(counts.total, 5);
    assert.equal(counts.withheld, 2);
    assert.equal(counts.ofIssuingNetwork, 1);
  });

  it('counts named signatories in each country they work in, most first', () => {
    assert.deepEqual(counts.byCountry, [{ country: 'KE', count: 2 }, { country: 'BR', count: 1 }, { country: 'GH', count: 1 }, { country: 'PS', count: 1 }]);
  });

  it('counts each signatory once in each UN regional group it works in, withheld ones by the group their label gives', () => {
    assert.deepEqual(counts.byRegion, [
      { region: 'african', count: 3 }, { region: 'asia-pacific', count: 0 }, { region: 'eastern-european', count: 0 },
      { region: 'latin-american-caribbean', count: 1 }, { region: 'western-european-others', count: 0 }, { region: 'none', count: 2 },
    ]);
  });
});

describe('orderSignatories', () => {
  it('lists the first to sign first; signatures of the same instant by name, withheld ones last', () => {
    const ordered = orderSignatories([named('Z', ['FR']), withheld('W', []), named('Y', ['FR'], '2026-12-01T09:00:00Z'), named('X', ['FR'])]);
    assert.deepEqual(ordered.map((s) => s.name), ['Y', 'X', 'Z', null]);
  });
});
