import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createAppWithAuthorshipProbe, signInMember, signUpMember } from '../../../test/support/member.ts';
import { postForm } from '../../../test/support/staff.ts';
import { CookieJar, type TestApp } from '../../../test/support/test-app.ts';
import { totpCode } from '../accounts/index.ts';
import { revealedPseudonyms } from './index.ts';

function linkIn(t: TestApp, path: string): string {
  const match = new RegExp(`${path}/[\\w-]+`).exec(t.mailer.sent.at(-1)?.text ?? '');
  if (!match) throw new Error(`no ${path} link in the last mail`);
  return match[0];
}

describeEachEngine('member account pages', (database) => {
  let t: TestApp;
  before(async () => {
    t = await createAppWithAuthorshipProbe(database().db, database().engine);
  });
  after(() => t.app.close());

  it('confirms the email address from the link once, after a button press', async () => {
    const member = await signUpMember(t);
    const link = linkIn(t, '/account/confirm');
    const page = await t.app.inject({ url: link });
    assert.equal(page.statusCode, 200);
    const row = () => t.db.selectFrom('members').select('email_confirmed_at').where('id', '=', member.id).executeTakeFirstOrThrow();
    assert.equal((await row()).email_confirmed_at, null, 'opening the link (a mail scanner) confirms nothing');
    const confirmed = await postForm(t, member.client, link, {});
    assert.equal(confirmed.headers.location, '/account?notice=email-confirmed');
    assert.notEqual((await row()).email_confirmed_at, null);
    assert.equal((await t.app.inject({ url: link })).statusCode, 404);
    const account = await t.app.inject({ url: '/account', headers: { cookie: member.client.header() } });
    assert.doesNotMatch(account.body, /not confirmed yet/);
  });

  it('links to the member’s moderation notices and email notifications', async () => {
    const member = await signUpMember(t);
    const account = await t.app.inject({ url: '/account', headers: { cookie: member.client.header() } });
    assert.match(account.body, /<a href="\/moderation\/notices">Moderation notices<\/a>/);
    assert.match(account.body, /<a href="\/account\/notifications">Email notifications<\/a>/);
    const notices = await t.app.inject({ url: '/moderation/notices', headers: { cookie: member.client.header() } });
    assert.equal(notices.statusCode, 200);
  });

  it('sends a new confirmation link on request, voiding the first', async () => {
    const member = await signUpMember(t);
    const first = linkIn(t, '/account/confirm');
    assert.equal((await postForm(t, member.client, '/account/confirm', {}, '/account')).statusCode, 303);
    assert.notEqual(linkIn(t, '/account/confirm'), first);
    assert.equal((await t.app.inject({ url: first })).statusCode, 404);
  });

  it('saves the display name and at-risk mode, and re-renders a bad name with 422', async () => {
    const member = await signUpMember(t);
    const bad = await postForm(t, member.client, '/account', { displayName: 'x'.repeat(81), atRisk: '1' }, '/account');
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /at most 80 characters/);
    assert.match(bad.body, /name="atRisk" value="1" checked/);
    const saved = await postForm(t, member.client, '/account', { displayName: 'River keeper', atRisk: '1' }, '/account');
    assert.equal(saved.headers.location, '/account?notice=saved');
    const probe = await t.app.inject({ url: '/test/authorship?context=c', headers: { cookie: member.client.header() } });
    assert.equal(probe.json().authorship.kind, 'pseudonym');
  });

  it('refuses a signed-out POST with 403', async () => {
    const response = await postForm(t, new CookieJar(), '/account/password', { current: 'x', password: 'y', confirm: 'y' }, '/sign-in');
    assert.equal(response.statusCode, 403);
  });

  it('changes the password only with the current one, and signs other browsers out', async () => {
    const member = await signUpMember(t);
    const elsewhere = await signInMember(t, member);
    const wrong = await postForm(t, member.client, '/account/password', { current: 'not it at all', password: 'new password here', confirm: 'new password here' });
    assert.equal(wrong.statusCode, 422);
    assert.match(wrong.body, /current password is not correct/);
    const mismatch = await postForm(t, member.client, '/account/password', { current: member.password, password: 'new password here', confirm: 'other' });
    assert.match(mismatch.body, /not the same/);
    const ok = await postForm(t, member.client, '/account/password', { current: member.password, password: 'new password here', confirm: 'new password here' });
    assert.equal(ok.headers.location, '/account?notice=password-changed');
    assert.equal((await t.app.inject({ url: '/account', headers: { cookie: member.client.header() } })).statusCode, 200);
    assert.equal((await t.app.inject({ url: '/account', headers: { cookie: elsewhere.header() } })).statusCode, 303);
  });

  it('answers a reset request the same for unknown addresses, and a reset link works once', async () => {
    const member = await signUpMember(t);
    const sent = t.mailer.sent.length;
    const unknown = await postForm(t, new CookieJar(), '/sign-in/forgot', { email: 'nobody@nowhere.example' }, '/sign-in/forgot', '10.99.2.1');
    assert.equal(unknown.headers.location, '/sign-in/forgot?sent=1');
    assert.equal(t.mailer.sent.length, sent);
    const known = await postForm(t, new CookieJar(), '/sign-in/forgot', { email: member.email }, '/sign-in/forgot', '10.99.2.1');
    assert.equal(known.headers.location, '/sign-in/forgot?sent=1');
    const link = linkIn(t, '/sign-in/reset');
    const page = await t.app.inject({ url: link });
    assert.match(page.body, /new pseudonyms/);
    const short = await postForm(t, new CookieJar(), link, { password: 'short', confirm: 'short' }, link, '10.99.2.1');
    assert.equal(short.statusCode, 422);
    assert.equal((await postForm(t, new CookieJar(), link, { password: 'the new phrase 1', confirm: 'the new phrase 1' }, link, '10.99.2.1')).statusCode, 303);
    assert.equal((await t.app.inject({ url: link })).statusCode, 404);
    await signInMember(t, { email: member.email, password: 'the new phrase 1' });
  });

  it('sets up two-factor sign-in, then asks for a code or a recovery code at sign-in, even after a reset', async () => {
    const member = await signUpMember(t);
    const page = await t.app.inject({ url: '/account/two-factor', headers: { cookie: member.client.header() } });
    const secret = /id="totp-secret">([A-Z2-7 ]+)</.exec(page.body)![1]!.replace(/ /g, '');
    const wrong = await postForm(t, member.client, '/account/two-factor', { code: '000000' });
    assert.equal(wrong.statusCode, 422);
    const enabled = await postForm(t, member.client, '/account/two-factor', { code: totpCode(secret, t.clock.now()) });
    const codes = [...enabled.body.matchAll(/<code>([a-z0-9-]{19})<\/code>/g)].map((m) => m[1]!);
    assert.equal(codes.length, 10);

    const signIn = async (code: string) => {
      const jar = new CookieJar();
      const first = await postForm(t, jar, '/sign-in', { email: member.email, password: member.password }, '/sign-in', '10.99.3.1');
      assert.match(String(first.headers.location), /^\/sign-in\/code/);
      return { jar, response: await postForm(t, jar, '/sign-in/code', { code }, '/sign-in/code', '10.99.3.1') };
    };
    assert.equal((await signIn('123456')).response.statusCode, 422);
    t.clock.set(new Date(t.clock.now().getTime() + 60_000).toISOString());
    const withApp = await signIn(totpCode(secret, t.clock.now()));
    assert.equal(withApp.response.headers.location, '/account');
    assert.equal((await t.app.inject({ url: '/account', headers: { cookie: withApp.jar.header() } })).statusCode, 200);
    assert.equal((await signIn(codes[0]!)).response.statusCode, 303);
    assert.equal((await signIn(codes[0]!)).response.statusCode, 422, 'a recovery code works once');

    await postForm(t, new CookieJar(), '/sign-in/forgot', { email: member.email }, '/sign-in/forgot', '10.99.3.2');
    const link = linkIn(t, '/sign-in/reset');
    await postForm(t, new CookieJar(), link, { password: member.password + '!', confirm: member.password + '!' }, link, '10.99.3.2');
    const afterReset = await postForm(t, new CookieJar(), '/sign-in', { email: member.email, password: member.password + '!' }, '/sign-in', '10.99.3.3');
    assert.match(String(afterReset.headers.location), /^\/sign-in\/code/, 'the emailed link does not get past the second factor');
  });

  it('stores a reveal only for the member’s own pseudonym', async () => {
    const member = await signUpMember(t, { atRisk: true, displayName: 'Now public' });
    const other = await signUpMember(t, { atRisk: true });
    const mine = (await t.app.inject({ url: '/test/authorship?context=thread:9', headers: { cookie: member.client.header() } })).json().authorship.pseudonymId;
    const form = `/account/reveal?context=thread%3A9&pseudonymId=${mine}&next=%2Fthreads%2F9`;
    const stolen = await postForm(t, other.client, '/account/reveal', { context: 'thread:9', pseudonymId: mine, statement: '', next: '/' }, form);
    assert.equal(stolen.statusCode, 422);
    const revealed = await postForm(t, member.client, '/account/reveal', { context: 'thread:9', pseudonymId: mine, statement: 'It was me.', next: '/threads/9' }, form);
    assert.equal(revealed.headers.location, '/threads/9');
    const found = await revealedPseudonyms(t.db, [mine, 'UNKNOWN']);
    assert.deepEqual([...found.keys()], [mine]);
    assert.equal(found.get(mine)?.displayName, 'Now public');
    assert.equal(found.get(mine)?.statement, 'It was me.');
  });
});
