// Issue 6's journey in a real browser, shared by the runs with JavaScript on and off: two people join the network
// and confirm their addresses, each creates an organisation, A founds a network and B's organisation comes in (by
// request or by invitation), A drafts a statement that B discusses, A publishes it, B co-signs it for the
// organisation, a signed-out reader sees the signatory and checks the signed file on /verify, B withdraws.
// Elements are found by their accessible names and roles, so a broken label or heading fails the journey too.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { TestContext } from 'node:test';
import type { TestPage } from '../support/browser.ts';
import type { Harness } from './harness.ts';
import { Pages } from './journey.ts';

export interface Person {
  name: string;
  email: string;
  password: string;
  organisation: { name: string; country: string; countryName: string; regionalGroup: string };
}

export const person = (name: string, email: string, organisation: Person['organisation']): Person => ({
  name, email, password: 'solidarity across borders 2026', organisation,
});
/** Where an organisation works, as the public statement page names and counts it. */
export const kenya = { country: 'KE', countryName: 'Kenya', regionalGroup: 'African Group' };
export const chile = { country: 'CL', countryName: 'Chile', regionalGroup: 'Latin American and Caribbean Group' };

export interface NetworkJourneyOptions {
  javaScript: boolean;
  a: Person;
  b: Person;
  network: string;
  statement: { title: string; text: string; comment: string };
  /** How B's organisation comes into A's network: B asks and A approves, or A invites and B accepts. */
  entry: 'request' | 'invitation';
  /** How the reader hands the signed file to /verify. */
  verifyBy: 'upload' | 'paste';
}

const heading = (t: TestPage): Promise<string> => t.page.getByRole('heading', { level: 1 }).innerText();
const main = (t: TestPage) => t.page.getByRole('main');
const status = (t: TestPage): Promise<string> => main(t).getByRole('status').innerText();
const path = (t: TestPage): string => new URL(t.page.url()).pathname;
const follow = (t: TestPage, name: string) => t.navigate(() => main(t).getByRole('link', { name, exact: true }).click());
const press = (t: TestPage, name: string) => t.navigate(() => main(t).getByRole('button', { name, exact: true }).click());
const menu = (t: TestPage, name: string) =>
  t.navigate(() => t.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name, exact: true }).click());
