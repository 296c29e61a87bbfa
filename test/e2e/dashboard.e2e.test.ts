// Issue 5: the dashboard in real Chromium, with and without JavaScript, axe clean. The app runs in this process
// (test/support/staff-browser.ts) with coded inputs; the browser gets a signed-in administrator's cookies.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Db } from '../../src/db/database.ts';
import { analysisFixture, openedInput } from '../../src/features/analysis/analysis-test-setup.ts';
import { applyCode } from '../../src/features/analysis/index.ts';
import { skipBrowserTests } from '../support/browser.ts';
import { startStaffBrowser, type StaffBrowser } from '../support/staff-browser.ts';

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
  let staff: StaffBrowser;
  let callId: string;

  before(async () => {
    staff = await startStaffBrowser();
    callId = await codedCall(staff.db);
  });
  after(() => staff?.stop());

  for (const javaScript of [true, false]) {
    it(`shows every figure as a chart and a table, axe clean, ${javaScript ? 'with' : 'without'} JavaScript`, async () => {
      const page = await staff.signedInPage(javaScript);
      try {
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
