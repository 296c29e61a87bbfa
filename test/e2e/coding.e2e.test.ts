// Issue 5: coding in real Chromium. Without JavaScript a code applies to the whole paragraph; with it, the words
// selected inside the paragraph are what gets coded. Axe runs on every page loaded.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { analysisFixture, openedInput, type AnalysisFixture } from '../../src/features/analysis/analysis-test-setup.ts';
import { listCodings } from '../../src/features/analysis/index.ts';
import { addSessionCookies, launchBrowser, skipBrowserTests, type TestBrowser, type TestPage } from '../support/browser.ts';
import { createTestDatabase, type TestDatabase } from '../support/engines.ts';
import { signedInStaff } from '../support/staff.ts';
import { createTestApp, type CookieJar, type TestApp } from '../support/test-app.ts';

const sentence = 'Our office was under surveillance for months.';

describe('coding answers in Chromium', { skip: skipBrowserTests }, () => {
  let database: TestDatabase;
  let t: TestApp;
  let browser: TestBrowser;
  let jar: CookieJar;
  let origin: string;
  let fixture: AnalysisFixture;

  before(async () => {
    database = await createTestDatabase('sqlite');
    t = await createTestApp(database.db, 'sqlite');
    jar = (await signedInStaff(t, database.db, { role: 'admin' })).jar;
    fixture = await analysisFixture(database.db);
    origin = await t.app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchBrowser(origin);
  });
  after(async () => {
    await browser?.close();
    await t?.app.close();
    await database?.drop();
  });

  async function signedInPage(javaScript: boolean): Promise<TestPage> {
    const page = await browser.newPage({ javaScript });
    await addSessionCookies(page, jar.header(), origin);
    return page;
  }

  async function codeOnPage(page: TestPage, select: (() => Promise<void>) | null): Promise<void> {
    const questionId = fixture.textRef.split(':')[0];
    await page.visit(`/staff/calls/${fixture.call.id}/questions/${questionId}`);
    if (select) await select();
    await page.navigate(async () => {
      const form = page.page.locator('.passage form.filters').first();
      await form.locator('select').selectOption({ label: 'Surveillance' });
      await form.getByRole('button', { name: 'Apply' }).click();
    });
  }

  it('without JavaScript, codes the whole paragraph', async () => {
    const input = await openedInput(fixture, sentence);
    const page = await signedInPage(false);
    try {
      await codeOnPage(page, null);
      const [coding] = await listCodings(fixture.deps, input.cipher);
      assert.ok(coding?.anchor.kind === 'passage' && coding.anchor.text === sentence, JSON.stringify(coding));
      page.assertEveryPageChecked();
    } finally {
      await page.close();
      await database.db.deleteFrom('codings').execute();
      await database.db.deleteFrom('code_counts').execute();
      await database.db.deleteFrom('submissions').execute();
    }
  });

  it('with JavaScript, codes the words selected in the paragraph, and says which', async () => {
    const input = await openedInput(fixture, sentence);
    const page = await signedInPage(true);
    try {
      await codeOnPage(page, async () => {
        await page.page.evaluate((words) => {
          const text = document.querySelector('[data-passage-text]')!.firstChild!;
          const at = text.textContent!.indexOf(words);
          const range = document.createRange();
          range.setStart(text, at);
          range.setEnd(text, at + words.length);
          document.getSelection()!.removeAllRanges();
          document.getSelection()!.addRange(range);
        }, 'surveillance');
        await page.page.getByText('Coding or quoting the selected words: “surveillance”').waitFor();
      });
      const [coding] = await listCodings(fixture.deps, input.cipher);
      assert.ok(coding?.anchor.kind === 'passage', JSON.stringify(coding));
      assert.equal(coding.anchor.kind === 'passage' && coding.anchor.text, 'surveillance');
      page.assertEveryPageChecked();
    } finally {
      await page.close();
    }
  });
});
