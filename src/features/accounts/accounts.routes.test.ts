import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createStaffUser, formPayload, postForm, signedInStaff } from '../../../test/support/staff.ts';
import { CookieJar, createTestApp, csrfTokenFrom, testConfig, type TestApp } from '../../../test/support/test-app.ts';
import { createSetupLinkIfNoStaff } from './index.ts';

const start = '2026-11-23T10:00:00Z';
let address = 0;
/** Each sign-in test from its own address, so the suite stays under the sign-in rate limit. */
const nextAddress = () => `10.1.${Math.floor(++address / 250)}.${(address % 250) + 1}`;

describeEachEngine('staff accounts', (database) => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp(database().db, database().engine);
  });
  after(() => t.app.close());

  async function signInAttempt(jar: CookieJar, email: string, password: string, next = '', remoteAddress = nextAddress()) {
    const url = `/staff/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`;
    const page = await t.app.inject({ url, remoteAddress, headers: { cookie: jar.header() } });
    jar.store(page);
    const response = await t.app.inject({
      method: 'POST', url, remoteAddress, payload: formPayload({ email, password, _csrf: csrfTokenFrom(page.body) }),
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
    });
    jar.store(response);
    return response;
  }

  it('creates the first admin from the setup link once, signs them in, then answers 404', async () => {
    const path = await createSetupLinkIfNoStaff(database().db, t.clock.now(), 24);
    const printedAtAnEarlierStart = await createSetupLinkIfNoStaff(database().db, t.clock.now(), 24);
    assert.ok(path && printedAtAnEarlierStart);
    const jar = new CookieJar();
    const form = await t.app.inject({ url: path });
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /Create the first staff account/);
    jar.store(form);

    const short = await t.app.inject({
      method: 'POST', url: path, headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      payload: formPayload({ displayName: 'Ama Mensah', email: 'ama@ohchr.example', password: 'short', confirm: 'short', _csrf: csrfTokenFrom(form.body) }),
    });
    assert.equal(short.statusCode, 422);
    assert.match(short.body, /Use at least 12 characters/);
    assert.match(short.body, /value="Ama Mensah"/);
    assert.match(short.body, /value="ama@ohchr.example"/);

    const created = await postForm(t, jar, path, {
      displayName: 'Ama Mensah', email: 'Ama@OHCHR.example', password: 'a long enough passphrase', confirm: 'a long enough passphrase',
    });
    assert.equal(created.statusCode, 303);
    assert.equal(created.headers.location, '/staff/two-factor?next=%2Fstaff', 'an administrator sets up a second factor first');
    const cookie = String([created.headers['set-cookie']].flat().find((c) => String(c).startsWith('staff_session=')));
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    assert.match(cookie, /Path=\//);
    assert.doesNotMatch(cookie, /Secure/); // http base URL in tests

    const members = await t.app.inject({ url: '/staff/members', headers: { cookie: jar.header() } });
    assert.equal(members.statusCode, 303, 'signed in, and sent to set up a second factor');
    assert.equal(members.headers.location, '/staff/two-factor?next=%2Fstaff%2Fmembers');
    const enrol = await t.app.inject({ url: members.headers.location, headers: { cookie: jar.header() } });
    assert.equal(enrol.statusCode, 200);
    assert.match(enrol.body, /Your role lets you read confidential inputs/);

    assert.equal((await t.app.inject({ url: path })).statusCode, 404);
    const again = await t.app.inject({
      method: 'POST', url: path, headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      payload: formPayload({ displayName: 'X', email: 'x@ohchr.example', password: 'another long passphrase', confirm: 'another long passphrase', _csrf: csrfTokenFrom(enrol.body) }),
    });
    assert.equal(again.statusCode, 404);
    assert.equal(await createSetupLinkIfNoStaff(database().db, t.clock.now(), 24), null);
    assert.equal((await t.app.inject({ url: printedAtAnEarlierStart })).statusCode, 404, 'no second admin from an older first-account link');
  });

  it('answers 404 for an unknown or expired setup link', async () => {
    assert.equal((await t.app.inject({ url: '/staff/setup/not-a-real-token' })).statusCode, 404);
    const jar = (await signedInStaff(t, database().db, { role: 'admin' })).jar;
    const invited = await postForm(t, jar, '/staff/members', { email: 'late@ohchr.example', role: 'call-manager' });
    const link = /<code class="link">http:\/\/[^/]+(\/staff\/setup\/[^<]+)<\/code>/.exec(invited.body)?.[1];
    assert.ok(link);
    t.clock.set('2026-11-24T10:00:01Z');
    try {
      assert.equal((await t.app.inject({ url: link })).statusCode, 404);
    } finally {
      t.clock.set(start);
    }
  });

  it('signs in with the right password and returns to a local next page only', async () => {
    const staff = await createStaffUser(database().db);
    const jar = new CookieJar();
    const response = await signInAttempt(jar, staff.email.toUpperCase(), staff.password, '/staff/password');
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/staff/password');
    assert.equal((await t.app.inject({ url: '/staff/password', headers: { cookie: jar.header() } })).statusCode, 200);

    const offsite = await signInAttempt(new CookieJar(), staff.email, staff.password, '//evil.example/');
    assert.equal(offsite.headers.location, '/staff');
  });

  it('refuses a wrong password or unknown email with one generic error and keeps the email', async () => {
    const staff = await createStaffUser(database().db);
    const wrong = await signInAttempt(new CookieJar(), staff.email, 'not the password at all');
    const unknown = await signInAttempt(new CookieJar(), 'nobody@ohchr.example', staff.password);
    for (const [response, email] of [[wrong, staff.email], [unknown, 'nobody@ohchr.example']] as const) {
      assert.equal(response.statusCode, 422);
      assert.match(response.body, /The email address or password is not correct/);
      assert.ok(response.body.includes(`value="${email}"`));
      assert.equal(response.cookies.find((c) => c.name === 'staff_session'), undefined);
    }
    const french = await t.app.inject({ url: '/staff/sign-in', headers: { 'accept-language': 'fr' } });
    assert.match(french.body, /Connexion du personnel/);
  });

  it('limits sign-in attempts from one address', async () => {
    const remoteAddress = '10.99.0.1';
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) statuses.push((await signInAttempt(new CookieJar(), 'x@ohchr.example', 'wrong password!', '', remoteAddress)).statusCode);
    assert.deepEqual(statuses.slice(0, 10), Array(10).fill(422));
    assert.equal(statuses[10], 429);
  });

  it('ends a session after the configured hours', async () => {
    const { jar } = await signedInStaff(t, database().db);
    try {
      t.clock.set('2026-11-23T17:59:00Z');
      assert.equal((await t.app.inject({ url: '/staff/password', headers: { cookie: jar.header() } })).statusCode, 200);
      t.clock.set('2026-11-23T18:00:01Z');
      const expired = await t.app.inject({ url: '/staff/password', headers: { cookie: jar.header() } });
      assert.equal(expired.statusCode, 303);
      assert.equal(expired.headers.location, '/staff/sign-in?next=%2Fstaff%2Fpassword');
    } finally {
      t.clock.set(start);
    }
  });

  it('signs out: the session row goes, the cookie is cleared and the browser told to forget', async () => {
    const { jar } = await signedInStaff(t, database().db);
    const oldCookies = jar.header();
    const response = await postForm(t, jar, '/staff/sign-out', {}, '/staff/password');
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/');
    assert.equal(response.headers['clear-site-data'], '"cookies", "storage"');
    const cleared = response.cookies.find((c) => c.name === 'staff_session');
    assert.ok(cleared && cleared.value === '');
    const replay = await t.app.inject({ url: '/staff/password', headers: { cookie: oldCookies } });
    assert.equal(replay.statusCode, 303, 'the old cookie no longer opens a session');
  });

  it('changes the password: the old one stops working and other sessions are dropped', async () => {
    const staff = await signedInStaff(t, database().db);
    const other = new CookieJar();
    assert.equal((await signInAttempt(other, staff.email, staff.password)).statusCode, 303);

    const wrong = await postForm(t, staff.jar, '/staff/password', { current: 'not it at all', password: 'a brand new passphrase', confirm: 'a brand new passphrase' });
    assert.equal(wrong.statusCode, 422);
    assert.match(wrong.body, /The current password is not correct/);
    const mismatch = await postForm(t, staff.jar, '/staff/password', { current: staff.password, password: 'a brand new passphrase', confirm: 'another one entirely' });
    assert.equal(mismatch.statusCode, 422);
    assert.match(mismatch.body, /The two passwords are not the same/);

    const changed = await postForm(t, staff.jar, '/staff/password', { current: staff.password, password: 'a brand new passphrase', confirm: 'a brand new passphrase' });
    assert.equal(changed.statusCode, 303);
    assert.equal(changed.headers.location, '/staff/password?changed=1');
    const notice = await t.app.inject({ url: '/staff/password?changed=1', headers: { cookie: staff.jar.header() } });
    assert.equal(notice.statusCode, 200, 'this session stays open');
    assert.match(notice.body, /Your password has been changed/);
    assert.equal((await t.app.inject({ url: '/staff/password', headers: { cookie: other.header() } })).statusCode, 303, 'the other session is gone');
    assert.equal((await signInAttempt(new CookieJar(), staff.email, staff.password)).statusCode, 422);
    assert.equal((await signInAttempt(new CookieJar(), staff.email, 'a brand new passphrase')).statusCode, 303);
  });

  it('lets an admin invite a colleague, whose link works once and makes a staff account', async () => {
    const admin = await signedInStaff(t, database().db, { role: 'admin' });
    const page = await t.app.inject({ url: '/staff/members', headers: { cookie: admin.jar.header() } });
    assert.match(page.body, new RegExp(admin.email));
    const bad = await postForm(t, admin.jar, '/staff/members', { email: 'not-an-email', role: 'call-manager' });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /value="not-an-email"/);
    const taken = await postForm(t, admin.jar, '/staff/members', { email: admin.email, role: 'call-manager' });
    assert.equal((await postForm(t, admin.jar, '/staff/members', { email: 'x@ohchr.example', role: 'staff' })).statusCode, 422, 'the old catch-all role is gone');
    assert.match(taken.body, /already exists/);

    const invited = await postForm(t, admin.jar, '/staff/members', { email: 'kofi@ohchr.example', role: 'call-manager' });
    assert.equal(invited.statusCode, 200);
    const link = /<code class="link">http:\/\/[^/]+(\/staff\/setup\/[^<]+)<\/code>/.exec(invited.body)?.[1];
    assert.ok(link);
    const jar = new CookieJar();
    const form = await t.app.inject({ url: link });
    assert.match(form.body, /kofi@ohchr.example/);
    jar.store(form);
    const created = await postForm(t, jar, link, { displayName: 'Kofi', email: 'ignored@evil.example', password: 'kofi has a long passphrase', confirm: 'kofi has a long passphrase' });
    assert.equal(created.statusCode, 303);
    assert.equal(created.headers.location, '/staff', 'a call manager needs no second factor');
    assert.equal((await t.app.inject({ url: link })).statusCode, 404);
    assert.equal((await t.app.inject({ url: '/staff/members', headers: { cookie: jar.header() } })).statusCode, 404, 'a call manager is not an admin');
    assert.equal((await signInAttempt(new CookieJar(), 'kofi@ohchr.example', 'kofi has a long passphrase')).statusCode, 303);
  });

  it('sends anonymous readers to sign-in and refuses anonymous changes', async () => {
    for (const url of ['/staff/password', '/staff/members']) {
      const response = await t.app.inject({ url });
      assert.equal(response.statusCode, 303);
      assert.equal(response.headers.location, `/staff/sign-in?next=${encodeURIComponent(url)}`);
    }
    const jar = new CookieJar();
    const page = await t.app.inject({ url: '/staff/sign-in' });
    jar.store(page);
    for (const url of ['/staff/password', '/staff/members']) {
      const response = await t.app.inject({
        method: 'POST', url, headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
        payload: formPayload({ _csrf: csrfTokenFrom(page.body), email: 'x@ohchr.example', role: 'admin', current: 'x', password: 'y', confirm: 'y' }),
      });
      assert.equal(response.statusCode, 401, url);
      assert.match(response.body, /You are signed out/);
    }
  });

  it('refuses every accounts form sent without its CSRF token', async () => {
    const admin = await signedInStaff(t, database().db, { role: 'admin' });
    const path = '/staff/setup/some-token';
    for (const url of [path, '/staff/sign-in', '/staff/sign-out', '/staff/password', '/staff/members']) {
      const response = await t.app.inject({
        method: 'POST', url, remoteAddress: nextAddress(), headers: { cookie: admin.jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
        payload: formPayload({ email: admin.email, password: admin.password }),
      });
      assert.equal(response.statusCode, 403, url);
    }
    assert.equal((await t.app.inject({ url: '/staff/password', headers: { cookie: admin.jar.header() } })).statusCode, 200, 'still signed in');
  });

  it('marks the session cookie Secure when the site is served over https', async () => {
    const secure = await createTestApp(database().db, database().engine, { config: testConfig({ BASE_URL: 'https://solidarity.example' }) });
    try {
      const staff = await createStaffUser(database().db);
      const page = await secure.app.inject({ url: '/staff/sign-in', remoteAddress: nextAddress() });
      const jar = new CookieJar();
      jar.store(page);
      const response = await secure.app.inject({
        method: 'POST', url: '/staff/sign-in', remoteAddress: nextAddress(),
        payload: formPayload({ email: staff.email, password: staff.password, _csrf: csrfTokenFrom(page.body) }),
        headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      });
      assert.equal(response.statusCode, 303);
      const cookie = String([response.headers['set-cookie']].flat().find((c) => String(c).startsWith('staff_session=')));
      assert.match(cookie, /; Secure/);
    } finally {
      await secure.app.close();
    }
  });
});
