// Every text field of the demo call's answer form, typed in real Chromium with each naughty string and saved:
// the browser shows back exactly what was typed, no script from any of them runs, and nothing trips the CSP.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { skipBrowserTests, type TestPage } from '../support/browser.ts';
import { naughtyStrings } from '../support/naughty-strings.ts';
import { startHarness, type Harness } from './harness.ts';

const formPath = '/calls/demo-call-for-inputs/answer/civil-society';
const textFields = 'textarea, input[type=text], input[type=email]';

async function fieldValues(t: TestPage): Promise<string[]> {
  return t.page.locator(textFields).evaluateAll((elements) => elements.map((e) => (e as HTMLInputElement).value));
}

async function assertNoScriptRan(t: TestPage, where: string): Promise<void> {
  assert.equal(await t.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined, `a script ran on ${where}`);
}

describe('naughty strings typed into the answer form in Chromium', { skip: skipBrowserTests }, () => {
  let h: Harness;
  before(async () => {
    // Dozens of saves from one address: scale the rate limits as an operator could, rather than trip them.
    h = await startHarness({ env: { RATE_LIMIT_MULTIPLIER: '100' } });
  });
  after(() => h?.stop());

  it(`shows each of ${naughtyStrings.length} strings back exactly as typed, and runs none of them`, async () => {
    const t = await h.browser.newPage({ javaScript: true });
    const dialogs: string[] = [];
    t.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await t.visit(formPath, { skipAxe: true });
    const count = await t.page.locator(textFields).count();
    assert.ok(count >= 8, `only ${count} text fields on the form`);
    for (let start = 0; start < naughtyStrings.length; start += count) {
      if (start > 0) await t.visit(formPath, { skipAxe: true });
      const batch = naughtyStrings.slice(start, start + count);
      const fields = t.page.locator(textFields);
      for (let i = 0; i < count; i += 1) await fields.nth(i).fill(batch[i % batch.length]!);
      // What the browser holds after typing (a single-line field drops line breaks): that is what must come back.
      const typed = await fieldValues(t);
      await t.navigate(() => t.page.getByRole('button', { name: 'Save draft' }).click(), { skipAxe: true });
      assert.match(t.page.url(), /\/drafts\/[A-Za-z0-9_-]+\?created=1/, `batch at ${start} was not saved`);
      assert.deepEqual(await fieldValues(t), typed, `batch at ${start} did not come back as typed`);
      await assertNoScriptRan(t, `the draft (batch at ${start})`);
      const review = t.page.url().replace(/\?.*$/, '/review');
      await t.visit(review, { skipAxe: true, status: (await t.page.request.get(review)).status() });
      await assertNoScriptRan(t, `the review page (batch at ${start})`);
    }
    assert.deepEqual(dialogs, [], 'a dialog opened');
    await t.close();
  });
});
