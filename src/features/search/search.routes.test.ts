import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { signUpMember } from '../../../test/support/member.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { indexEntry } from './index-entry.ts';
import { searchTestEntries } from './search-test-entries.ts';

describeEachEngine('GET /search', (database, engine) => {
  let t: TestApp;
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers: { 'accept-language': 'en', ...headers } });

  before(async () => {
    const { db } = database();
    t = await createTestApp(db, engine);
    for (const entry of searchTestEntries) await indexEntry(db, entry);
    await indexEntry(db, { kind: 'post', refId: 'html-1', url: '/forums/x/posts/html-1', language: 'en', title: '<b>Bold</b> defense <script>alert(1)</script>',
      body: 'Tags <img src=x onerror=alert(1)> stay text.', audience: 'public', updatedAt: '2026-11-10T10:00:00Z' });
    await indexEntry(db, { kind: 'organisation', refId: 'org-2', url: '/organisations/org-2', language: 'en', title: 'Seafarers union',
      body: 'Ports and ships.', countries: ['KE', 'PE'], audience: 'public', updatedAt: '2026-11-10T11:00:00Z' });
    for (let i = 0; i < 23; i++) {
      await indexEntry(db, { kind: 'post', refId: `many-${i}`, url: `/forums/x/posts/many-${i}`, language: 'en', title: `Cooperative ${i}`,
        body: 'A housing cooperative.', themes: ['housing'], audience: 'public', updatedAt: '2026-11-11T10:00:00Z' });
    }
  });
  after(() => t.app.close());

  it('shows the form and how search works before anything is asked', async () => {
    const response = await get('/search');
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /<form method="get" action="\/search" role="search"/);
    assert.match(response.body, /<a href="\/search">Search<\/a>/, 'the header links to search');
    assert.doesNotMatch(response.body, /role="status"/);
  });

  it('finds French without accents, marks the match, links to the entry and counts by kind', async () => {
    const response = await get('/search?q=defense');
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /<a href="\/statements\/fr-1" lang="fr" dir="auto"><mark>Défense<\/mark> des défenseurs<\/a>/);
    assert.match(response.body, /2 results/);
    assert.match(response.body, /href="\/search\?q=defense&amp;kind=statement">Statements \(1\)/);
    assert.match(response.body, /<title>Search: defense/);
  });

  it('escapes what entries and queries hold: tags stay text, only <mark> is markup', async () => {
    const response = await get(`/search?q=${encodeURIComponent('defense <script>alert(2)</script> "')}`);
    assert.equal(response.statusCode, 200);
    assert.doesNotMatch(response.body, /<script>alert|<b>Bold|<img src=x/);
    const page = await get('/search?q=bold');
    assert.match(page.body, /&lt;b><mark>Bold<\/mark>&lt;\/b>/);
    assert.match(page.body, /Tags &lt;img src=x onerror=alert\(1\)>/);
  });

  it('filters by kind, theme, country and region from the address, and drops values it cannot use', async () => {
    assert.match((await get('/search?q=solidaridad&region=latin-american-caribbean')).body, /1 result</);
    assert.match((await get('/search?q=solidaridad&region=african')).body, /No results/);
    assert.match((await get('/search?country=EG')).body, /1 result</);
    assert.match((await get('/search?theme=civic-space&kind=post')).body, /1 result</);
    const odd = await get('/search?q=defense&country=ZZ&region=mars&theme=nope&kind=%3Cx%3E&page=-3');
    assert.equal(odd.statusCode, 200);
    assert.match(odd.body, /2 results/);
  });

  it('names every country of a result', async () => {
    assert.match((await get('/search?q=seafarers&country=PE')).body, /Organisation · Kenya and Peru · /);
    assert.match((await get('/search?q=seafarers&region=african', { 'accept-language': 'fr' })).body, /Kenya et Pérou/);
  });

  it('helps when nothing matches, with a way out of the filters', async () => {
    const response = await get('/search?q=defense+mangrove&country=PE');
    assert.match(response.body, /Nothing matches “defense mangrove”/);
    assert.match(response.body, /<a href="\/search\?q=defense\+mangrove">search again without the filters<\/a>/);
    assert.match(response.body, /use fewer words/);
  });

  it('pages through many results', async () => {
    const first = await get('/search?q=cooperative');
    assert.match(first.body, /23 results/);
    assert.match(first.body, /Page 1 of 2/);
    assert.match(first.body, /<a href="\/search\?q=cooperative&amp;page=2" rel="next">/);
    const second = await get('/search?q=cooperative&page=2');
    assert.match(second.body, /<ol class="search-results" start="21">/);
    assert.equal((second.body.match(/<li><h2>/g) ?? []).length, 3);
  });

  it('speaks the reader’s language', async () => {
    assert.match((await get('/search?q=defense', { 'accept-language': 'fr' })).body, /2 résultats/);
    assert.match((await get('/search?q=nada', { 'accept-language': 'es' })).body, /Nada coincide con «nada»/);
  });

  it('shows members-only entries to signed-in members only', async () => {
    assert.match((await get('/search?q=housing+defenders')).body, /No results/);
    const member = await signUpMember(t);
    const response = await get('/search?q=housing+defenders', { cookie: member.client.header() });
    assert.match(response.body, /<a href="\/organisations\/members-1" lang="en" dir="auto"><mark>Housing<\/mark> <mark>defenders<\/mark> collective<\/a>/);
    assert.match(response.body, /members only/);
    assert.equal(response.headers['cache-control'], 'no-store');
  });
});
