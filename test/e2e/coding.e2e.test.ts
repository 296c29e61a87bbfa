// Issue 5: coding in real Chromium. Without JavaScript a code applies to the whole paragraph; with it, the words
// selected inside the paragraph are what gets coded. Axe runs on every page loaded.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { analysisFixture, openedInput, type AnalysisFixture } from '../../src/features/analysis/analysis-test-setup.ts';
import { listCodings } from '../../src/features/analysis/index.ts';
import { skipBrowserTests, type TestPage } from '../support/browser.ts';
import { startStaffBrowser, type StaffBrowser } from '../support/staff-browser.ts';

const sentence = 'Our office was under surveillance for months.';

describe('coding answers in Chromium', { skip: skipBrowserTests }, () => {
  let staff: StaffBrowser;
  let fixture: AnalysisFixture;

  before(async () => {
    staff = await startStaffBrowser();
    fixture = await analysisFixture(staff.db);
  });
  after(() => staff?.stop());

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
    const page = await staff.signedInPage(false);
    try {
      await codeOnPage(page, null);
      const [coding] = await listCodings(fixture.deps, input.cipher);
      assert.ok(coding?.anchor.kind === 'passage' && coding.anchor.text === sentence, JSON.stringify(coding));
      page.assertEveryPageChecked();
    } finally {
      await page.close();
      await staff.db.deleteFrom('codings').execute();
      await staff.db.deleteFrom('code_counts').execute();
      await staff.db.deleteFrom('submissions').execute();
    }
  });

  it('with JavaScript, codes the words selected in the paragraph, and says which', async () => {
    const input = await openedInput(fixture, sentence);
    const page = await staff.signedInPage(true);
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
