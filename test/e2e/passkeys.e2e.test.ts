// Issue 6: a member adds a passkey on /account and signs in with it, in real Chromium with a virtual authenticator
// (DevTools protocol), through the page's own script; without JavaScript the second step says why it cannot offer
// the passkey, and one of the recovery codes the passkey brought gets past it. Every page axe clean. WebAuthn refuses
// IP addresses as relying party, so the app's public origin here is http://localhost:<port> (a secure context, like
// https).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addSessionCookies, launchBrowser, skipBrowserTests, type TestBrowser, type TestPage } from '../support/browser.ts';
import { listPasskeys } from '../../src/features/members/passkeys.repository.ts';
import { createTestDatabase, type TestDatabase } from '../support/engines.ts';
import { signUpMember, type TestMember } from '../support/member.ts';
import { freePort } from '../support/server.ts';
import { createTestApp, testConfig, type TestApp } from '../support/test-app.ts';

describe('member passkeys in Chromium', { skip: skipBrowserTests }, () => {
  let database: TestDatabase;
  let t: TestApp;
  let browser: TestBrowser;
  let origin: string;
  let member: TestMember & { client: { header(): string } };

  before(async () => {
    database = await createTestDatabase('sqlite');
    const port = await freePort();
    origin = `http://localhost:${port}`;
    t = await createTestApp(database.db, 'sqlite', { config: testConfig({ BASE_URL: origin }) });
    await t.app.listen({ host: '127.0.0.1', port });
    browser = await launchBrowser(origin);
    member = await signUpMember(t, { displayName: 'Harbour organiser' });
  });
  after(async () => {
    await browser?.close();
    await t?.app.close();
    await database?.drop();
  });

  async function signInWithPassword(page: TestPage): Promise<void> {
    await page.visit('/sign-in');
    await page.page.getByLabel('Email address').fill(member.email);
    await page.page.getByLabel('Password').fill(member.password);
    await page.navigate(() => page.page.getByRole('button', { name: 'Sign in' }).click());
    assert.equal(new URL(page.page.url()).pathname, '/sign-in/code');
  }

  it('adds a passkey on /account, then signs in with it after the password, and with a recovery code without JavaScript', async () => {
    let codes: string[] = [];
    const page = await browser.newPage({ javaScript: true });
    try {
      const cdp = await page.page.context().newCDPSession(page.page);
      await cdp.send('WebAuthn.enable');
      const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
        options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
      });

      await addSessionCookies(page, member.client.header(), origin);
      await page.visit('/account');
      await page.navigate(() => page.page.getByRole('link', { name: 'Passkeys' }).click());
      assert.ok(await page.page.getByText('Adding a passkey needs JavaScript').isHidden(), 'the script found passkeys usable');
      await page.page.getByLabel('Name of this passkey').fill('This browser');
      await page.navigate(() => page.page.getByRole('button', { name: 'Add a passkey' }).click());
      codes = await page.page.locator('li code').allTextContents();
      assert.equal(codes.length, 10, 'the first second factor brings recovery codes, shown once');
      await page.navigate(() => page.page.getByRole('link', { name: 'I have kept my recovery codes: continue' }).click());
      assert.ok(await page.page.getByText('Your passkey has been added.').isVisible());
      assert.ok(await page.page.getByText('This browser', { exact: true }).isVisible());
      const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
      assert.equal(credentials.length, 1);

      await page.page.context().clearCookies();
      await signInWithPassword(page);
      assert.ok(await page.page.getByRole('heading', { name: 'Confirm it is you' }).isVisible());
      await page.navigate(() => page.page.getByRole('button', { name: 'Use your passkey' }).click());
      assert.equal(new URL(page.page.url()).pathname, '/account');
      assert.ok(await page.page.getByText('You are signed in as Harbour organiser.').isVisible());
      const [used] = (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials;
      const [stored] = await listPasskeys(t.db, member.id);
      assert.ok(stored?.lastUsedAt);
      assert.equal(stored.counter, used?.signCount, 'the counter the authenticator signed is the one kept');
      page.assertEveryPageChecked();
      assert.deepEqual(page.problems, []);
    } finally {
      await page.close();
    }

    const noScript = await browser.newPage({ javaScript: false });
    try {
      await signInWithPassword(noScript);
      assert.ok(await noScript.page.getByText('passkeys need JavaScript, which this browser has turned off or cannot use').isVisible());
      assert.ok(await noScript.page.getByRole('button', { name: 'Use your passkey' }).isHidden());
      await noScript.page.getByLabel('Recovery code').fill(codes[0]!);
      await noScript.navigate(() => noScript.page.getByRole('button', { name: 'Continue' }).click());
      assert.equal(new URL(noScript.page.url()).pathname, '/account', 'a recovery code gets past a passkey it cannot use');
      noScript.assertEveryPageChecked();
    } finally {
      await noScript.close();
    }
  });
});
