import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countSignatories, orderSignatories, type Signatory } from './signatories.ts';

const signatory = (name: string, country: string | null, signedAt: string, atRisk = false): Signatory => ({
  organisationId: name, publicName: name, country, atRisk, signedAt,
});

describe('countSignatories', () => {
  const counts = countSignatories([
    signatory('A', 'KE', '2026-12-01T10:00:00Z'),
    signatory('B', 'KE', '2026-12-01T11:00:00Z', true),
    signatory('C', 'BR', '2026-12-01T12:00:00Z'),
    signatory('D', 'PS', '2026-12-01T13:00:00Z'),
    signatory('E', null, '2026-12-01T14:00:00Z'),
  ]);

  it('counts every signatory, and the at-risk ones apart', () => {
    assert.equal(counts.total, 5);
    assert.equal(counts.atRisk, 1);
  });

  it('counts by country, most first', () => {
    assert.deepEqual(counts.byCountry, [{ country: 'KE', count: 2 }, { country: '', count: 1 }, { country: 'BR', count: 1 }, { country: 'PS', count: 1 }]);
  });

  it('counts by UN regional group, every group listed, countries in no group and unknown ones apart', () => {
    assert.deepEqual(counts.byRegion, [
      { region: 'african', count: 2 }, { region: 'asia-pacific', count: 0 }, { region: 'eastern-european', count: 0 },
      { region: 'latin-american-caribbean', count: 1 }, { region: 'western-european-others', count: 0 }, { region: 'none', count: 2 },
    ]);
  });
});

describe('orderSignatories', () => {
  it('lists the first to sign first, and signatures of the same instant by name', () => {
    const ordered = orderSignatories([signatory('Z', 'FR', '2026-12-01T10:00:00Z'), signatory('Y', 'FR', '2026-12-01T09:00:00Z'), signatory('X', 'FR', '2026-12-01T10:00:00Z')]);
    assert.deepEqual(ordered.map((s) => s.publicName), ['Y', 'X', 'Z']);
  });
});
