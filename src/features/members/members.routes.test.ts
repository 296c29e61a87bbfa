import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { signInMember, signUpMember } from '../../../test/support/member.ts';
import { postForm } from '../../../test/support/staff.ts';
import { CookieJar, createTestApp, type TestApp } from '../../../test/support/test-app.ts';

describeEachEngine('member join, sign-in and sign-out', (database) => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp(database().db, database().engine);
  });
  after(() => t.app.close());

  it('joins, sends a confirmation link, and signs in to an account marked unconfirmed', async () => {
    const member = await signUpMember(t, { displayName: 'Amina from the coast', email: 'Amina@Coast.example' });
    assert.equal(member.email, 'amina@coast.example');
    const mail = t.mailer.sent.find((m) => m.to === 'amina@coast.example');
    assert.match(mail?.text ?? '', /\/account\/confirm\/[\w-]{40,}/);
    const row = await t.db.selectFrom('members').selectAll().where('id', '=', member.id).executeTakeFirstOrThrow();
    assert.match(row.password_hash, /^\$argon2id\$/);
    assert.equal(row.email_confirmed_at, null);
    assert.equal(row.pseudonym_secret_wrapped.length, 1 + 12 + 32 + 16);
    const account = await t.app.inject({ url: '/account', headers: { cookie: member.client.header() } });
    assert.equal(account.statusCode, 200);
    assert.match(account.body, /Amina from the coast/);
    assert.match(account.body, /not confirmed yet/);
  });

  it('re-renders the join form with 422, localised errors beside the fields and what was typed', async () => {
    const jar = new CookieJar();
    await t.app.inject({ url: '/lang/fr?next=/join' }).then((r) => jar.store(r));
    const response = await postForm(t, jar, '/join', { displayName: '  ', email: 'not-an-address', password: 'short', atRisk: '1' }, '/join', '10.99.0.1');
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /Indiquez le nom que les autres verront/);
    assert.match(response.body, /nom@example\.org/);
    assert.match(response.body, /Au moins 12|au moins 12/i);
    assert.match(response.body, /value="not-an-address"/);
    assert.match(response.body, /name="atRisk" value="1" checked/);
    assert.doesNotMatch(response.body, /value="short"/, 'a password is never sent back');
    assert.equal(await t.db.selectFrom('members').select('id').where('email', '=', 'not-an-address').executeTakeFirst(), undefined);
  });

  it('answers a second join with the same address like the first, mailing the owner instead of making an account', async () => {
    await signUpMember(t, { email: 'twice@network.example', displayName: 'First' });
    const sentBefore = t.mailer.sent.length;
    const again = await postForm(t, new CookieJar(), '/join', { displayName: 'Impostor', email: 'TWICE@network.example', password: 'another long password' }, '/join', '10.99.0.2');
    assert.equal(again.statusCode, 303);
    assert.equal(again.headers.location, '/join/check-email');
    const rows = await t.db.selectFrom('members').select('display_name').where('email', '=', 'twice@network.example').execute();
    assert.deepEqual(rows.map((r) => r.display_name), ['First']);
    assert.equal(t.mailer.sent.length, sentBefore + 1);
    assert.match(t.mailer.sent.at(-1)!.subject, /tried to join/);
  });

  it('refuses a wrong password and an unknown address with the same message, keeping the email typed', async () => {
    const member = await signUpMember(t);
    for (const email of [member.email, 'nobody@network.example']) {
      const response = await postForm(t, new CookieJar(), '/sign-in', { email, password: 'wrong password here' }, '/sign-in', '10.99.0.3');
      assert.equal(response.statusCode, 422);
      assert.match(response.body, /The email address or password is not correct/);
      assert.match(response.body, new RegExp(`value="${email}"`));
    }
  });

  it('sends signed-out readers to sign in and back, to local paths only', async () => {
    const guarded = await t.app.inject({ url: '/account?tab=1' });
    assert.equal(guarded.statusCode, 303);
    assert.equal(guarded.headers.location, '/sign-in?next=%2Faccount%3Ftab%3D1');
    const member = await signUpMember(t);
    const jar = new CookieJar();
    const back = await postForm(t, jar, '/sign-in?next=%2Faccount%3Ftab%3D1', { email: member.email, password: member.password }, '/sign-in', '10.99.0.4');
    assert.equal(back.headers.location, '/account?tab=1');
    const elsewhere = await postForm(t, new CookieJar(), '/sign-in?next=%2F%2Fevil.example', { email: member.email, password: member.password }, '/sign-in', '10.99.0.4');
    assert.equal(elsewhere.headers.location, '/account');
  });

  it('signs out on the server: the old cookie no longer opens the account', async () => {
    const member = await signUpMember(t);
    const copied = member.client.header();
    const out = await postForm(t, member.client, '/sign-out', {}, '/account');
    assert.equal(out.statusCode, 303);
    const sessions = await t.db.selectFrom('member_sessions').innerJoin('members', 'members.id', 'member_sessions.member_id')
      .select('token_hash').where('members.id', '=', member.id).execute();
    assert.equal(sessions.length, 0);
    const replay = await t.app.inject({ url: '/account', headers: { cookie: copied } });
    assert.equal(replay.statusCode, 303);
    const again = await signInMember(t, member);
    assert.equal((await t.app.inject({ url: '/account', headers: { cookie: again.header() } })).statusCode, 200);
  });
});
