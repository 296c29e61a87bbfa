// The application shell in real Chromium, started as a person starts it: the 404 page and the language switcher,
// with JavaScript on and off, axe on every page, no request to any other origin, and the CSP enforced for real.
// It also proves the harness's own guards can fail, so a green journey means something.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { skipBrowserTests, checkAccessibility } from '../support/browser.ts';
import { postgresReachable } from '../support/engines.ts';
import { startServer } from '../support/server.ts';
import { startHarness, type Harness } from './harness.ts';

describe('the application shell in Chromium', { skip: skipBrowserTests }, async () => {
  const postgresSkip = skipBrowserTests || (await postgresReachable()) ? false : 'PostgreSQL unreachable';
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h?.stop());

  it('prints a one-time staff setup link on first start, on its own address', async () => {
    const setupUrl = await h.server.setupUrl();
    assert.ok(setupUrl.startsWith(`${h.server.url}/staff/setup/`), setupUrl);
    assert.match(h.server.output(), /\(sqlite\)/);
  });

  for (const javaScript of [true, false]) {
    const mode = javaScript ? 'with JavaScript' : 'without JavaScript';

    it(`shows the 404 page in the browser’s language ${mode}, under a strict CSP, using only its own origin`, async () => {
      const t = await h.browser.newPage({ javaScript, locale: 'fr-CH' });
      try {
        const assetRequests: string[] = [];
        t.page.on('requestfinished', (request) => assetRequests.push(request.url()));
        const response = await t.visit('/no/such/page', { status: 404 });
        assert.equal(await t.page.locator('html').getAttribute('lang'), 'fr');
        assert.equal(await t.page.locator('h1').innerText(), 'Page introuvable');
        const csp = (await response.allHeaders())['content-security-policy'] ?? '';
        assert.match(csp, /default-src 'none'/);
        assert.match(csp, /script-src 'self'/);
        assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:/);
        assert.ok(assetRequests.some((url) => /\/assets\/\w+\/app\.css$/.test(url)), 'the stylesheet loads');
        if (javaScript) assert.ok(assetRequests.some((url) => /\/assets\/\w+\/app\.js$/.test(url)), 'the script loads');
        t.assertEveryPageChecked();
      } finally {
        await t.close();
      }
    });

    it(`switches to Spanish with the language links and keeps the reader on the same page ${mode}`, async () => {
      const t = await h.browser.newPage({ javaScript, locale: 'en-GB' });
      try {
        await t.visit('/no/such/page', { status: 404 });
        assert.equal(await t.page.locator('h1').innerText(), 'Page not found');
        await t.navigate(() => t.page.getByRole('link', { name: 'Español' }).click(), { status: 404 });
        assert.equal(new URL(t.page.url()).pathname, '/no/such/page');
        assert.equal(await t.page.locator('html').getAttribute('lang'), 'es');
        assert.equal(await t.page.locator('h1').innerText(), 'Página no encontrada');
        // The choice is remembered: a direct switch link with another return path, then a plain visit.
        await t.visit('/lang/fr?next=/elsewhere', { status: 404 });
        assert.equal(new URL(t.page.url()).pathname, '/elsewhere');
        await t.visit('/again', { status: 404 });
        assert.equal(await t.page.locator('h1').innerText(), 'Page introuvable');
        assert.equal(t.navigations.length, 4);
        t.assertEveryPageChecked();
      } finally {
        await t.close();
      }
    });
  }

  it('trips its guards: an inline script is refused by the CSP, a third-party request and an axe violation fail', async () => {
    const t = await h.browser.newPage({ javaScript: true });
    try {
      await t.visit('/no/such/page', { status: 404 });
      // An injected inline script must not run: the CSP refuses it and Chromium reports the violation.
      await t.page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'document.title = "pwned"';
        document.head.append(script);
      });
      assert.notEqual(await t.page.title(), 'pwned');
      await t.page.waitForTimeout(50);
      assert.ok(t.problems.some((p) => /Content Security Policy/i.test(p)), `CSP violation reported: ${t.problems.join('; ')}`);
      await assert.rejects(t.checkPage(), /Browser guard tripped/);

      t.clearProblems();
      await t.page.goto('about:blank');
      await t.page.setContent('<html lang="en"><title>x</title><main><img src="http://198.51.100.7/track.png"></main></html>');
      assert.ok(t.problems.some((p) => /another origin: GET http:\/\/198\.51\.100\.7\/track\.png/.test(p)), t.problems.join('; '));
      await assert.rejects(checkAccessibility(t.page), /image-alt/);
      t.clearProblems();
      await t.page.goto('/not/checked');
      assert.throws(() => t.assertEveryPageChecked(), /axe did not run on:\n- http:\S+\/not\/checked \(404\)/);
    } finally {
      await t.close();
    }
  });

  it('runs axe on the document a reader without JavaScript actually has', async () => {
    const t = await h.browser.newPage({ javaScript: false });
    try {
      await t.visit('/no/such/page', { status: 404 });
      await t.page.evaluate(() => document.documentElement.removeAttribute('lang'));
      await assert.rejects(t.checkPage(), /html-has-lang/);
    } finally {
      await t.close();
    }
  });

  it('starts on PostgreSQL as well', { skip: postgresSkip }, async () => {
    const server = await startServer({ engine: 'postgres' });
    try {
      assert.match(server.output(), /\(postgres\)/);
      const response = await fetch(`${server.url}/no/such/page`);
      assert.equal(response.status, 404);
    } finally {
      await server.stop();
    }
  });
});
