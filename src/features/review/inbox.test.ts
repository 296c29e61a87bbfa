import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFilters, facets, pageOf, parseFilters, type InboxEntry } from './inbox.ts';

function entry(overrides: Partial<InboxEntry>): InboxEntry {
  return {
    id: Math.random().toString(36), reference: 'TST-2026-0001', stakeholderType: 'civil-society', language: 'en', consent: 'public-named',
    late: false, reviewStatus: 'new', submittedOn: '2026-11-20', published: false, countries: ['KE'], ...overrides,
  };
}

describe('the inbox filters', () => {
  const entries = [
    entry({ countries: ['KE', 'BR'], language: 'fr', late: true }),
    entry({ countries: ['BR'], stakeholderType: 'academia', consent: 'do-not-publish' }),
    entry({ countries: ['FR'], published: true, reviewStatus: 'reviewed' }),
  ];

  it('keeps only known values from the query string', () => {
    assert.deepEqual(parseFilters({ type: 'academia', consent: 'whatever', country: 'KE', language: '<script>', late: 'yes', page: '2' }), {
      type: 'academia', country: 'KE', late: 'yes',
    });
  });

  it('counts an input under each of its countries', () => {
    const country = facets(entries, {}).find((f) => f.name === 'country')!;
    assert.deepEqual(Object.fromEntries(country.options.map((o) => [o.value, o.count])), { KE: 1, BR: 2, FR: 1 });
  });

  it('counts each filter with the other filters applied, keeping every value offered', () => {
    const result = facets(entries, { type: 'civil-society', country: 'BR' });
    const type = Object.fromEntries(result.find((f) => f.name === 'type')!.options.map((o) => [o.value, o.count]));
    assert.equal(type['civil-society'], 1);
    assert.equal(type.academia, 1);
    assert.equal(type.state, 0);
    const country = Object.fromEntries(result.find((f) => f.name === 'country')!.options.map((o) => [o.value, o.count]));
    assert.deepEqual(country, { KE: 1, BR: 1, FR: 1 });
    assert.equal(applyFilters(entries, { type: 'civil-society', country: 'BR' }).length, 1);
    assert.equal(applyFilters(entries, { publication: 'published', review: 'reviewed' }).length, 1);
  });

  it('pages fifty at a time and clamps a page out of range', () => {
    const many = Array.from({ length: 120 }, (_, i) => i);
    assert.deepEqual(pageOf(many, 3).items, many.slice(100));
    assert.equal(pageOf(many, 99).page, 3);
    assert.equal(pageOf(many, Number.NaN).page, 1);
    assert.equal(pageOf([], 1).pages, 1);
  });
});
