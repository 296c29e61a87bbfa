// Passkeys as a member's second factor, through the real forms with a software authenticator: adding one, signing in
// with it after the password, and everything a relying party must refuse.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createAppWithAuthorshipProbe, signUpMember, type TestMember } from '../../../test/support/member.ts';
import { passkeyOptionsIn, SoftwareAuthenticator } from '../../../test/support/software-authenticator.ts';
import { postForm } from '../../../test/support/staff.ts';
import { CookieJar, testConfig, type TestApp } from '../../../test/support/test-app.ts';
import { totpCode } from '../accounts/index.ts';
import { PasskeyChallenges } from './passkey.ts';
import { listPasskeys, recordPasskeyUse } from './passkeys.repository.ts';
import {
  addPasskey as addPasskeyFor, answerPasskey, enableTotp, nextAddress, passkeyOrigin as origin, recoveryCodesIn, startSignIn as startSignInFor, tokenPage,
} from './second-factor-test-setup.ts';

describe('PasskeyChallenges', () => {
  it('gives a challenge back once, and not after five minutes', () => {
    const challenges = new PasskeyChallenges();
    const now = new Date('2026-12-04T10:00:00Z');
    challenges.issue('sign-in:a', 'c1', now);
    assert.equal(challenges.take('sign-in:a', now), 'c1');
    assert.equal(challenges.take('sign-in:a', now), null, 'single use');
    challenges.issue('sign-in:b', 'c2', now);
    challenges.issue('sign-in:b', 'c3', now);
    assert.equal(challenges.take('sign-in:b', now), 'c3', 'a page shown again replaces its challenge');
    challenges.issue('sign-in:c', 'c4', now);
    assert.equal(challenges.take('sign-in:c', new Date(now.getTime() + 5 * 60_000)), null);
  });
});

