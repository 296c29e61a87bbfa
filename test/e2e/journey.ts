// The steps of issue 2's journey in a real browser, shared by the runs with JavaScript on and off: a submitter
// answers the demo call (draft, resume, attach, submit in French), staff publish the input, a reader downloads it.
// Elements are found by their accessible names and roles, so a broken label or heading fails the journey too.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Locator } from 'playwright-core';
import type { TestPage } from '../support/browser.ts';
import { totpCode } from '../../src/features/accounts/two-factor.ts';
import { tinyPdf } from '../support/factories.ts';
import type { ReceivedMail } from '../support/smtp.ts';
import type { Harness } from './harness.ts';

export const demoSlug = 'demo-call-for-inputs';
const demoTitleEn = 'Demonstration call: try answering a call for inputs';

export interface Submitter {
  organisation: string;
  email: string;
  /** What the PDF in question 5 is called; its bytes are tinyPdf(organisation). */
  filename: string;
}

export interface StaffMember {
  name: string;
  email: string;
  password: string;
  /** Set when the account's second factor is set up: the journey plays the authenticator app. */
  totpSecret?: string;
}

/** Every page opened in a journey, so each can prove at the end that axe ran on all it loaded. */
export class Pages {
  private readonly opened: TestPage[] = [];
  constructor(private readonly h: Harness, readonly javaScript: boolean) {}

  async open(locale = 'en-GB'): Promise<TestPage> {
    const t = await this.h.browser.newPage({ javaScript: this.javaScript, locale });
    t.page.setDefaultTimeout(5000); // an element that is not there fails in seconds, not after Playwright's 30
    this.opened.push(t);
    return t;
  }

  /** Axe ran on each document each page loaded, and no guard tripped on any of them. */
  assertEveryPageChecked(): void {
    for (const t of this.opened) t.assertEveryPageChecked();
  }

  async closeAll(): Promise<void> {
    for (const t of this.opened.splice(0)) await t.close();
  }
}

/** A question of the answer form (or of an answers view): a section named by its numbered heading. */
const question = (t: TestPage, number: number): Locator => t.page.getByRole('region', { name: new RegExp(`^${number}\\. `) });
const heading = (t: TestPage): Promise<string> => t.page.getByRole('heading', { level: 1 }).innerText();

/** From the list of calls to a first saved draft, in English; returns the private link the page shows. */
export async function startDraft(t: TestPage, who: Submitter): Promise<string> {
  await t.visit('/calls');
  await t.navigate(() => t.page.getByRole('link', { name: demoTitleEn }).click());
  assert.equal(await heading(t), demoTitleEn);
  await t.navigate(() => t.page.getByRole('link', { name: 'Answer online' }).click());
  await t.navigate(() => t.page.getByRole('link', { name: 'Civil society organisations and other stakeholders' }).click());
  assert.match(await heading(t), /^Your input to the call:/);

  await t.page.getByLabel('An organisation or a group').check();
  await t.page.getByLabel(/^Name/).fill(who.organisation);
  await t.page.getByLabel(/^Type of organisation/).fill('Network');
  await t.page.getByLabel('Countries where you work').selectOption(['KE', 'CL']);
  await t.page.getByLabel(/^Contact email address/).fill(who.email);
  await t.page.getByLabel(/^Co-signing organisations/).fill('Amigos de la Tierra\nFIAN International');
  await question(t, 1).getByLabel('Regional networks').check();
  await question(t, 1).getByLabel('Transnational networks').check();
  await question(t, 2).getByLabel('Countries').selectOption(['KE', 'NI']);
  await question(t, 3).getByLabel('No', { exact: true }).check();
  await t.page.getByLabel('Publish with the organisation’s name').check();
  await t.page.getByLabel(/^I agree that the information in this form is stored/).check();
  await t.navigate(() => t.page.getByRole('button', { name: 'Save draft' }).click());

  assert.match(new URL(t.page.url()).pathname, /^\/drafts\/[\w-]+$/);
  const notice = t.page.getByRole('status').filter({ hasText: 'Your draft is saved' });
  assert.match(await notice.innerText(), /We have also sent this link to the email address you gave\./);
  // The copy button is an enhancement: shown by the script, absent for a reader without JavaScript.
  assert.equal(await t.page.getByRole('button', { name: 'Copy the link' }).isVisible(), t.javaScript);
  return (await t.page.locator('#resume-link').innerText()).trim();
}

