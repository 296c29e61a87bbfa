// The proof of work on the answer form in real Chromium, against the real server with its real settings (15 bits,
// a 3 s wait): with JavaScript the browser finds a solution the server accepts, and a post sent before it is ready is
// held until it is, keeping the button that was pressed; without JavaScript the same post waits, then saves.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Request } from 'playwright-core';
import { meetsDifficulty } from '../../src/platform/proof-of-work/index.ts';
import { challengeField, solutionField } from '../../src/views/proof-of-work-field.tsx';
import { skipBrowserTests, type TestPage } from '../support/browser.ts';
import { startHarness, type Harness } from './harness.ts';
import { demoSlug } from './journey.ts';

const formPath = `/calls/${demoSlug}/answer/civil-society`;
const serverWaitMs = 3000;

/** A field of a multipart body as Chromium sent it. */
function multipartField(body: string, name: string): string | undefined {
  return new RegExp(`name="${name}"\\r\\n\\r\\n([^\\r]*)\\r\\n`).exec(body)?.[1];
}

/**
 * Presses a button that posts the form and says when the answer came, as an offset from when the form's challenge
 * was issued (its third part; server and browser share this machine's clock). A navigation's own time includes axe.
 */
async function postAndTime(t: TestPage, button: string): Promise<number> {
  const issuedAt = Number((await t.page.locator(`input[name=${challengeField}]`).inputValue()).split('.')[2]);
  const answered = t.page.waitForResponse((response) => response.request().method() === 'POST').then(() => Date.now() - issuedAt);
  await t.navigate(() => t.page.getByRole('button', { name: button }).click());
  return answered;
}

/** Opens the answer form, types a name and the storage consent, and watches what the form posts. */
async function openForm(t: TestPage, name: string, options: { skipAxe?: boolean } = {}): Promise<Request[]> {
  const posts: Request[] = [];
  t.page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request);
  });
  await t.visit(formPath, options);
  await t.page.getByLabel(/^Name/).fill(name);
  await t.page.getByLabel(/^I agree that the information in this form is stored/).check();
  return posts;
}

describe('proof of work on the answer form, in Chromium', { skip: skipBrowserTests }, () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h?.stop());

  it('with JavaScript, posts a solution the server accepts, without waiting', async () => {
    const t = await h.browser.newPage({ javaScript: true });
    try {
      // Without axe on the form page, so the post comes well within the 3 s a missing solution would wait for.
      const posts = await openForm(t, 'Colectivo con JavaScript', { skipAxe: true });
      const challenge = await t.page.locator(`input[name=${challengeField}]`).inputValue();
      await t.page.waitForFunction((name) => (document.querySelector(`input[name=${name}]`) as HTMLInputElement).value !== '', solutionField);
      const solvedAfter = Date.now() - Number(challenge.split('.')[2]);
      const answeredAfter = await postAndTime(t, 'Save draft');
      assert.match(new URL(t.page.url()).pathname, /^\/drafts\/[\w-]+$/);
      assert.equal(await t.page.getByLabel(/^Name/).inputValue(), 'Colectivo con JavaScript');
      const body = posts[0]?.postData() ?? '';
      assert.equal(multipartField(body, challengeField), challenge);
      const solution = multipartField(body, solutionField) ?? '';
      assert.ok(meetsDifficulty(challenge, solution, 15), `solution ${solution} for ${challenge}`);
      // Only a browser that solved well within the wait can show the server did not wait; on a machine busy enough for
      // solving to take the whole wait, the solution's validity above is what this test can still check.
      if (solvedAfter < serverWaitMs - 1000) assert.ok(answeredAfter < serverWaitMs, `answered ${answeredAfter} ms after the form was issued`);
      assert.deepEqual(t.problems, []);
    } finally {
      await t.close();
    }
  });

  it('with JavaScript, holds a post sent before the solution is ready, then sends it with the button pressed', async () => {
    const t = await h.browser.newPage({ javaScript: true });
    try {
      // The test holds the browser's hashing back until it says so, as a slow phone would.
      // (A string: the page must run it exactly as written, without the test runner's transforms.)
      await t.page.addInitScript(`(() => {
        const subtle = window.crypto.subtle;
        const digest = subtle.digest.bind(subtle);
        let release;
        const gate = new Promise((resolve) => { release = resolve; });
        window.releaseHashing = () => release();
        subtle.digest = (...args) => gate.then(() => digest(...args));
      })();`);
      const posts = await openForm(t, 'Colectivo con prisa');
      await t.page.getByRole('button', { name: 'Review and submit' }).click();
      await t.page.getByRole('status').filter({ hasText: 'Preparing to send your form' }).waitFor();
      assert.equal(posts.length, 0, 'nothing is sent before the solution is ready');
      await t.navigate(() => t.page.evaluate('window.releaseHashing()'), { status: 422 });
      assert.match(new URL(t.page.url()).pathname, /^\/drafts\/[\w-]+\/review$/, 'the "Review and submit" button was kept');
      const body = posts[0]?.postData() ?? '';
      assert.ok(meetsDifficulty(multipartField(body, challengeField) ?? '', multipartField(body, solutionField) ?? '', 15));
      t.assertEveryPageChecked();
    } finally {
      await t.close();
    }
  });

  it('without JavaScript, makes a quick post wait, then saves everything that was typed', async () => {
    const t = await h.browser.newPage({ javaScript: false });
    try {
      // Posted at once, as a script would: axe on the form page would take the seconds a person spends typing
      // (the journeys check that page with axe; here it is the wait that is checked).
      const posts = await openForm(t, 'Colectivo sin JavaScript', { skipAxe: true });
      const answeredAfter = await postAndTime(t, 'Save draft');
      assert.match(new URL(t.page.url()).pathname, /^\/drafts\/[\w-]+$/);
      assert.equal(await t.page.getByLabel(/^Name/).inputValue(), 'Colectivo sin JavaScript');
      assert.equal(multipartField(posts[0]?.postData() ?? '', solutionField), '');
      assert.ok(answeredAfter >= serverWaitMs, `answered ${answeredAfter} ms after the form was issued`);
      assert.deepEqual(t.problems, []);
    } finally {
      await t.close();
    }
  });
});
