// Recovery codes cover every second factor: the first factor of either kind brings them, they get past the second
// step whichever factors a member has, the last factor takes them away, and /account/recovery-codes makes new ones.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createAppWithAuthorshipProbe, signUpMember, type TestMember } from '../../../test/support/member.ts';
import { SoftwareAuthenticator } from '../../../test/support/software-authenticator.ts';
import { postForm } from '../../../test/support/staff.ts';
import { CookieJar, testConfig, type TestApp } from '../../../test/support/test-app.ts';
import { countMemberRecoveryCodes, holdsMemberRecoveryCodes } from './recovery-codes.repository.ts';
import {
  addPasskey, answerCode, enableTotp, nextAddress, passkeyOrigin as origin, recoveryCodesIn, startSignIn, tokenPage,
} from './second-factor-test-setup.ts';

describeEachEngine('member recovery codes', (database) => {
  let t: TestApp;
  before(async () => {
    t = await createAppWithAuthorshipProbe(database().db, database().engine, { config: testConfig({ BASE_URL: origin }) });
  });
  after(() => t.app.close());

  /** The password step, then a code at the second step: the response to that code. */
  async function signInWithCode(member: Pick<TestMember, 'email' | 'password'>, code: string) {
    const { jar, from } = await startSignIn(t, member);
    return { jar, response: await answerCode(t, jar, from, code) };
  }

  async function passkeyMember(options: { atRisk?: boolean } = {}) {
    const member = await signUpMember(t, options);
    const added = await addPasskey(t, member, new SoftwareAuthenticator(origin));
    assert.equal(added.statusCode, 200);
    return { member, codes: recoveryCodesIn(added.body) };
  }

  const accountPage = (member: { client: CookieJar }, url: string) => t.app.inject({ url, headers: { cookie: member.client.header() } });
  const regenerate = (member: { client: CookieJar }, password: string) =>
    postForm(t, member.client, '/account/recovery-codes', { password }, tokenPage, nextAddress());

  it('signs a passkey-only member in with a recovery code, pseudonym secret and all; a used code fails', async () => {
    const { member, codes } = await passkeyMember({ atRisk: true });
    assert.equal(codes.length, 10, 'the first passkey brings ten codes');
    const again = await addPasskey(t, member, new SoftwareAuthenticator(origin), 'Spare key');
    assert.equal(again.headers.location, '/account/passkeys?notice=added', 'a second passkey keeps the codes');
    const before = (await accountPage(member, '/test/authorship?context=c')).json();

    const { page } = await startSignIn(t, member);
    assert.match(page.body, /Or enter a recovery code/);
    assert.match(page.body, /<label for="[^"]*code[^"]*">Recovery code</);
    const signedIn = await signInWithCode(member, codes[0]!.toUpperCase());
    assert.equal(signedIn.response.headers.location, '/networks');
    const probe = await t.app.inject({ url: '/test/authorship?context=c', headers: { cookie: signedIn.jar.header() } });
    assert.equal(probe.json().authorship.pseudonymId, before.authorship.pseudonymId, 'the password unwrapped the same secret');

    const reused = await signInWithCode(member, codes[0]!);
    assert.equal(reused.response.statusCode, 422, 'a recovery code works once');
    assert.match(reused.response.body, /4 attempts left/);
    assert.equal((await signInWithCode(member, '123456')).response.statusCode, 422, 'no app, so no six-digit code');
    assert.match((await accountPage(member, '/account/recovery-codes')).body, /You have 9 unused recovery codes/);
  });

  it('keeps the codes a member holds when another kind of factor comes or goes', async () => {
    const appFirst = await signUpMember(t);
    const { enabled } = await enableTotp(t, appFirst);
    const appCodes = recoveryCodesIn(enabled.body);
    assert.equal(appCodes.length, 10, 'members who set up an app first get codes as before');
    assert.match(enabled.body, /Two-factor sign-in is now on\..*If you lose the phone with your authenticator app, or a passkey/s);
    assert.equal((await addPasskey(t, appFirst, new SoftwareAuthenticator(origin))).statusCode, 303, 'no new codes with the passkey');
    const disabled = await postForm(t, appFirst.client, '/account/two-factor/disable', { password: appFirst.password }, '/account/two-factor', nextAddress());
    assert.equal(disabled.headers.location, '/account?notice=two-factor-disabled');
    assert.equal((await signInWithCode(appFirst, appCodes[0]!)).response.headers.location, '/networks', 'the app went, the passkey and the codes stay');

    const { member: passkeyFirst, codes } = await passkeyMember();
    const { enabled: appAdded } = await enableTotp(t, passkeyFirst);
    assert.equal(appAdded.headers.location, '/account/two-factor', 'no new codes with the app');
    assert.match((await accountPage(passkeyFirst, '/account/two-factor')).body, /You have 10 unused recovery codes/);
    assert.equal((await signInWithCode(passkeyFirst, codes[0]!)).response.headers.location, '/networks');
  });

  it('clears the codes with the last factor, so a later factor brings fresh ones', async () => {
    const authenticator = new SoftwareAuthenticator(origin);
    const member = await signUpMember(t);
    const firstPage = (await addPasskey(t, member, authenticator)).body;
    assert.match(firstPage, /Your passkey has been added\..*If you lose your passkey, or the device that holds it/s);
    assert.doesNotMatch(firstPage, /Two-factor sign-in is now on|instead of an app code/, 'no app was set up');
    const first = recoveryCodesIn(firstPage);
    const removed = await postForm(t, member.client, `/account/passkeys/${authenticator.id}/remove`, { password: member.password }, '/account/passkeys', nextAddress());
    assert.equal(removed.headers.location, '/account/passkeys?notice=removed');
    assert.equal(await holdsMemberRecoveryCodes(t.db, member.id), false);
    const bare = await postForm(t, new CookieJar(), '/sign-in', { email: member.email, password: member.password }, '/sign-in', nextAddress());
    assert.equal(bare.headers.location, '/account', 'no second step, and no codes left to stand in for one');

    const fresh = recoveryCodesIn((await addPasskey(t, member, new SoftwareAuthenticator(origin))).body);
    assert.equal(fresh.length, 10);
    assert.equal((await signInWithCode(member, first[0]!)).response.statusCode, 422, 'the old codes are gone');
    assert.equal((await signInWithCode(member, fresh[0]!)).response.headers.location, '/networks');

    const appOnly = await signUpMember(t);
    await enableTotp(t, appOnly);
    await postForm(t, appOnly.client, '/account/two-factor/disable', { password: appOnly.password }, '/account/two-factor', nextAddress());
    assert.equal(await holdsMemberRecoveryCodes(t.db, appOnly.id), false, 'the app as last factor takes them too');
  });

  it('makes new codes from /account only with the password, and the old ones stop working', async () => {
    const none = await signUpMember(t);
    const account = await accountPage(none, '/account');
    assert.match(account.body, /<a href="\/account\/recovery-codes">Recovery codes<\/a>/);
    assert.match((await accountPage(none, '/account/recovery-codes')).body, /Recovery codes come with a second step/);
    // Only reachable when the last factor went in another tab: the form is not on the page without one.
    assert.equal((await regenerate(none, none.password)).headers.location, '/account/recovery-codes');
    assert.equal(await holdsMemberRecoveryCodes(t.db, none.id), false, 'no codes without a factor');

    const { member, codes } = await passkeyMember();
    const wrong = await regenerate(member, 'not the password');
    assert.equal(wrong.statusCode, 422);
    assert.match(wrong.body, /current password is not correct/);
    assert.equal((await signInWithCode(member, codes[0]!)).response.headers.location, '/networks', 'a refusal changed nothing');
    const made = await regenerate(member, member.password);
    assert.equal(made.statusCode, 200);
    const renewed = recoveryCodesIn(made.body);
    assert.match(made.body, /your old codes no longer work/);
    assert.doesNotMatch(made.body, /Two-factor sign-in is now on|Your passkey has been added/, 'nothing was just turned on');
    assert.equal(renewed.length, 10);
    assert.equal(renewed.filter((code) => codes.includes(code)).length, 0);
    assert.equal((await signInWithCode(member, codes[1]!)).response.statusCode, 422, 'an unused old code stops working');
    assert.equal((await signInWithCode(member, renewed[0]!)).response.headers.location, '/networks');
    assert.equal(await countMemberRecoveryCodes(t.db, member.id), 9);
  });

  it('gives codes to a passkey member who had none, from their next factor or /account', async () => {
    const { member } = await passkeyMember();
    await t.db.deleteFrom('member_recovery_codes').where('member_id', '=', member.id).execute(); // as before codes covered passkeys
    const { page } = await startSignIn(t, member);
    assert.doesNotMatch(page.body, /name="code"/, 'no code form when no code is left');
    assert.match(page.body, /Turn JavaScript on, or sign in from a browser that can use your passkey/);
    assert.match((await accountPage(member, '/account/recovery-codes')).body, /You have no unused recovery codes left/);
    assert.equal(recoveryCodesIn((await addPasskey(t, member, new SoftwareAuthenticator(origin), 'Spare key')).body).length, 10);
  });
});
