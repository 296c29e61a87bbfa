// Members' second factors through the real forms, for passkeys.test.ts and recovery-codes.test.ts: adding a passkey
// (with a software authenticator) or an authenticator app, the password step of a sign-in, and the answers after it.
import assert from 'node:assert/strict';
import type { TestMember } from '../../../test/support/member.ts';
import { passkeyOptionsIn, type SoftwareAuthenticator } from '../../../test/support/software-authenticator.ts';
import { postForm } from '../../../test/support/staff.ts';
import { CookieJar, type TestApp } from '../../../test/support/test-app.ts';
import { totpCode } from '../accounts/index.ts';

/** The app's BASE_URL in these tests: passkeys are bound to a domain name's origin. */
export const passkeyOrigin = 'https://solidarity.example';

/**
 * Showing a passkey page again replaces its challenge, so forms that answer one take their CSRF token from another
 * page (the token is the browser's, not the page's).
 */
export const tokenPage = '/sign-in/forgot';

let address = 0;
/** Each sign-in from its own address, clear of the sign-in rate limit. */
export const nextAddress = () => `10.77.${Math.floor(++address / 250) % 250}.${(address % 250) + 1}`;

type SignedIn = { client: CookieJar };

export async function addPasskey(t: TestApp, member: SignedIn, authenticator: SoftwareAuthenticator, name = 'Laptop') {
  const page = await t.app.inject({ url: '/account/passkeys', headers: { cookie: member.client.header() } });
  member.client.store(page);
  const response = authenticator.register(passkeyOptionsIn(page.body));
  return postForm(t, member.client, '/account/passkeys', { name, response: JSON.stringify(response) }, tokenPage, nextAddress());
}

/** Turns the authenticator app on through /account/two-factor; returns its secret and the page that answered. */
export async function enableTotp(t: TestApp, member: SignedIn) {
  const setup = await t.app.inject({ url: '/account/two-factor', headers: { cookie: member.client.header() } });
  const secret = /id="totp-secret">([A-Z2-7 ]+)</.exec(setup.body)![1]!.replace(/ /g, '');
  const enabled = await postForm(t, member.client, '/account/two-factor', { code: totpCode(secret, t.clock.now()) }, '/account/two-factor', nextAddress());
  return { secret, enabled };
}

/** The recovery codes a page shows (once). */
export function recoveryCodesIn(body: string): string[] {
  return [...body.matchAll(/<code>([a-z0-9-]{19})<\/code>/g)].map((m) => m[1]!);
}

/** The password step; returns the browser and the second step's page. */
export async function startSignIn(t: TestApp, member: Pick<TestMember, 'email' | 'password'>) {
  const jar = new CookieJar();
  const from = nextAddress();
  const first = await postForm(t, jar, '/sign-in?next=%2Fnetworks', { email: member.email, password: member.password }, '/sign-in', from);
  assert.equal(first.headers.location, '/sign-in/code?next=%2Fnetworks');
  const page = await t.app.inject({ url: String(first.headers.location), headers: { cookie: jar.header() }, remoteAddress: from });
  jar.store(page);
  return { jar, from, page };
}

export async function answerPasskey(t: TestApp, jar: CookieJar, from: string, response: object) {
  return postForm(t, jar, '/sign-in/passkey?next=%2Fnetworks', { response: JSON.stringify(response) }, tokenPage, from);
}

export async function answerCode(t: TestApp, jar: CookieJar, from: string, code: string) {
  return postForm(t, jar, '/sign-in/code?next=%2Fnetworks', { code }, tokenPage, from);
}
