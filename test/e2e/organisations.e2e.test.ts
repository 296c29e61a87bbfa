// Issue 6: organisations and networks in real Chromium, with and without JavaScript, every page axe clean: a member
// creates an organisation (first refused, then accepted), founds a network, opens the pages coordinators use; an
// administrator opens the verification pages; an anonymous reader meets a hidden organisation's "not available".
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addSessionCookies, skipBrowserTests, type TestPage } from '../support/browser.ts';
import { signUpMember } from '../support/member.ts';
import { organisationWithAdmin } from '../support/network.ts';
import { startStaffBrowser, type StaffBrowser } from '../support/staff-browser.ts';

describe('organisations and networks in Chromium', { skip: skipBrowserTests }, () => {
  let staff: StaffBrowser;
  let origin: string;
  let hiddenId: string;

  before(async () => {
    staff = await startStaffBrowser();
    origin = `http://127.0.0.1:${(staff.app.app.server.address() as { port: number }).port}`;
    hiddenId = (await organisationWithAdmin(staff.db, { name: 'Hidden Harbour Defenders', atRiskMode: 'networks', verified: false })).organisation.id;
  });
  after(() => staff?.stop());

  async function memberPage(javaScript: boolean): Promise<TestPage> {
    const member = await signUpMember(staff.app);
    const page = await staff.signedInPage(javaScript);
    await page.page.context().clearCookies();
    await addSessionCookies(page, member.client.header(), origin);
    return page;
  }

  for (const javaScript of [true, false]) {
    const mode = javaScript ? 'with' : 'without';
    it(`creates an organisation and a network, ${mode} JavaScript`, async () => {
      const page = await memberPage(javaScript);
      try {
        const name = `Coastal Defenders ${mode} JS`;
        await page.visit('/organisations/new');
        await page.navigate(() => page.page.getByRole('button', { name: 'Create the organisation' }).click(), { status: 422 });
        await page.page.getByLabel('Name').fill(name);
        await page.page.getByLabel('Kind of organisation').selectOption('ngo');
        await page.page.getByLabel('Countries of work').selectOption(['SN', 'GM']);
        await page.page.getByLabel('Website').fill('https://coastal.example');
        await page.navigate(() => page.page.getByRole('button', { name: 'Create the organisation' }).click());
        assert.equal((await page.page.getByRole('heading', { level: 1 }).textContent())?.trim(), name);
        await page.navigate(() => page.page.getByRole('link', { name: 'Members' }).click());
        await page.visit('/networks/new');
        await page.page.getByLabel('Organisation').selectOption({ label: name });
        await page.page.getByLabel('Name').fill(`Gulf Network ${mode} JS`);
        await page.page.getByLabel('Scope').selectOption('cross-border-local');
        await page.navigate(() => page.page.getByRole('button', { name: 'Create the network' }).click());
        assert.ok(await page.page.getByRole('heading', { name: 'Coordination', exact: true }).isVisible());
        await page.visit('/networks');
        await page.visit(`/organisations/${hiddenId}`, { status: 404 });
        page.assertEveryPageChecked();
        assert.deepEqual(page.problems, []);
      } finally {
        await page.close();
      }
    });

    it(`opens the verification pages to an administrator, ${mode} JavaScript`, async () => {
      const name = `Lagoon Fishers ${mode} JS`;
      await organisationWithAdmin(staff.db, { name, verified: false });
      const page = await staff.signedInPage(javaScript);
      try {
        await page.visit('/staff/network/organisations');
        await page.navigate(() => page.page.getByRole('link', { name }).click());
        await page.navigate(() => page.page.getByRole('button', { name: 'Verify' }).click(), { status: 422 });
        await page.page.getByLabel('What you checked').fill('Registration checked with the ministry registry');
        await page.navigate(() => page.page.getByRole('button', { name: 'Verify' }).click());
        assert.ok(await page.page.getByText('The organisation is verified.').isVisible());
        page.assertEveryPageChecked();
      } finally {
        await page.close();
      }
    });
  }
});