describeEachEngine('member passkeys', (database) => {
  let t: TestApp;
  before(async () => {
    t = await createAppWithAuthorshipProbe(database().db, database().engine, { config: testConfig({ BASE_URL: origin }) });
  });
  after(() => t.app.close());

  const addPasskey = (member: { client: CookieJar }, authenticator: SoftwareAuthenticator, name?: string) => addPasskeyFor(t, member, authenticator, name);
  const startSignIn = (member: Pick<TestMember, 'email' | 'password'>) => startSignInFor(t, member);
  const answer = (jar: CookieJar, from: string, response: object) => answerPasskey(t, jar, from, response);

  it('adds a named passkey without attestation, and lists it', async () => {
    const member = await signUpMember(t);
    const page = await t.app.inject({ url: '/account/passkeys', headers: { cookie: member.client.header() } });
    const options = passkeyOptionsIn(page.body);
    assert.equal(options.attestation, 'none');
    assert.deepEqual(options.rp, { name: 'International Solidarity Platform', id: 'solidarity.example' });
    assert.equal((options.authenticatorSelection as { userVerification: string }).userVerification, 'preferred');
    assert.match(page.body, /<script src="\/assets\/[0-9a-f]{12}\/passkeys\.js" defer><\/script>/);
    assert.match(page.body, /Adding a passkey needs JavaScript/, 'said to readers without JavaScript');

    const authenticator = new SoftwareAuthenticator(origin);
    const unnamed = await addPasskey(member, authenticator, ' ');
    assert.equal(unnamed.statusCode, 422);
    assert.match(unnamed.body, /Give the passkey a name/);
    const added = await addPasskey(member, authenticator, 'Blue key');
    assert.equal(added.statusCode, 200, 'a first second factor shows its recovery codes instead of redirecting');
    assert.equal(recoveryCodesIn(added.body).length, 10);
    assert.match(added.body, /href="\/account\/passkeys\?notice=added"/);
    const [stored] = await listPasskeys(t.db, member.id);
    assert.equal(stored?.credentialId, authenticator.id);
    assert.equal(stored?.name, 'Blue key');
    assert.deepEqual(stored?.transports, ['internal']);
    const list = await t.app.inject({ url: '/account/passkeys?notice=added', headers: { cookie: member.client.header() } });
    assert.match(list.body, /<strong>Blue key<\/strong> Added on/);
    assert.match(list.body, /Not used yet/);
    assert.deepEqual((passkeyOptionsIn(list.body).excludeCredentials as { id: string }[]).map((c) => c.id), [authenticator.id]);
    const again = await addPasskey(member, authenticator, 'Same key');
    assert.equal(again.statusCode, 422);
    assert.match(again.body, /already on your account/);
  });

  it('refuses to add a passkey made for another origin, or answering a challenge already used', async () => {
    const member = await signUpMember(t);
    const page = await t.app.inject({ url: '/account/passkeys', headers: { cookie: member.client.header() } });
    member.client.store(page);
    const options = passkeyOptionsIn(page.body);
    const phished = new SoftwareAuthenticator('https://solidarity.example.evil.test', 'solidarity.example');
    const refused = await postForm(t, member.client, '/account/passkeys', { name: 'Phone', response: JSON.stringify(phished.register(options)) }, tokenPage, nextAddress());
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /could not be checked/);
    const late = new SoftwareAuthenticator(origin);
    const replayed = await postForm(t, member.client, '/account/passkeys', { name: 'Phone', response: JSON.stringify(late.register(options)) }, tokenPage, nextAddress());
    assert.equal(replayed.statusCode, 422, 'the first answer used the challenge up');
    assert.deepEqual(await listPasskeys(t.db, member.id), []);
  });

  it('asks for the passkey after the password and signs in with it, pseudonym secret and all', async () => {
    const member = await signUpMember(t, { atRisk: true });
    const before = (await t.app.inject({ url: '/test/authorship?context=c', headers: { cookie: member.client.header() } })).json();
    const authenticator = new SoftwareAuthenticator(origin);
    assert.equal((await addPasskey(member, authenticator)).statusCode, 200);

    const { jar, from, page } = await startSignIn(member);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Use your passkey/);
    assert.match(page.body, /passkeys need JavaScript, which this browser has turned off/, 'a member with only passkeys is told why without JavaScript');
    assert.match(page.body, /Or enter a recovery code/, 'and offered their recovery codes, not an app’s code');
    const options = passkeyOptionsIn(page.body);
    assert.deepEqual((options.allowCredentials as { id: string }[]).map((c) => c.id), [authenticator.id]);
    assert.equal(options.userVerification, 'preferred');
    const signedIn = await answer(jar, from, authenticator.signIn(options));
    assert.equal(signedIn.headers.location, '/networks');
    const probe = await t.app.inject({ url: '/test/authorship?context=c', headers: { cookie: jar.header() } });
    assert.equal(probe.json().authorship.pseudonymId, before.authorship.pseudonymId, 'the password unwrapped the same secret');
    const [stored] = await listPasskeys(t.db, member.id);
    assert.equal(stored?.counter, 1);
    assert.equal(stored?.lastUsedAt, t.clock.now().toISOString());
  });

  it('refuses a wrong signature, another origin, a replayed or used challenge, another member’s passkey and a counter set back', async () => {
    const member = await signUpMember(t);
    const authenticator = new SoftwareAuthenticator(origin);
    await addPasskey(member, authenticator);
    const stranger = await signUpMember(t);
    const strangersKey = new SoftwareAuthenticator(origin);
    await addPasskey(stranger, strangersKey);

    const first = await startSignIn(member);
    const firstOptions = passkeyOptionsIn(first.page.body);
    const forged = await answer(first.jar, first.from, authenticator.signIn(firstOptions, { corruptSignature: true }));
    assert.equal(forged.statusCode, 422);
    assert.match(forged.body, /was not accepted\. 4 attempts left/);
    const afterUse = await answer(first.jar, first.from, authenticator.signIn(firstOptions));
    assert.equal(afterUse.statusCode, 422, 'the challenge answered once, even wrongly, is gone');
    assert.match(afterUse.body, /3 attempts left/);

    const second = await startSignIn(member);
    const relayed = await answer(second.jar, second.from, authenticator.signIn(passkeyOptionsIn(second.page.body), { origin: 'https://solidarity-example.test' }));
    assert.equal(relayed.statusCode, 422, 'a phishing site relaying the ceremony reports its own origin');
    const replayed = await answer(second.jar, second.from, authenticator.signIn(firstOptions));
    assert.equal(replayed.statusCode, 422, 'a challenge bound to another sign-in');
    const borrowed = await answer(second.jar, second.from, strangersKey.signIn(passkeyOptionsIn(replayed.body)));
    assert.equal(borrowed.statusCode, 422, 'another member’s passkey');

    const third = await startSignIn(member);
    assert.equal((await answer(third.jar, third.from, authenticator.signIn(passkeyOptionsIn(third.page.body)))).statusCode, 303);
    const counterInUse = authenticator.counter;
    const fourth = await startSignIn(member);
    authenticator.counter = 0;
    const cloned = await answer(fourth.jar, fourth.from, authenticator.signIn(passkeyOptionsIn(fourth.page.body)));
    assert.equal(cloned.statusCode, 422, 'a counter that did not move forward is a cloned authenticator');
    assert.equal((await listPasskeys(t.db, member.id))[0]?.counter, counterInUse);
  });

  it('ends the pending sign-in after five wrong answers', async () => {
    const member = await signUpMember(t);
    const authenticator = new SoftwareAuthenticator(origin);
    await addPasskey(member, authenticator);
    const { jar, from, page } = await startSignIn(member);
    let options = passkeyOptionsIn(page.body);
    for (let i = 0; i < 4; i += 1) {
      const wrong = await answer(jar, from, authenticator.signIn(options, { corruptSignature: true }));
      assert.equal(wrong.statusCode, 422);
      options = passkeyOptionsIn(wrong.body);
    }
    const last = await answer(jar, from, authenticator.signIn(options, { corruptSignature: true }));
    assert.match(last.body, /Enter your email address and password again/);
    const late = await answer(jar, from, authenticator.signIn(options));
    assert.doesNotMatch(String(late.headers.location ?? ''), /networks/);
  });

  it('offers the authenticator app’s code beside the passkey, which works without JavaScript', async () => {
    const member = await signUpMember(t);
    const { secret } = await enableTotp(t, member);
    await addPasskey(member, new SoftwareAuthenticator(origin));
    t.clock.set(new Date(t.clock.now().getTime() + 60_000).toISOString());

    const { jar, from, page } = await startSignIn(member);
    assert.match(page.body, /Use your passkey/);
    assert.match(page.body, /You can enter a code from your authenticator app instead, below/);
    assert.match(page.body, /name="code"/);
    const wrong = await postForm(t, jar, '/sign-in/code?next=%2Fnetworks', { code: '000000' }, '/sign-in/code?next=%2Fnetworks', from);
    assert.equal(wrong.statusCode, 422);
    assert.match(wrong.body, /Use your passkey/, 'the passkey is still offered');
    const signedIn = await postForm(t, jar, '/sign-in/code?next=%2Fnetworks', { code: totpCode(secret, t.clock.now()) }, '/sign-in/code?next=%2Fnetworks', from);
    assert.equal(signedIn.headers.location, '/networks');
  });

  it('removes passkeys, the last second factor only with the password', async () => {
    const member = await signUpMember(t);
    const [laptop, key] = [new SoftwareAuthenticator(origin), new SoftwareAuthenticator(origin)];
    await addPasskey(member, laptop, 'Laptop');
    await addPasskey(member, key, 'Key');
    const remove = (id: string, values: Record<string, string> = {}) =>
      postForm(t, member.client, `/account/passkeys/${id}/remove`, values, '/account/passkeys', nextAddress());
    assert.equal((await remove(laptop.id)).headers.location, '/account/passkeys?notice=removed');
    const page = await t.app.inject({ url: '/account/passkeys', headers: { cookie: member.client.header() } });
    assert.match(page.body, /Remove “Key”/);
    assert.match(page.body, /This is your only second step/);
    const bare = await remove(key.id);
    assert.equal(bare.statusCode, 422);
    assert.match(bare.body, /Enter your password to remove your only second step/);
    assert.equal((await remove(key.id, { password: 'not the password' })).statusCode, 422);
    assert.equal((await listPasskeys(t.db, member.id)).length, 1);
    assert.equal((await remove(key.id, { password: member.password })).headers.location, '/account/passkeys?notice=removed');
    const jar = new CookieJar();
    const signIn = await postForm(t, jar, '/sign-in', { email: member.email, password: member.password }, '/sign-in', nextAddress());
    assert.equal(signIn.headers.location, '/account', 'no second step left');
  });

  it('does not remove another member’s passkey', async () => {
    const owner = await signUpMember(t);
    const authenticator = new SoftwareAuthenticator(origin);
    await addPasskey(owner, authenticator);
    const other = await signUpMember(t);
    const attempt = await postForm(t, other.client, `/account/passkeys/${authenticator.id}/remove`, { password: other.password }, '/account/passkeys', nextAddress());
    assert.equal(attempt.headers.location, '/account/passkeys');
    assert.equal((await listPasskeys(t.db, owner.id)).length, 1);
  });

  it('records a use only over the counter it read, so two racing sign-ins cannot both pass', async () => {
    const member = await signUpMember(t);
    const authenticator = new SoftwareAuthenticator(origin);
    await addPasskey(member, authenticator);
    const now = t.clock.now().toISOString();
    assert.equal(await recordPasskeyUse(t.db, member.id, authenticator.id, 0, 5, now), true);
    assert.equal(await recordPasskeyUse(t.db, member.id, authenticator.id, 0, 6, now), false, 'read before the other use');
    assert.equal(await recordPasskeyUse(t.db, member.id, authenticator.id, 5, 5, now), false, 'not moved forward');
    assert.equal(await recordPasskeyUse(t.db, 'someone-else', authenticator.id, 5, 9, now), false, 'another member');
  });
});
