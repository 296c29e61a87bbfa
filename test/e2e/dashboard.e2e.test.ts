// Issue 5: the dashboard in real Chromium, with and without JavaScript, axe clean. The app runs in this process
// (an in-memory database with coded inputs); the browser gets a signed-in administrator's cookies.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Db } from '../../src/db/database.ts';
import { analysisFixture, openedInput } from '../../src/features/analysis/analysis-test-setup.ts';
import { applyCode } from '../../src/features/analysis/index.ts';
import { addSessionCookies, launchBrowser, skipBrowserTests, type TestBrowser } from '../support/browser.ts';
import { createTestDatabase, type TestDatabase } from '../support/engines.ts';
import { signedInStaff } from '../support/staff.ts';
import { createTestApp, type CookieJar, type TestApp } from '../support/test-app.ts';

async function codedCall(db: Db): Promise<string> {
  const fixture = await analysisFixture(db);
  const countries = [['PE'], ['KE', 'UG'], ['FR'], ['PH'], ['UA']];
  for (const [i, list] of countries.entries()) {
    const input = await openedInput(fixture, 'Our office was under surveillance for months.', { countries: list, language: i % 2 ? 'en' : 'es' });
    await applyCode(fixture.deps, input, fixture.staffId, { codeId: fixture.codes.surveillance!, partRef: fixture.textRef, field: 'text', start: 27, end: 38 });
  }
  return fixture.call.id;
}

describe('the dashboard in Chromium', { skip: skipBrowserTests }, () => {
  let database: TestDatabase;
  let t: TestApp;
  let browser: TestBrowser;
  let jar: CookieJar;
  let origin: string;
  let callId: string;

  before(async () => {
    database = await createTestDatabase('sqlite');
    t = await createTestApp(database.db, 'sqlite');
    jar = (await signedInStaff(t, database.db, { role: 'admin' })).jar;
    callId = await codedCall(database.db);
    origin = await t.app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchBrowser(origin);
  });
  after(async () => {
    await browser?.close();
    await t?.app.close();
    await database?.drop();
  });

  for (const javaScript of [true, false]) {
    it(`shows every figure as a chart and a table, axe clean, ${javaScript ? 'with' : 'without'} JavaScript`, async () => {
      const page = await browser.newPage({ javaScript });
      try {
        await addSessionCookies(page, jar.header(), origin);
        await page.visit(`/staff/calls/${callId}/dashboard`);
        assert.equal(await page.page.locator('svg.chart').count() >= 4, true);
        assert.equal(await page.page.locator('table.data-table').count() >= 4, true);
        await page.navigate(async () => {
          await page.page.getByLabel('Code', { exact: true }).selectOption({ label: 'Surveillance' });
          await page.page.getByRole('button', { name: 'Show on the map' }).click();
        });
        assert.equal(await page.page.getByRole('heading', { name: 'Inputs coded “Surveillance”, by country' }).count(), 1);
        assert.equal(await page.page.locator('svg.world-map path title', { hasText: 'Peru: 1' }).count(), 2, 'Peru on both maps');
        page.assertEveryPageChecked();
      } finally {
        await page.close();
      }
    });
  }
});