/** The mail with the private link to the draft, as the test SMTP server received it. */
export async function resumeMail(h: Harness, who: Submitter): Promise<ReceivedMail> {
  const mail = await h.smtp.waitForMessage((m) => m.to.includes(who.email) && m.subject.startsWith('Your draft input'));
  assert.equal(mail.subject, `Your draft input: ${demoTitleEn}`);
  return mail;
}

/** Opens the draft from its private link alone (a fresh browser: no cookie) and switches the interface to French. */
export async function resumeInFrench(t: TestPage, link: string, who: Submitter): Promise<void> {
  await t.visit(link);
  assert.equal(await t.page.getByLabel(/^Name/).inputValue(), who.organisation, 'the draft is the one saved');
  await t.navigate(() => t.page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français' }).click());
  assert.equal(new URL(t.page.url()).pathname, new URL(link).pathname, 'the switch keeps the reader on the draft');
  assert.equal(await t.page.locator('html').getAttribute('lang'), 'fr');
  assert.match(await heading(t), /^Votre contribution à l’appel :/);
  assert.equal(await t.page.getByLabel(/^Nom/).inputValue(), who.organisation);
}

const detailsFr = 'Des réseaux de syndicats et de coopératives de part et d’autre de la frontière.';
const answerFr = 'Des visas plus faciles à obtenir et des financements souples pour les défenseurs des droits humains.';

/** In French: answer language, details, the PDF for question 5. Leaves question 4 (required) empty. */
export async function fillInFrench(t: TestPage, who: Submitter): Promise<void> {
  await t.page.getByLabel(/^Langue de vos réponses/).selectOption({ label: 'français' });
  await question(t, 1).getByLabel('Veuillez décrire les réseaux').fill(detailsFr);
  await question(t, 5).getByLabel('Documents').setInputFiles({ name: who.filename, mimeType: 'application/pdf', buffer: tinyPdf(who.organisation) });
}

/** Without JavaScript: "review" with question 4 empty gives a 422 form, the error beside the field, nothing lost. */
export async function reviewWithMissingAnswer(t: TestPage, who: Submitter): Promise<void> {
  await t.navigate(() => t.page.getByRole('button', { name: 'Vérifier et envoyer' }).click(), { status: 422 });
  assert.match(await t.page.title(), /^Veuillez corriger votre contribution :/);
  const answer = question(t, 4).getByLabel(/^Votre réponse/);
  assert.equal(await answer.getAttribute('aria-invalid'), 'true');
  const field = question(t, 4).locator('.field', { has: t.page.getByLabel(/^Votre réponse/) });
  const error = field.locator('.field-error');
  assert.equal(await error.innerText(), 'Cette question demande une réponse');
  const errorId = await error.getAttribute('id');
  assert.ok(errorId && (await answer.getAttribute('aria-describedby'))?.split(' ').includes(errorId), 'the error describes the field');
  const summary = t.page.getByRole('alert');
  assert.equal(await summary.getByRole('heading').innerText(), 'Il y a un problème', 'one error only: question 4');
  assert.equal(await summary.getByRole('link').getAttribute('href'), `#${await answer.getAttribute('id')}`);
  // Everything typed is still there, the file included (listed: a browser never refills a file input).
  assert.equal(await question(t, 1).getByLabel('Veuillez décrire les réseaux').inputValue(), detailsFr);
  assert.equal(await t.page.getByLabel(/^Langue de vos réponses/).inputValue(), 'fr');
  assert.equal(await t.page.getByLabel(/^Nom/).inputValue(), who.organisation);
  assert.ok(await question(t, 5).getByRole('link', { name: new RegExp(`^${who.filename} `) }).isVisible(), 'the PDF is kept');
}

/** Answers question 4, reviews and submits; returns the reference shown on the receipt page. */
export async function submitInFrench(t: TestPage, who: Submitter): Promise<string> {
  await question(t, 4).getByLabel(/^Votre réponse/).fill(answerFr);
  await t.navigate(() => t.page.getByRole('button', { name: 'Vérifier et envoyer' }).click());
  assert.equal(await heading(t), 'Vérifiez votre contribution avant de l’envoyer');
  assert.ok(await t.page.getByText(answerFr).isVisible());
  assert.ok(await question(t, 5).getByRole('link', { name: new RegExp(`^${who.filename} `) }).isVisible());
  await t.navigate(() => t.page.getByRole('button', { name: 'Envoyer ma contribution' }).click());
  assert.match(new URL(t.page.url()).pathname, /^\/submissions\/[\w-]+\/receipt$/);
  assert.equal(await heading(t), 'Votre contribution a été reçue');
  const reference = (await t.page.locator('.reference').innerText()).trim();
  assert.match(reference, /^DEMO-\d{4}-\d{4}$/);
  return reference;
}

/** The receipt code under the reference, shown this once: 16 digits in four groups. */
export async function receiptCodeShown(t: TestPage): Promise<string> {
  assert.equal(await t.page.getByRole('heading', { name: 'Votre code de reçu' }).count(), 1);
  const code = (await t.page.locator('#receipt-code').innerText()).trim();
  assert.match(code, /^\d{4} \d{4} \d{4} \d{4}$/);
  return code;
}

/** The confirmation mail: in French (the answer language), with the reference and where to follow up; it carries
 * neither the receipt code nor any link that opens the input (an inbox can be seized). */
export async function checkReceiptMail(h: Harness, who: Submitter, reference: string, followUpUrl: string, code: string): Promise<void> {
  const mail = await h.smtp.waitForMessage((m) => m.to.includes(who.email) && m.subject.includes(reference));
  assert.equal(mail.subject, `Contribution ${reference} reçue : Appel de démonstration : essayez de répondre à un appel à contributions`);
  assert.match(mail.text, new RegExp(`Numéro de référence : ${reference}`));
  assert.match(mail.text, /Publication : Publier avec le nom de l’organisation/);
  assert.deepEqual(mail.links, [followUpUrl]);
  assert.ok(!mail.text.replace(/\D/g, '').includes(code.replace(/\D/g, '')), 'the receipt code is never emailed');
}

/** The submitter comes back in a fresh browser with the code alone, finds the input published, writes to the team. */
export async function followUpWithCode(t: TestPage, code: string, reference: string): Promise<void> {
  await t.visit('/follow-up');
  assert.equal(await heading(t), 'Follow up on your input');
  await t.page.getByLabel(/^Receipt code/).fill(code);
  await t.navigate(() => t.page.getByRole('button', { name: 'Continue' }).click());
  assert.equal(await heading(t), `Your input ${reference}`);
  assert.match(await t.page.locator('main').innerText(), /Published on/);
  await t.page.getByLabel('Your message to the mandate’s team').fill('Thank you: may we send an update in March?');
  await t.navigate(() => t.page.getByRole('button', { name: 'Send the message' }).click());
  assert.equal(await t.page.getByRole('status').innerText(), 'Your message was sent to the mandate’s team.');
  await t.navigate(() => t.page.getByRole('button', { name: 'Sign out' }).click());
  assert.equal(await t.page.getByRole('status').innerText(), 'You are signed out.');
}

/** First run: the one-time link the server printed creates the administrator, who lands in the staff workspace. */
export async function createFirstAccount(t: TestPage, setupUrl: string, staff: StaffMember): Promise<void> {
  await t.visit(setupUrl);
  assert.equal(await heading(t), 'Create the first staff account');
  await t.page.getByLabel(/^Your name/).fill(staff.name);
  await t.page.getByLabel(/^Email address/).fill(staff.email);
  await t.page.getByLabel(/^New password/).fill(staff.password);
  await t.page.getByLabel(/^Repeat the new password/).fill(staff.password);
  await t.navigate(() => t.page.getByRole('button', { name: 'Create account' }).click());
  // An administrator can decrypt inputs, so a second factor comes first: type the shown key into "the app".
  assert.equal(new URL(t.page.url()).pathname, '/staff/two-factor');
  staff.totpSecret = (await t.page.locator('#totp-secret').innerText()).replace(/\s+/g, '');
  await t.page.getByLabel(/^Code/).fill(totpCode(staff.totpSecret, new Date()));
  await t.navigate(() => t.page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click());
  assert.equal(await heading(t), 'Your recovery codes');
  await t.navigate(() => t.page.getByRole('link', { name: 'I have kept my recovery codes: continue' }).click());
  assert.equal(new URL(t.page.url()).pathname, '/staff');
  // The link worked once: it is gone now.
  await t.visit(setupUrl, { status: 404 });
  await t.visit('/staff');
}

/** Later runs: sign in from the footer link of any public page. */
export async function signIn(t: TestPage, staff: StaffMember): Promise<void> {
  await t.visit('/');
  await t.navigate(() => t.page.getByRole('link', { name: 'Staff sign-in' }).click());
  await t.page.getByLabel(/^Email address/).fill(staff.email);
  await t.page.getByLabel(/^Password/).fill(staff.password);
  await t.navigate(() => t.page.getByRole('button', { name: 'Sign in' }).click());
  assert.equal(new URL(t.page.url()).pathname, '/staff/sign-in/code');
  // The next step's code: the enrolment may have used this step's, and a code works once.
  await t.page.getByLabel(/^Code/).fill(totpCode(staff.totpSecret!, new Date(Date.now() + 30_000)));
  await t.navigate(() => t.page.getByRole('button', { name: 'Continue' }).click());
  assert.equal(new URL(t.page.url()).pathname, '/staff');
}

/** From the staff workspace: the demo call's inbox, the input, publish it with the author's name. */
export async function publishFromInbox(t: TestPage, staff: StaffMember, who: Submitter, reference: string): Promise<void> {
  assert.equal(await heading(t), 'Staff workspace');
  assert.match(await t.page.getByText(/^Signed in as/).innerText(), new RegExp(staff.name));
  const row = t.page.getByRole('row', { name: new RegExp(demoTitleEn) });
  await t.navigate(() => row.getByRole('link', { name: 'Inputs' }).click());
  const inputRow = t.page.getByRole('row', { name: new RegExp(reference) });
  assert.match(await inputRow.innerText(), new RegExp(who.organisation));
  assert.match(await inputRow.innerText(), /French/);
  await t.navigate(() => inputRow.getByRole('link', { name: reference }).click());
  assert.equal(await heading(t), `Input ${reference}`);
  assert.ok(await question(t, 4).getByText(answerFr).isVisible(), 'staff read the answer');
  await t.navigate(() => t.page.getByRole('button', { name: 'Publish', exact: true }).click());
  // The redaction step: what the public would read, suggestions ticked; preview, then publish.
  assert.equal(await heading(t), `Redact before publishing ${reference}`);
  await t.navigate(() => t.page.getByRole('button', { name: 'Preview', exact: true }).click());
  await t.navigate(() => t.page.getByRole('button', { name: 'Publish', exact: true }).click());
  assert.equal(await t.page.getByRole('status').innerText(), 'Published with the author’s name. The public page is updated.');
}

/** A reader with no account finds the input on "Inputs received", opens it and downloads its PDF. */
export async function readPublishedInput(t: TestPage, who: Submitter): Promise<void> {
  await t.visit(`/calls/${demoSlug}`);
  await t.navigate(() => t.page.getByRole('link', { name: 'Inputs received' }).click());
  assert.equal(await heading(t), 'Inputs received');
  await t.navigate(() => t.page.getByRole('link', { name: who.organisation }).click());
  assert.equal(await heading(t), who.organisation);
  assert.ok(await question(t, 4).getByText(answerFr).isVisible());
  assert.equal(await question(t, 4).getByText(answerFr).getAttribute('lang'), 'fr');
  assert.doesNotMatch(await t.page.locator('main').innerText(), new RegExp(who.email), 'the email address is never published');
  const [download] = await Promise.all([
    t.page.waitForEvent('download'),
    question(t, 5).getByRole('link', { name: new RegExp(`^${who.filename} `) }).click(),
  ]);
  assert.equal(download.suggestedFilename(), who.filename);
  // Published files are cleaned copies: the same page and words, rewritten without the file's hidden details.
  const published = await readFile(await download.path());
  const words = /\((.*)\) Tj/.exec(tinyPdf(who.organisation).toString('latin1'))![1]!;
  assert.ok(published.toString('latin1').startsWith('%PDF-') && published.toString('latin1').includes(`(${words}) Tj`), 'the published PDF keeps its text');
}

/** An address that leads nowhere: the 404 page, in the language the reader chose earlier (checked by axe too). */
export async function notFound(t: TestPage, title = 'Page not found'): Promise<void> {
  await t.visit(`/calls/${demoSlug}-that-does-not-exist`, { status: 404 });
  assert.equal(await heading(t), title);
}

export const admin: StaffMember = { name: 'Amina Diallo', email: 'amina.diallo@ohchr.example', password: 'solidarity across borders 2026' };

export interface JourneyOptions {
  javaScript: boolean;
  who: Submitter;
  /** The first run creates the administrator from the link the server printed; later runs sign in as them. */
  staff: 'first account' | 'sign in';
  /** The reference the receipt must show, e.g. DEMO-2026-0001 for the first input on a server. */
  reference: string;
}

/** The whole journey, each person in their own browser context; every page of every context checked by axe. */
export async function runJourney(h: Harness, { javaScript, who, staff, reference }: JourneyOptions): Promise<void> {
  const pages = new Pages(h, javaScript);
  try {
    // Inputs are sealed to whoever holds a key, so on a new server the administrator's account comes first.
    const member = await pages.open('en-GB');
    if (staff === 'first account') await createFirstAccount(member, await h.server.setupUrl(), admin);
    const submitter = await pages.open('en-GB');
    const shownLink = await startDraft(submitter, who);
    const mail = await resumeMail(h, who);
    assert.deepEqual(mail.links, [shownLink], 'the mail carries the link the page showed');
    // Without JavaScript the person comes back from the mail; with it, from the link they copied off the page.
    const link = javaScript ? shownLink : mail.links[0]!;

    const resumed = await pages.open('en-GB');
    await resumeInFrench(resumed, link, who);
    await fillInFrench(resumed, who);
    if (!javaScript) await reviewWithMissingAnswer(resumed, who);
    assert.equal(await submitInFrench(resumed, who), reference);
    const code = await receiptCodeShown(resumed);
    await checkReceiptMail(h, who, reference, new URL('/follow-up', resumed.page.url()).href, code);
    await notFound(resumed, 'Page introuvable');

    if (staff === 'sign in') await signIn(member, admin);
    await publishFromInbox(member, admin, who, reference);

    await readPublishedInput(await pages.open('en-GB'), who);
    await followUpWithCode(await pages.open('en-GB'), code, reference);
    pages.assertEveryPageChecked();
  } finally {
    await pages.closeAll();
  }
}
