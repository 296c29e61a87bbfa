import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createStaffUser, postForm, signedInStaff } from '../../../test/support/staff.ts';
import { CookieJar, createTestApp, testConfig, type TestApp } from '../../../test/support/test-app.ts';
import type { Db } from '../../db/database.ts';
import { rawPrivateKey, rawPublicKey, unwrapPrivateKey, WrongPasswordError } from '../../platform/crypto/index.ts';
import { createSetupLinkIfNoStaff } from './index.ts';

let address = 0;
const nextAddress = () => `10.3.${Math.floor(++address / 250)}.${(address % 250) + 1}`;

async function storedKeys(db: Db, email: string) {
  const row = await db.selectFrom('staff_users').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
  return row;
}

/** The private key unwrapped from the stored columns with a password, checked against the stored public key. */
async function unwrapStored(db: Db, email: string, password: string) {
  const row = await storedKeys(db, email);
  const key = await unwrapPrivateKey({ wrapped: Buffer.from(row.wrapped_private_key!), salt: Buffer.from(row.kek_salt!) }, password);
  assert.deepEqual(rawPublicKey(key), Buffer.from(row.public_key!), 'the unwrapped key is the pair of the stored public key');
  return key;
}

/** No column of the member's row holds the raw private key (as bytes, hex or base64). */
function assertRawKeyNowhere(row: Record<string, unknown>, raw: Buffer) {
  for (const [column, value] of Object.entries(row)) {
    if (value === null || value === undefined) continue;
    const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.isBuffer(value) || value instanceof Uint8Array ? Buffer.from(value) : Buffer.from(String(value));
    assert.equal(bytes.indexOf(raw), -1, `${column} holds the raw private key`);
    for (const encoding of ['hex', 'base64', 'base64url'] as const) assert.equal(bytes.indexOf(raw.toString(encoding)), -1, `${column} holds it as ${encoding}`);
  }
}

