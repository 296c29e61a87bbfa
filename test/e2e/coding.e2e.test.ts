// Issue 5: coding in real Chromium. Without JavaScript a code applies to the whole paragraph; with it, the words
// selected inside the paragraph are what gets coded. A suggestion is rejected and offered again, with JavaScript
// off and on (a selection never narrows a rejection: it is about the paragraph). The codebook's categories are
// added, renamed, moved and archived without JavaScript. Axe runs on every page loaded, refusals included.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { analysisFixture, openedInput, type AnalysisFixture } from '../../src/features/analysis/analysis-test-setup.ts';
import { listCodings, listRejections } from '../../src/features/analysis/index.ts';
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
  // Each journey starts from a call without inputs, so the first paragraph on the page is its own.
  afterEach(async () => {
    await staff.db.deleteFrom('codings').execute();
    await staff.db.deleteFrom('code_counts').execute();
    await staff.db.deleteFrom('submissions').execute();
  });

  /** Selects these words of the page's first paragraph, as a reader dragging over them would. */
  async function selectWords(page: TestPage, words: string): Promise<void> {
    await page.page.evaluate((words) => {
      const text = document.querySelector('[data-passage-text]')!.firstChild!;
      const at = text.textContent!.indexOf(words);
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + words.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    }, words);
    await page.page.getByText(`Coding or quoting the selected words: “${words}”`).waitFor();
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
    const page = await staff.signedInPage(false);
    try {
      await codeOnPage(page, null);
      const [coding] = await listCodings(fixture.deps, input.cipher);
      assert.ok(coding?.anchor.kind === 'passage' && coding.anchor.text === sentence, JSON.stringify(coding));
      page.assertEveryPageChecked();
    } finally {
      await page.close();
    }
  });

  it('with JavaScript, codes the words selected in the paragraph, and says which', async () => {
    const input = await openedInput(fixture, sentence);
    const page = await staff.signedInPage(true);
    try {
      await codeOnPage(page, () => selectWords(page, 'surveillance'));
      const [coding] = await listCodings(fixture.deps, input.cipher);
      assert.ok(coding?.anchor.kind === 'passage', JSON.stringify(coding));
      assert.equal(coding.anchor.kind === 'passage' && coding.anchor.text, 'surveillance');
      page.assertEveryPageChecked();
    } finally {
      await page.close();
    }
  });

  for (const javaScript of [false, true]) {
    it(`rejects a suggestion for the paragraph and offers it again, JavaScript ${javaScript ? 'on' : 'off'}`, async () => {
      const input = await openedInput(fixture, sentence);
      const page = await staff.signedInPage(javaScript);
      const button = (name: string) => page.page.getByRole('button', { name, exact: true });
      try {
        await page.visit(`/staff/calls/${fixture.call.id}/questions/${fixture.textRef.split(':')[0]}`);
        if (javaScript) await selectWords(page, 'surveillance');
        await page.navigate(() => button('Reject: Surveillance').click());
        await page.page.getByText('The suggestion was rejected').waitFor();
        assert.equal(await button('Accept: Surveillance').count(), 0);
        const [rejection] = (await listRejections(fixture.deps, [input.cipher])).get(input.input.id)!;
        assert.equal(rejection?.passage.text, sentence);

        await page.page.getByText('Show 1 rejected suggestion').click();
        await page.navigate(() => button('Offer “Surveillance” again').click());
        await page.page.getByText('The suggestion is offered again.').waitFor();
        assert.equal(await button('Accept: Surveillance').count(), 1);
        assert.deepEqual((await listRejections(fixture.deps, [input.cipher])).get(input.input.id), []);
        page.assertEveryPageChecked();
      } finally {
        await page.close();
      }
    });
  }

  it('keeps the codebook’s categories without JavaScript: add, rename, move, archive, each refusal explained', async () => {
    const page = await staff.signedInPage(false);
    const button = (name: string) => page.page.getByRole('button', { name, exact: true });
    try {
      await page.visit(`/staff/calls/${fixture.call.id}/codebook`);
      await page.navigate(() => page.page.getByRole('link', { name: 'Add a category' }).click());
      await page.page.getByLabel('Key').fill('platforms');
      await page.page.getByLabel('In English').fill('Digital platforms');
      await page.navigate(() => button('Save the category').click(), { status: 422 });
      assert.equal(await page.page.locator('p.field-error', { hasText: 'Enter the name in this language.' }).count(), 2, 'beside French and Spanish');
      assert.equal(await page.page.getByLabel('Key').inputValue(), 'platforms', 'what was typed is kept');
      await page.page.getByLabel('In French').fill('Plateformes numériques');
      await page.page.getByLabel('In Spanish').fill('Plataformas digitales');
      await page.navigate(() => button('Save the category').click());
      await page.page.getByText('The category was added.').waitFor();

      const rename = page.page.locator('details', { has: page.page.getByText('Rename “Digital platforms”') });
      await rename.locator('summary').click();
      await rename.getByLabel('In Spanish').fill('');
      await page.navigate(() => rename.getByRole('button', { name: 'Save the names' }).click(), { status: 422 });
      assert.equal(await page.page.locator('p.field-error', { hasText: 'Enter the name in this language.' }).count(), 1, 'beside Spanish');
      await page.navigate(() => button('Move “Digital platforms” up').click());
      assert.deepEqual(await page.page.locator('h2[id$="-name"]').allTextContents(), ['Networks', 'Digital platforms', 'Reprisals']);

      await page.navigate(() => button('Archive the category “Reprisals”').click(), { status: 409 });
      await page.page.getByText('“Reprisals” was not archived: it still has 2 active codes.', { exact: false }).waitFor();
      await page.navigate(() => button('Archive the category “Digital platforms”').click());
      await page.page.getByRole('heading', { name: 'Archived categories' }).waitFor();
      page.assertEveryPageChecked();
    } finally {
      await page.close();
    }
  });
});
