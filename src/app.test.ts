import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../test/support/engines.ts';
import { createTestApp, type TestApp } from '../test/support/test-app.ts';

describeEachEngine('the application shell', (database) => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp(database().db, database().engine);
  });
  after(() => t.app.close());

  it('answers an unknown address with a localised 404 page', async () => {
    const response = await t.app.inject({ url: '/no/such/page', headers: { 'accept-language': 'fr-CH,fr;q=0.9' } });
    assert.equal(response.statusCode, 404);
    assert.match(response.body, /<html lang="fr" dir="ltr">/);
    assert.match(response.body, /Page introuvable/);
  });

  it('sends a strict CSP and privacy headers on every page', async () => {
    const response = await t.app.inject({ url: '/no/such/page' });
    const csp = String(response.headers['content-security-policy']);
    assert.match(csp, /default-src 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|https?:/);
    assert.equal(response.headers['referrer-policy'], 'no-referrer');
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.match(String(response.headers['permissions-policy']), /camera=\(\)/);
  });

  it('switches language with a plain link and refuses to redirect off-site', async () => {
    const response = await t.app.inject({ url: '/lang/es?next=/calls' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/calls');
    assert.match(String(response.headers['set-cookie']), /lang=es/);
    const offsite = await t.app.inject({ url: '/lang/es?next=//evil.example/' });
    assert.equal(offsite.headers.location, '/');
    assert.equal((await t.app.inject({ url: '/lang/xx' })).statusCode, 404);
  });

  it('answers the browser\'s own favicon request with an empty, long-cached response instead of a 404 page', async () => {
    const response = await t.app.inject({ url: '/favicon.ico' });
    assert.equal(response.statusCode, 204);
    assert.equal(response.body, '');
    assert.match(String(response.headers['cache-control']), /max-age=31536000/);
  });

  it('serves the stylesheet compressed with a year-long immutable cache', async () => {
    const page = await t.app.inject({ url: '/nowhere' });
    const href = /href="(\/assets\/[^"]+app\.css)"/.exec(page.body)?.[1];
    assert.ok(href);
    const css = await t.app.inject({ url: href, headers: { 'accept-encoding': 'br' } });
    assert.equal(css.statusCode, 200);
    assert.equal(css.headers['content-encoding'], 'br');
    assert.match(String(css.headers['cache-control']), /immutable/);
  });
});
