import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createStaffUser, currentCode, formPayload, postForm, signedInStaff, type TestStaff } from '../../../test/support/staff.ts';
import { CookieJar, createTestApp, csrfTokenFrom, type TestApp } from '../../../test/support/test-app.ts';
import { totpCode } from './two-factor.ts';

const start = '2026-11-23T10:00:00Z';
let address = 0;
/** Each test from its own addresses, so the suite stays under the sign-in rate limits. */
const nextAddress = () => `10.4.${Math.floor(++address / 250)}.${(address % 250) + 1}`;

describeEachEngine('two-factor sign-in', (database) => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp(database().db, database().engine);
  });
  after(() => t.app.close());

  const get = (url: string, jar: CookieJar) => t.app.inject({ url, headers: { cookie: jar.header() } });
  const passwordStep = (jar: CookieJar, staff: Pick<TestStaff, 'email' | 'password'>, next = '/staff') =>
    postForm(t, jar, `/staff/sign-in?next=${encodeURIComponent(next)}`, { email: staff.email, password: staff.password }, '/staff/sign-in', nextAddress());
  const codeStep = (jar: CookieJar, code: string, next = '/staff') =>
    postForm(t, jar, `/staff/sign-in/code?next=${encodeURIComponent(next)}`, { code }, '/staff/sign-in', nextAddress());
  const wrongCode = (right: string) => (right === '123456' ? '654321' : '123456');

  /** Sets up the second factor through the pages, as a member would; returns the secret and the recovery codes. */
  async function enrol(jar: CookieJar): Promise<{ secret: string; codes: string[] }> {
    const page = await get('/staff/two-factor', jar);
    const secret = /id="totp-secret">([^<]+)</.exec(page.body)![1]!.replace(/\s+/g, '');
    const done = await postForm(t, jar, '/staff/two-factor', { code: totpCode(secret, t.clock.now()) });
    assert.equal(done.statusCode, 200);
    const codes = [...done.body.matchAll(/<li><code>([a-z0-9-]+)<\/code><\/li>/g)].map((m) => m[1]!);
    return { secret, codes };
  }

  it('sends a recipient without a second factor to set one up, then shows ten recovery codes once', async () => {
    const { db } = database();
    const member = await signedInStaff(t, db, { role: 'recipient', twoFactor: false });
    const home = await get('/staff', member.jar);
    assert.equal(home.statusCode, 303);
    assert.equal(home.headers.location, '/staff/two-factor?next=%2Fstaff');

    const page = await get('/staff/two-factor?next=%2Fstaff', member.jar);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Your role lets you read confidential inputs/);
    const secret = /id="totp-secret">([^<]+)</.exec(page.body)![1]!.replace(/\s+/g, '');
    assert.match(secret, /^[A-Z2-7]{32}$/);
    assert.match(page.body, new RegExp(`otpauth://totp/[^<]*secret=${secret}`));
    assert.doesNotMatch(page.body, /<img|<svg/, 'no QR image, and nothing from a third party');
    assert.match((await get('/staff/two-factor', member.jar)).body, new RegExp(secret.slice(0, 4)), 'a reload shows the same secret');

    const wrong = await postForm(t, member.jar, '/staff/two-factor?next=%2Fstaff', { code: wrongCode(totpCode(secret, t.clock.now())) });
    assert.equal(wrong.statusCode, 422);
    assert.match(wrong.body, /This code is not correct/);
    assert.equal((await get('/staff', member.jar)).statusCode, 303, 'still required');

    const done = await postForm(t, member.jar, '/staff/two-factor?next=%2Fstaff', { code: totpCode(secret, t.clock.now()) });
    assert.equal(done.statusCode, 200);
    const codes = [...done.body.matchAll(/<li><code>([a-z0-9-]+)<\/code><\/li>/g)].map((m) => m[1]!);
    assert.equal(codes.length, 10);
    assert.equal(new Set(codes).size, 10);
    for (const code of codes) assert.match(code, /^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    assert.match(done.body, /href="\/staff">I have kept my recovery codes/);
    assert.match(done.body, /Two-factor sign-in is now on\..*instead of an app code/s, 'staff read the app set-up’s words');
    assert.equal((await get('/staff', member.jar)).statusCode, 200, 'the workspace opens now');
    const status = await get('/staff/two-factor', member.jar);
    assert.match(status.body, /Two-factor sign-in is on/);
    assert.match(status.body, /You have 10 unused recovery codes/);
    assert.doesNotMatch(status.body, new RegExp(codes[0]!), 'the codes are never shown again');

    const row = await db.selectFrom('staff_users').select(['totp_secret_sealed', 'totp_pending_sealed']).where('id', '=', member.id).executeTakeFirstOrThrow();
    assert.equal(row.totp_pending_sealed, null);
    assert.equal(Buffer.from(row.totp_secret_sealed!).indexOf(secret), -1, 'the secret is stored sealed');
    const stored = await db.selectFrom('staff_recovery_codes').select('code_hash').where('user_id', '=', member.id).execute();
    assert.equal(stored.length, 10);
    for (const code of codes) assert.ok(!stored.some((s) => s.code_hash.includes(code) || s.code_hash.includes(code.replace(/-/g, ''))), 'stored hashed');
  });

  it('signs an enrolled member in with password then code, refusing a wrong code and a code already used', async () => {
    const { db } = database();
    const member = await createStaffUser(db, { role: 'admin' });
    const jar = new CookieJar();
    const password = await passwordStep(jar, member, '/staff/members');
    assert.equal(password.statusCode, 303);
    assert.equal(password.headers.location, '/staff/sign-in/code?next=%2Fstaff%2Fmembers');
    assert.equal(password.cookies.find((c) => c.name === 'staff_session'), undefined, 'no session before the code');
    const pendingCookie = String([password.headers['set-cookie']].flat().find((c) => String(c).startsWith('staff_pending=')));
    assert.match(pendingCookie, /HttpOnly/);
    assert.match(pendingCookie, /Path=\/staff\/sign-in/);
    assert.equal((await get('/staff/members', jar)).statusCode, 303, 'not signed in yet');

    const form = await get('/staff/sign-in/code?next=%2Fstaff%2Fmembers', jar);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /Enter your sign-in code/);
    assert.match(form.body, /autocomplete="one-time-code"/);

    const wrong = await codeStep(jar, wrongCode(currentCode(t, member)), '/staff/members');
    assert.equal(wrong.statusCode, 422);
    assert.match(wrong.body, /4 attempts left/);

    const right = await codeStep(jar, currentCode(t, member), '/staff/members');
    assert.equal(right.statusCode, 303);
    assert.equal(right.headers.location, '/staff/members');
    assert.equal((await get('/staff/members', jar)).statusCode, 200);

    const second = new CookieJar();
    await passwordStep(second, member);
    const reused = await codeStep(second, currentCode(t, member));
    assert.equal(reused.statusCode, 422, 'a code works once');
    assert.match(reused.body, /already used/);
    const nextStep = await codeStep(second, currentCode(t, member, 1));
    assert.equal(nextStep.statusCode, 303, 'the next step’s code is accepted (clock drift of one step)');

    const third = new CookieJar();
    await passwordStep(third, member);
    assert.equal((await codeStep(third, currentCode(t, member, 3))).statusCode, 422, 'a code three steps ahead is refused');
  });

  it('accepts a code from the step before (a slow phone)', async () => {
    const member = await createStaffUser(database().db, { role: 'recipient' });
    const jar = new CookieJar();
    await passwordStep(jar, member);
    assert.equal((await codeStep(jar, currentCode(t, member, -1))).statusCode, 303);
  });

  it('accepts each recovery code once, typed in any case and spacing', async () => {
    const { db } = database();
    const member = await signedInStaff(t, db, { role: 'recipient', twoFactor: false });
    const { codes } = await enrol(member.jar);
    await postForm(t, member.jar, '/staff/sign-out', {}, '/staff/password');

    const jar = new CookieJar();
    await passwordStep(jar, member);
    const typed = ` ${codes[3]!.toUpperCase().replace(/-/g, ' ')} `;
    assert.equal((await codeStep(jar, typed)).statusCode, 303);
    assert.equal((await get('/staff', jar)).statusCode, 200);
    assert.match((await get('/staff/two-factor', jar)).body, /You have 9 unused recovery codes/);

    const again = new CookieJar();
    await passwordStep(again, member);
    assert.equal((await codeStep(again, codes[3]!)).statusCode, 422, 'a recovery code works once');
    const events = await db.selectFrom('audit_events').select(['action', 'details']).where('actor_id', '=', member.id).execute();
    assert.ok(events.some((e) => e.action === 'recovery-code-used'));
    assert.ok(events.some((e) => e.action === 'sign-in' && e.details.includes('recovery-code')));
  });

  it('ends the code step after five wrong codes, or after five minutes, back to the password', async () => {
    const member = await createStaffUser(database().db, { role: 'admin' });
    const jar = new CookieJar();
    await passwordStep(jar, member);
    const wrong = wrongCode(currentCode(t, member));
    for (let i = 0; i < 4; i += 1) assert.equal((await codeStep(jar, wrong)).statusCode, 422);
    const fifth = await codeStep(jar, wrong);
    assert.equal(fifth.statusCode, 422);
    assert.match(fifth.body, /Enter your email address and password again/);
    assert.equal((await codeStep(jar, currentCode(t, member))).statusCode, 422, 'even the right code is too late now');
    assert.equal((await get('/staff/sign-in/code', jar)).headers.location, '/staff/sign-in?next=%2Fstaff');

    const slow = new CookieJar();
    await passwordStep(slow, member);
    try {
      t.clock.set('2026-11-23T10:05:01Z');
      const late = await codeStep(slow, currentCode(t, member));
      assert.equal(late.statusCode, 422);
      assert.match(late.body, /took too long/);
    } finally {
      t.clock.set(start);
    }
  });

  it('turns the second factor off with the password, after which a required role must set it up again', async () => {
    const { db } = database();
    const member = await signedInStaff(t, db, { role: 'admin' });
    const wrong = await postForm(t, member.jar, '/staff/two-factor/disable', { password: 'not my password at all' }, '/staff/two-factor');
    assert.equal(wrong.statusCode, 422);
    assert.match(wrong.body, /The current password is not correct/);
    const off = await postForm(t, member.jar, '/staff/two-factor/disable', { password: member.password }, '/staff/two-factor');
    assert.equal(off.statusCode, 303);
    assert.equal(off.headers.location, '/staff/two-factor?done=disabled');
    const page = await get('/staff/two-factor?done=disabled', member.jar);
    assert.match(page.body, /Two-factor sign-in has been turned off/);
    assert.match(page.body, /id="totp-secret"/, 'a new secret to set up straight away');
    assert.equal((await get('/staff/members', member.jar)).statusCode, 303);
    assert.equal(await db.selectFrom('staff_recovery_codes').select('code_hash').where('user_id', '=', member.id).executeTakeFirst(), undefined);
  });

  it('lets a call manager work without a second factor, and set one up if they wish', async () => {
    const member = await signedInStaff(t, database().db, { role: 'call-manager' });
    assert.equal((await get('/staff', member.jar)).statusCode, 200);
    const page = await get('/staff/two-factor', member.jar);
    assert.doesNotMatch(page.body, /Your role lets you read confidential inputs/);
    const { codes } = await enrol(member.jar);
    assert.equal(codes.length, 10);
    const jar = new CookieJar();
    assert.equal((await passwordStep(jar, member)).headers.location, '/staff/sign-in/code?next=%2Fstaff');
  });

  it('refuses the two-factor forms without a session or a CSRF token', async () => {
    assert.equal((await t.app.inject({ url: '/staff/two-factor' })).headers.location, '/staff/sign-in?next=%2Fstaff%2Ftwo-factor');
    const jar = new CookieJar();
    const page = await t.app.inject({ url: '/staff/sign-in' });
    jar.store(page);
    for (const url of ['/staff/two-factor', '/staff/two-factor/disable']) {
      const response = await t.app.inject({
        method: 'POST', url, headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
        payload: formPayload({ _csrf: csrfTokenFrom(page.body), code: '123456', password: 'x' }),
      });
      assert.equal(response.statusCode, 401, url);
    }
    const noPending = await codeStep(new CookieJar(), '123456');
    assert.equal(noPending.statusCode, 422, 'a code with no password step before it');
    const member = await signedInStaff(t, database().db);
    for (const url of ['/staff/two-factor', '/staff/two-factor/disable', '/staff/sign-in/code']) {
      const response = await t.app.inject({
        method: 'POST', url, remoteAddress: nextAddress(), headers: { cookie: member.jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
        payload: formPayload({ code: '123456', password: member.password }),
      });
      assert.equal(response.statusCode, 403, url);
    }
  });

  it('limits code attempts from one address', async () => {
    const member = await createStaffUser(database().db, { role: 'admin' });
    const remoteAddress = '10.98.0.1';
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      const jar = new CookieJar();
      if (i % 4 === 0) await passwordStep(jar, member);
      const page = await t.app.inject({ url: '/staff/sign-in', remoteAddress });
      jar.store(page);
      const response = await t.app.inject({
        method: 'POST', url: '/staff/sign-in/code', remoteAddress,
        headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
        payload: formPayload({ code: '000000', _csrf: csrfTokenFrom(page.body) }),
      });
      statuses.push(response.statusCode);
    }
    assert.deepEqual(statuses.slice(0, 10), Array(10).fill(422));
    assert.equal(statuses[10], 429);
  });
});