const literally = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * To a signed-in account with a confirmed address: join, the mailed link, then sign in. The form is found from the
 * home page, or opened from an address a colleague sent (fewer pages: axe on each is most of a journey's time).
 */
export async function joinAndConfirm(h: Harness, t: TestPage, person: Person, from: 'home page' | 'link'): Promise<void> {
  if (from === 'home page') {
    await t.visit('/');
    await menu(t, 'Your account');
    assert.equal(await heading(t), 'Sign in', 'the account page asks a signed-out reader to sign in');
    await follow(t, 'New here? Join the network');
  } else {
    await t.visit('/join');
  }
  assert.equal(await heading(t), 'Join the solidarity network');
  await t.page.getByLabel(/^Name shown to others/).fill(person.name);
  await t.page.getByLabel(/^Email address/).fill(person.email);
  await t.page.getByLabel(/^Password/).fill(person.password);
  await press(t, 'Create my account');
  assert.equal(await heading(t), 'Check your email');

  const mail = await h.smtp.waitForMessage((m) => m.to.includes(person.email) && m.subject === 'Confirm your email address for the solidarity network');
  assert.equal(mail.links.length, 1);
  await t.visit(mail.links[0]!);
  assert.equal(await heading(t), 'Confirm your email address');
  await press(t, 'Confirm my email address');
  // Confirmed from the mail, not yet signed in: the account page asks for the password first, then says so.
  assert.equal(await heading(t), 'Sign in');
  await t.page.getByLabel(/^Email address/).fill(person.email);
  await t.page.getByLabel(/^Password/).fill(person.password);
  await press(t, 'Sign in');
  assert.equal(path(t), '/account');
  assert.equal(await status(t), 'Your email address is confirmed.');
}

/** Creates the person's organisation from the directory; returns its id. */
export async function createOrganisation(t: TestPage, { organisation }: Person): Promise<string> {
  await menu(t, 'Organisations');
  await follow(t, 'Create an organisation');
  await t.page.getByLabel(/^Name/).fill(organisation.name);
  await t.page.getByLabel(/^Kind of organisation/).selectOption({ label: 'Non-governmental organisation' });
  await t.page.getByLabel(/^Countries of work/).selectOption([organisation.country]);
  await t.page.getByLabel(/^Themes/).selectOption(['housing']);
  await t.page.getByLabel(/^Description/).fill('Tenants’ committees defending people evicted from their homes.');
  await press(t, 'Create the organisation');
  assert.equal(await heading(t), organisation.name);
  assert.equal(await status(t), 'The organisation is created. You are its administrator.');
  return path(t).split('/').pop()!;
}

/** A founds a public network with their organisation. Without JavaScript a missing scope comes back first (422). */
export async function createNetwork(t: TestPage, network: string, founder: Person): Promise<string> {
  await menu(t, 'Networks');
  await follow(t, 'Create a network');
  assert.equal(await heading(t), 'Create a network');
  await t.page.getByLabel(/^Organisation/).selectOption({ label: founder.organisation.name });
  await t.page.getByLabel(/^Name/).fill(network);
  await t.page.getByLabel(/^Themes/).selectOption(['housing']);
  await t.page.getByLabel(/^Countries/).selectOption(['CL', 'KE']);
  if (!t.javaScript) {
    await t.navigate(() => main(t).getByRole('button', { name: 'Create the network' }).click(), { status: 422 });
    const scope = t.page.getByLabel(/^Scope/);
    assert.equal(await scope.getAttribute('aria-invalid'), 'true');
    assert.equal(await main(t).locator('.field', { has: scope }).locator('.field-error').innerText(), 'Choose the network’s scope.');
    assert.equal(await t.page.getByLabel(/^Name/).inputValue(), network, 'what was typed is kept');
    assert.deepEqual(await t.page.getByLabel(/^Countries/).evaluate((s: HTMLSelectElement) => Array.from(s.selectedOptions, (o) => o.value)), ['CL', 'KE']);
  }
  await t.page.getByLabel(/^Scope/).selectOption({ label: 'Transnational' });
  await t.page.getByLabel('Public: anyone may read its page').check();
  await press(t, 'Create the network');
  assert.equal(await heading(t), network);
  assert.equal(await status(t), 'The network is created. Your organisation is its first member, and you coordinate it.');
  return path(t).split('/').pop()!;
}

/** B asks to join from the network's page; A, coordinating, approves the request on the page A left open. */
export async function joinByRequest(a: TestPage, b: TestPage, network: string, member: Person): Promise<void> {
  await menu(b, 'Networks');
  await follow(b, network);
  assert.equal(await heading(b), network);
  await press(b, 'Ask to join');
  assert.equal(await status(b), 'Your request is sent to the coordinators.');
  await a.visit(a.page.url());
  assert.equal(await heading(a), network);
  const requests = main(a).getByRole('region', { name: 'Coordination' });
  assert.ok(await requests.getByRole('link', { name: member.organisation.name }).isVisible(), 'the request names the organisation');
  await a.navigate(() => requests.getByRole('button', { name: 'Approve' }).click());
  assert.equal(await status(a), 'The organisation is now a member of the network.');
}

/**
 * A invites B's organisation from its profile; B's administrator accepts on the organisation's networks page,
 * reached from the organisation's profile B left open.
 */
export async function joinByInvitation(a: TestPage, b: TestPage, network: string, member: Person): Promise<void> {
  await menu(a, 'Organisations');
  await follow(a, member.organisation.name);
  await follow(a, 'Networks');
  await press(a, `Invite to ${network}`);
  assert.equal(await status(a), 'The invitation is sent; the organisation’s administrators will answer.');
  assert.equal(await heading(b), member.organisation.name);
  await follow(b, 'Networks');
  const invitations = main(b).getByRole('region', { name: 'Invitations to join' });
  assert.ok(await invitations.getByRole('link', { name: network }).isVisible());
  await b.navigate(() => invitations.getByRole('button', { name: 'Accept the invitation' }).click());
  assert.equal(await heading(b), network);
  assert.equal(await status(b), 'The organisation is now a member of the network.');
}

/** A network as the journey knows it once created: its address and its name. */
export interface NetworkRef {
  id: string;
  name: string;
}

/** The network's statements, for its members. Its page does not link there (reported), so they come by the address. */
async function openStatements(t: TestPage, network: NetworkRef): Promise<void> {
  await t.visit(`/networks/${network.id}/statements`);
  assert.equal(await heading(t), `Statements of ${network.name}`);
}

/** A drafts the statement in the network and stays on the draft's page. */
export async function draftStatement(t: TestPage, network: NetworkRef, statement: NetworkJourneyOptions['statement']): Promise<void> {
  await openStatements(t, network);
  await follow(t, 'Draft a statement or appeal');
  await t.page.getByLabel('Statement', { exact: true }).check();
  await t.page.getByLabel(/^Language of the text/).selectOption('en');
  await t.page.getByLabel(/^Title/).fill(statement.title);
  await t.page.getByLabel(/^Text/).fill(statement.text);
  await t.page.getByLabel(/^Themes/).selectOption(['housing']);
  await press(t, 'Save the draft');
  assert.equal(await heading(t), statement.title);
  assert.equal(await status(t), 'The draft is saved. Members of the network can now discuss it.');
}

/** B, now in the network, opens the draft from the network's statements and comments on it. */
export async function commentOnDraft(t: TestPage, network: NetworkRef, statement: NetworkJourneyOptions['statement'], author: Person): Promise<void> {
  await openStatements(t, network);
  await follow(t, statement.title);
  assert.equal(await heading(t), statement.title);
  assert.match(await main(t).innerText(), /Draft, seen only inside the network/);
  await t.page.getByLabel(/^Your comment/).fill(statement.comment);
  await press(t, 'Add the comment');
  assert.equal(await status(t), 'Your comment is added.');
  const comments = main(t).getByRole('region', { name: 'Discussion (1 comment)' });
  assert.match(await comments.innerText(), new RegExp(`${literally(author.name)}[\\s\\S]*${literally(statement.comment)}`));
}

/** A, still on the draft's page, reads it again with B's comment and publishes. */
export async function publishDraft(t: TestPage, statement: NetworkJourneyOptions['statement']): Promise<void> {
  await t.visit(t.page.url());
  assert.equal(await heading(t), statement.title);
  assert.ok(await main(t).getByText(statement.comment).isVisible(), 'the coordinator reads the comment');
  await press(t, 'Publish for the network');
  assert.equal(await status(t), 'The statement is published and signed.');
}

/** B, administrator of their organisation, co-signs from the public list; the signing page stays open for later. */
export async function coSign(t: TestPage, title: string, signer: Person): Promise<void> {
  await menu(t, 'Statements');
  await follow(t, title);
  assert.equal(await heading(t), title);
  await follow(t, 'Co-sign for your organisation');
  await press(t, `Sign for ${signer.organisation.name}`);
  assert.equal(await status(t), 'Your organisation has co-signed the statement.');
}

export async function withdraw(t: TestPage, signer: Person): Promise<void> {
  await press(t, `Withdraw the signature of ${signer.organisation.name}`);
  assert.equal(await status(t), 'The signature is withdrawn.');
  const history = main(t).getByRole('region', { name: 'History of your organisations’ signatures' });
  assert.match(await history.innerText(), new RegExp(`${literally(signer.organisation.name)}: signed on .+, withdrawn on .+`));
}

/** Signed out: the signatory is listed and counted by country and regional group; the signed file is downloaded. */
export async function readSignedStatement(t: TestPage, title: string, network: string, signer: Person): Promise<string> {
  await t.visit('/statements');
  await follow(t, title);
  assert.equal(await heading(t), title);
  assert.match(await main(t).innerText(), new RegExp(`Issued by ${literally(network)} on `));
  const signatories = main(t).getByRole('region', { name: '1 signatory' });
  const { organisation } = signer;
  assert.match(await signatories.getByRole('listitem').innerText(), new RegExp(`^${literally(organisation.name)}\\b.* \\(${organisation.countryName}\\) · `));
  const byRegion = signatories.getByRole('table', { name: /^Signatories by UN regional group/ });
  assert.match(await byRegion.locator('tbody').innerText(), new RegExp(`^${organisation.regionalGroup}\\s+1$`));
  const byCountry = signatories.getByRole('table', { name: /^Signatories by country of work/ });
  assert.match(await byCountry.locator('tbody').innerText(), new RegExp(`^${organisation.countryName}\\s+1$`));

  const [download] = await Promise.all([t.page.waitForEvent('download'), main(t).getByRole('link', { name: 'Download the signed file' }).click()]);
  assert.match(download.suggestedFilename(), /^statement-[\w-]{8}-en-v1\.signed\.json$/);
  const file = await readFile((await download.path())!, 'utf8');
  assert.ok(file.includes(organisation.name) && file.includes(title), 'the file carries the text and its signatory');
  return file;
}

/** The reader checks the file on /verify, then a copy with one character changed. */
export async function verifyFile(t: TestPage, file: string, by: NetworkJourneyOptions['verifyBy'], title: string, signer: Person): Promise<void> {
  // From the statement's own link without JavaScript; from the footer every page carries with it.
  if (t.javaScript) await t.navigate(() => t.page.getByRole('contentinfo').getByRole('link', { name: 'Check a signed statement' }).click());
  else await follow(t, 'Check a signed file on the verification page');
  assert.equal(await heading(t), 'Check a signed statement');
  const check = async (text: string) => {
    if (by === 'upload') await t.page.getByLabel('Signed file', { exact: true }).setInputFiles({ name: 'statement.signed.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    else await t.page.getByLabel(/^Or paste the text/).fill(text);
    await press(t, 'Check');
  };
  await check(file);
  assert.equal(await main(t).getByRole('heading', { level: 2 }).first().innerText(), 'Genuine and unaltered');
  const says = await main(t).innerText();
  assert.ok(says.includes(title) && says.includes(signer.organisation.name), 'the page shows what the genuine file says');
  await check(file.replace(title, title.replace(/s/, 'z')));
  assert.equal(await main(t).getByRole('alert').getByRole('heading').innerText(), 'Altered: do not trust this copy');
}

/** After the withdrawal the public page, read again, lists nobody. */
export async function signatoryGone(t: TestPage, statementUrl: string): Promise<void> {
  await t.visit(statementUrl);
  const signatories = main(t).getByRole('region', { name: 'Signatories' });
  assert.equal(await signatories.getByText('No organisation has co-signed yet.').count(), 1);
}

/**
 * The whole journey, each person in their own browser context; every page of every context checked by axe. Returns
 * how many pages were loaded (and checked), the figure that sets a journey's time.
 */
export async function runNetworkJourney(h: Harness, options: NetworkJourneyOptions): Promise<number> {
  const { javaScript, a, b, network, statement } = options;
  const pages = new Pages(h, javaScript);
  try {
    const [pageA, pageB] = [await pages.open(), await pages.open()];
    // The way from the home page to the form is links alone: once, with JavaScript, is enough.
    await joinAndConfirm(h, pageA, a, javaScript ? 'home page' : 'link');
    await createOrganisation(pageA, a);
    const networkRef = { id: await createNetwork(pageA, network, a), name: network };
    await joinAndConfirm(h, pageB, b, 'link');
    await createOrganisation(pageB, b);
    await (options.entry === 'request' ? joinByRequest : joinByInvitation)(pageA, pageB, network, b);

    await draftStatement(pageA, networkRef, statement);
    await commentOnDraft(pageB, networkRef, statement, b);
    await publishDraft(pageA, statement);
    await coSign(pageB, statement.title, b);

    const reader = await pages.open();
    const file = await readSignedStatement(reader, statement.title, network, b);
    const statementUrl = reader.page.url();
    await verifyFile(reader, file, options.verifyBy, statement.title, b);
    await withdraw(pageB, b);
    await signatoryGone(reader, statementUrl);
    pages.assertEveryPageChecked();
    return [pageA, pageB, reader].reduce((sum, t) => sum + t.navigations.length, 0);
  } finally {
    await pages.closeAll();
  }
}

/** Runs the journey and writes in the test's output how long it took and how many pages it loaded, on which engine. */
export async function timedNetworkJourney(t: TestContext, h: Harness, options: NetworkJourneyOptions): Promise<void> {
  const started = performance.now();
  const pages = await runNetworkJourney(h, options);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  t.diagnostic(`journey ${options.javaScript ? 'with' : 'without'} JavaScript on ${h.server.engine}: ${seconds} s, ${pages} pages checked by axe`);
}
