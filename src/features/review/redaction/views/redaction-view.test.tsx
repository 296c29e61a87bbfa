import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath, checkAccessibility, skipBrowserTests } from '../../../../../test/support/browser.ts';
import { translator } from '../../../../i18n/translator.ts';
import type { Locale } from '../../../../i18n/locales.ts';
import { Layout } from '../../../../views/layout.tsx';
import { PageContext } from '../../../../views/page-context.ts';
import { redactFields } from '../published-fields.ts';
import { initialRedactionChoice, readRedactionForm, redactionFields } from '../redaction-form.ts';
import type { RedactableField } from '../redaction.ts';
import { suggestFieldRedactions } from '../suggest-redactions.ts';
import { RedactedText } from './redacted-text.tsx';
import { RedactionView, type RedactionViewProps } from './redaction-view.tsx';

const css = readFileSync(new URL('../../../../views/assets/app.css', import.meta.url), 'utf8');

function render(body: VNode, locale: Locale = 'en', document = false): string {
  const context = {
    i18n: translator(locale), dir: 'ltr' as const, path: '/staff/inputs/i1/redaction', csrfToken: () => 'csrf-token', staff: null,
    // The stylesheet inline, so the browser check sees the real colours without a server.
    assetUrl: (name: string) => (name === 'app.css' ? `data:text/css;base64,${Buffer.from(css).toString('base64')}` : 'data:text/javascript,'),
  };
  const html = renderToString(<PageContext.Provider value={context}>{document ? <Layout title="Redaction">{body}</Layout> : body}</PageContext.Provider>);
  return document ? `<!doctype html>${html}` : html;
}

const fields: RedactableField[] = [
  { key: 'q1:main/text', label: '1. What happened?', text: 'Ms Maria Lopez was threatened <b>twice</b>. Write to maria@example.org.', lang: 'en' },
  { key: 'q2:main/text', label: '2. Anything else?', text: 'Her village, San Isidro, was raided.', lang: 'en' },
];
const suggestions = suggestFieldRedactions(fields, { languages: ['en'] });
const [name, email] = suggestions;

function props(overrides: Partial<RedactionViewProps> = {}): RedactionViewProps {
  return {
    reference: 'HRC56-2024-0042', action: '/staff/inputs/i1/redaction', backHref: '/staff/inputs/i1', fields, suggestions,
    choice: initialRedactionChoice(suggestions), errors: {}, preview: null, ...overrides,
  };
}

/** Every visible form control has a label pointing at it, and no id is used twice. */
function assertLabelled(html: string) {
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  for (const [, id] of html.matchAll(/<(?:input|select|textarea)(?![^>]*type="hidden")[^>]*\sid="([^"]+)"/g)) {
    assert.match(html, new RegExp(`<label for="${id}">`), `control ${id} has a label`);
  }
}