describeEachEngine('staff key pairs', (database) => {
  const config = testConfig();
  let t: TestApp;
  before(async () => {
    t = await createTestApp(database().db, database().engine, { config });
  });
  after(() => t.app.close());

  it('gives the first admin and an invited colleague a key pair, the private key stored only wrapped under their password', async () => {
    const { db } = database();
    const path = await createSetupLinkIfNoStaff(db, t.clock.now(), 24);
    assert.ok(path);
    const jar = new CookieJar();
    const created = await postForm(t, jar, path, { displayName: 'Ama', email: 'ama@ohchr.example', password: 'first admin passphrase', confirm: 'first admin passphrase' });
    assert.equal(created.statusCode, 303);
    const row = await storedKeys(db, 'ama@ohchr.example');
    assert.equal(Buffer.from(row.public_key!).length, 32);
    assert.equal(Buffer.from(row.kek_salt!).length, 16);
    assert.equal(Buffer.from(row.wrapped_private_key!)[0], 1, 'a versioned wrap');
    const key = await unwrapStored(db, 'ama@ohchr.example', 'first admin passphrase');
    assertRawKeyNowhere(row, rawPrivateKey(key));

    const admin = await signedInStaff(t, db);
    const invited = await postForm(t, admin.jar, '/staff/members', { email: 'kofi@ohchr.example', role: 'recipient' });
    const link = /<code class="link">http:\/\/[^/]+(\/staff\/setup\/[^<]+)<\/code>/.exec(invited.body)?.[1];
    assert.ok(link);
    const kofi = new CookieJar();
    assert.equal((await postForm(t, kofi, link, { displayName: 'Kofi', password: 'kofi long passphrase', confirm: 'kofi long passphrase' })).statusCode, 303);
    const kofiRow = await storedKeys(db, 'kofi@ohchr.example');
    assert.equal(kofiRow.role, 'recipient');
    assertRawKeyNowhere(kofiRow, rawPrivateKey(await unwrapStored(db, 'kofi@ohchr.example', 'kofi long passphrase')));
    assert.notDeepEqual(Buffer.from(kofiRow.public_key!), Buffer.from(row.public_key!), 'each member has their own pair');
  });

  it('holds the key for the session only: after a restart the page asks to sign in again, and signing in brings it back', async () => {
    const { db } = database();
    const member = await signedInStaff(t, db, { role: 'recipient', twoFactor: false });
    // Setting up the second factor needs the private key (the secret is sealed to it), so the page shows whether it is held.
    const withKey = await t.app.inject({ url: '/staff/two-factor', headers: { cookie: member.jar.header() } });
    assert.equal(withKey.statusCode, 200);
    assert.match(withKey.body, /id="totp-secret"/);

    const restarted = await createTestApp(db, database().engine, { config });
    try {
      const page = await restarted.app.inject({ url: '/staff/two-factor', headers: { cookie: member.jar.header() } });
      assert.equal(page.statusCode, 200, 'the session itself survives the restart');
      assert.match(page.body, /Your decryption key is no longer in the server’s memory/);
      assert.doesNotMatch(page.body, /id="totp-secret"/);
      const out = await postForm(restarted, member.jar, '/staff/sign-out', { again: '1' }, '/staff/two-factor');
      assert.equal(out.headers.location, '/staff/sign-in');
      const again = await postForm(restarted, member.jar, '/staff/sign-in', { email: member.email, password: member.password }, '/staff/sign-in', nextAddress());
      assert.equal(again.statusCode, 303);
      const back = await restarted.app.inject({ url: '/staff/two-factor', headers: { cookie: member.jar.header() } });
      assert.match(back.body, /id="totp-secret"/);
    } finally {
      await restarted.app.close();
    }
  });

  it('drops the key with the session at sign-out and at expiry', async () => {
    const { db } = database();
    const member = await signedInStaff(t, db, { role: 'recipient', twoFactor: false });
    const cookies = member.jar.header();
    await postForm(t, member.jar, '/staff/sign-out', {}, '/staff/two-factor');
    assert.equal((await t.app.inject({ url: '/staff/two-factor', headers: { cookie: cookies } })).statusCode, 303, 'the old cookie opens nothing');

    const later = await signedInStaff(t, db, { role: 'recipient', twoFactor: false });
    try {
      t.clock.set('2026-11-23T18:00:01Z');
      const expired = await t.app.inject({ url: '/staff/two-factor', headers: { cookie: later.jar.header() } });
      assert.equal(expired.statusCode, 303);
      assert.match(String(expired.headers.location), /^\/staff\/sign-in/);
    } finally {
      t.clock.set('2026-11-23T10:00:00Z');
    }
  });

  it('re-wraps the same key pair on a password change: the new password unwraps it, the old one no longer does', async () => {
    const { db } = database();
    const member = await signedInStaff(t, db, { role: 'call-manager' });
    const before = await storedKeys(db, member.email);
    const changed = await postForm(t, member.jar, '/staff/password', { current: member.password, password: 'a new long passphrase', confirm: 'a new long passphrase' });
    assert.equal(changed.statusCode, 303);
    const after = await storedKeys(db, member.email);
    assert.deepEqual(Buffer.from(after.public_key!), Buffer.from(before.public_key!), 'the same public key: nothing sealed to it changes');
    assert.notDeepEqual(Buffer.from(after.wrapped_private_key!), Buffer.from(before.wrapped_private_key!));
    assert.notDeepEqual(Buffer.from(after.kek_salt!), Buffer.from(before.kek_salt!));
    const key = await unwrapStored(db, member.email, 'a new long passphrase');
    assertRawKeyNowhere(after, rawPrivateKey(key));
    await assert.rejects(unwrapStored(db, member.email, member.password), WrongPasswordError);
  });

  it('gives an account made before key pairs existed its pair at its next sign-in', async () => {
    const { db } = database();
    const older = await createStaffUser(db, { role: 'call-manager' });
    await db.updateTable('staff_users').set({ public_key: null, wrapped_private_key: null, kek_salt: null }).where('id', '=', older.id).execute();
    const jar = new CookieJar();
    const response = await postForm(t, jar, '/staff/sign-in', { email: older.email, password: older.password }, '/staff/sign-in', nextAddress());
    assert.equal(response.statusCode, 303);
    await unwrapStored(db, older.email, older.password);
  });
});