describe('the redaction view', () => {
  it('shows each text with its suggestions highlighted, a ticked box and a reason for each, and both buttons', () => {
    const html = render(<RedactionView {...props()} />);
    assert.match(html, /<h1>Redact before publishing HRC56-2024-0042<\/h1>/);
    assert.match(html, /<form method="post" action="\/staff\/inputs\/i1\/redaction"><input type="hidden" name="_csrf" value="csrf-token"\/>/);
    assert.match(html, /<fieldset class="redaction-field"><legend>1\. What happened\?<\/legend>/);
    assert.match(html, /<p class="answer redaction-source" lang="en">Ms <mark class="redaction-suggested">Maria Lopez<\/mark> was threatened &lt;b>twice&lt;\/b>\. Write to <mark class="redaction-suggested">maria@example\.org<\/mark>\.<\/p>/);
    assert.match(html, new RegExp(`<input type="checkbox" id="f-redact-${name!.id}" name="redact" value="${name!.id}" checked/>`));
    assert.match(html, /Hide “Maria Lopez” \(name of a person\)/);
    assert.match(html, /Hide “maria@example\.org” \(e-mail address\)/);
    assert.match(html, new RegExp(`<select id="f-reason-${name!.id}" name="reason-${name!.id}"><option value="personal-data" selected>Personal data</option>`));
    assert.match(html, /Nothing was suggested in this text\./, 'the second text has no suggestion but is shown');
    assert.match(html, /<button type="submit" name="intent" value="preview" class="secondary">Preview<\/button><button type="submit" name="intent" value="publish">Publish<\/button>/);
    assert.doesNotMatch(html, /error-summary|Preview of the published version/);
    assert.doesNotMatch(html, /\sstyle=|<script/);
    assertLabelled(html);
  });

  it('comes back after a mistake with the error summary, the error beside the box and everything as typed', () => {
    const result = readRedactionForm({
      [redactionFields.redact]: [email!.id], [redactionFields.reason(email!.id)]: 'safety',
      [redactionFields.manual]: '\nSan Isidro\nSan Isidoro', [redactionFields.manualReason]: 'third-party',
    }, fields, suggestions);
    const html = render(<RedactionView {...props({ choice: result.choice, errors: result.errors, preview: redactFields(fields, result.plan) })} />);
    assert.match(html, /<div class="error-summary" role="alert" tabindex="-1" id="error-summary">/);
    assert.match(html, /<a href="#f-manual">Other passages to hide: This passage does not occur in any published text: “San Isidoro”\./);
    assert.match(html, /<p class="field-error" id="f-manual-error">This passage does not occur/);
    assert.match(html, /<textarea id="f-manual" name="manual" rows="4" aria-invalid="true" aria-describedby="f-manual-hint f-manual-error">\n\nSan Isidro\nSan Isidoro<\/textarea>/);
    assert.match(html, /<option value="third-party" selected>Concerns a third party<\/option>/);
    assert.match(html, new RegExp(`id="f-redact-${name!.id}" name="redact" value="${name!.id}"/>`), 'the unticked box stays unticked');
    assert.match(html, new RegExp(`id="f-redact-${email!.id}" name="redact" value="${email!.id}" checked/>`));
    assert.match(html, new RegExp(`<select id="f-reason-${email!.id}" name="reason-${email!.id}">.*?<option value="safety" selected>`));
    assertLabelled(html);
  });

  it('previews the published version with marks in the reader’s language, the hidden passages gone', () => {
    const result = readRedactionForm({ [redactionFields.redact]: [name!.id, email!.id], [redactionFields.manual]: 'San Isidro' }, fields, suggestions);
    const html = render(<RedactionView {...props({ choice: result.choice, preview: redactFields(fields, result.plan) })} />, 'fr');
    const preview = html.slice(html.indexOf('<section class="redaction-preview"'), html.indexOf('<form'));
    assert.match(preview, /<h2 id="redaction-preview-heading">Aperçu de la version publiée<\/h2>/);
    const mark = '<span class="redaction-mark" lang="fr">\\[Passage masqué\\s: données personnelles\\]</span>';
    assert.match(preview, new RegExp(`Ms ${mark} was threatened &lt;b>twice&lt;/b>\\. Write to ${mark}\\.`));
    assert.match(preview, new RegExp(`Her village, ${mark}, was raided\\.`));
    for (const secret of ['Maria Lopez', 'maria@example.org', 'San Isidro']) assert.ok(!preview.includes(secret), secret);
  });

  it('renders published text without marks exactly as the plain string', () => {
    const plain = 'A plain answer with <tags> & “quotes”.';
    assert.equal(render(<p><RedactedText text={plain} /></p>), render(<p>{plain}</p>));
  });
});

describe('the redaction view in Chromium', { skip: skipBrowserTests }, () => {
  let browser: Browser;
  before(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  });
  after(() => browser?.close());

  it('passes axe (WCAG 2.1 A and AA) with errors and a preview shown', async () => {
    const result = readRedactionForm({ [redactionFields.redact]: [name!.id], [redactionFields.manual]: 'nowhere' }, fields, suggestions);
    const html = render(<RedactionView {...props({ choice: result.choice, errors: result.errors, preview: redactFields(fields, result.plan) })} />, 'en', true);
    const context = await browser.newContext(); // axe needs a page of its own context
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      assert.equal(await page.locator('.redaction-mark').count(), 1);
      assert.equal(await page.locator('mark.redaction-suggested').count(), 2);
      const background = await page.locator('.redaction-mark').evaluate((element) => getComputedStyle(element).backgroundColor);
      assert.equal(background, 'rgb(232, 234, 237)', 'the stylesheet is applied, so axe checks the real contrast');
      await checkAccessibility(page);
    } finally {
      await context.close();
    }
  });
});
