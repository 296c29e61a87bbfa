// Issue 3's round trip, through the real routes on both engines: an input submitted anonymously is read by a
// recipient who signed in with a second factor, still after they change their password, by a second recipient
// assigned later (re-sealed by a holder at hand), and by nobody who holds no key for it.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../support/engines.ts';
import { createTestCall } from '../support/factories.ts';
import { submitThroughApp } from '../support/follow-up.ts';
import { createStaffUser, postForm, signedInStaff, signIn, type TestStaff } from '../support/staff.ts';
import { createTestApp, testConfig, type CookieJar, type TestApp } from '../support/test-app.ts';
import type { CallWithQuestionnaires } from '../../src/features/calls/index.ts';

describeEachEngine('confidential inputs: who can read them', (database) => {
  let t: TestApp;
  let call: CallWithQuestionnaires;
  let admin: TestStaff & { jar: CookieJar };
  const organisation = 'Red de Solidaridad Transnacional';
  const config = testConfig();

  before(async () => {
    t = await createTestApp(database().db, database().engine, { config });
    admin = await signedInStaff(t, database().db, { displayName: 'Administrator' });
    call = await createTestCall(database().db, { referenceCode: 'RTRIP' });
  });
  after(() => t.app.close());

  const assign = (recipients: string[], by: CookieJar = admin.jar) =>
    postForm(t, by, `/staff/calls/${call.id}/recipients`, { recipients }, `/staff/calls/${call.id}/recipients`);

  async function inputIdOf(reference: string): Promise<string> {
    const row = await database().db.selectFrom('submissions').select('id').where('reference', '=', reference).executeTakeFirstOrThrow();
    return row.id;
  }

  const read = (jar: CookieJar, id: string) => t.app.inject({ url: `/staff/inputs/${id}`, headers: { cookie: jar.header() } });

  it('a recipient reads it after signing in with two factors, and still after changing their password', async () => {
    const recipient = await createStaffUser(database().db, { role: 'recipient', displayName: 'First Recipient' });
    assert.equal((await assign([recipient.id])).statusCode, 303);
    const { reference } = await submitThroughApp(t, call);
    const id = await inputIdOf(reference);

    const jar = await signIn(t, recipient);
    const page = await read(jar, id);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, new RegExp(organisation));
    const inbox = await t.app.inject({ url: `/staff/calls/${call.id}/inputs`, headers: { cookie: jar.header() } });
    assert.match(inbox.body, new RegExp(organisation), 'the inbox opens the names too');

    const changed = await postForm(t, jar, '/staff/password', { current: recipient.password, password: 'a new long passphrase 2026', confirm: 'a new long passphrase 2026' }, '/staff/password');
    assert.equal(changed.statusCode, 303);
    assert.match((await read(jar, id)).body, new RegExp(organisation), 'the session keeps its key');
    const again = await signIn(t, recipient, 'a new long passphrase 2026');
    assert.match((await read(again, id)).body, new RegExp(organisation), 'the new password unwraps the same key');
  });

  it('a recipient assigned later reads earlier inputs once a holder is at hand; before that, they are told why not', async () => {
    const { reference } = await submitThroughApp(t, call);
    const id = await inputIdOf(reference);
    const manager = await signedInStaff(t, database().db, { role: 'call-manager' });
    const late = await createStaffUser(database().db, { role: 'recipient', displayName: 'Late Recipient' });
    // A call manager assigns, but holds no key: the input cannot be sealed to the newcomer yet.
    assert.equal((await assign([late.id], manager.jar)).statusCode, 303);
    const lateJar = await signIn(t, late);
    const sealed = await read(lateJar, id);
    assert.equal(sealed.statusCode, 200);
    assert.match(sealed.body, /not sealed to your key/);
    assert.doesNotMatch(sealed.body, new RegExp(organisation));

    // The administrator signs in again: their key is at hand, and the input is sealed to the newcomer.
    await signIn(t, admin);
    const opened = await read(lateJar, id);
    assert.match(opened.body, new RegExp(organisation));
  });

  it('nobody without a box reads it: a call manager, a recipient of another call, a key lost with a restart', async () => {
    const { reference } = await submitThroughApp(t, call);
    const id = await inputIdOf(reference);

    const manager = await signedInStaff(t, database().db, { role: 'call-manager' });
    const managerView = await read(manager.jar, id);
    assert.match(managerView.body, /not sealed to your key/);
    assert.doesNotMatch(managerView.body, new RegExp(organisation));
    const managerInbox = await t.app.inject({ url: `/staff/calls/${call.id}/inputs`, headers: { cookie: manager.jar.header() } });
    assert.doesNotMatch(managerInbox.body, new RegExp(organisation));
    assert.match(managerInbox.body, /\(sealed\)/);
    const file = await t.app.inject({ url: `/staff/inputs/${id}/attachments/anything`, headers: { cookie: manager.jar.header() } });
    assert.equal(file.statusCode, 404);

    const other = await signedInStaff(t, database().db, { role: 'recipient' });
    assert.equal((await read(other.jar, id)).statusCode, 404, 'a recipient of other calls does not learn the input exists');
    assert.equal((await t.app.inject({ url: `/staff/calls/${call.id}/inputs`, headers: { cookie: other.jar.header() } })).statusCode, 404);

    // Same database, a new process: the session is valid, but no key was ever written anywhere to come back from.
    const restarted = await createTestApp(database().db, database().engine, { config });
    restarted.clock.set(t.clock.now().toISOString());
    try {
      const page = await restarted.app.inject({ url: `/staff/inputs/${id}`, headers: { cookie: admin.jar.header() } });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /no longer in the server’s memory/);
      assert.doesNotMatch(page.body, new RegExp(organisation));
    } finally {
      await restarted.app.close();
    }
  });

  it('takes the box away from a recipient removed from the call', async () => {
    const leaving = await createStaffUser(database().db, { role: 'recipient' });
    await assign([leaving.id]);
    const { reference } = await submitThroughApp(t, call);
    const id = await inputIdOf(reference);
    const boxes = () => database().db.selectFrom('input_key_boxes').select('holder').where('submission_id', '=', id).execute();
    assert.ok((await boxes()).some((b) => b.holder === leaving.id));
    await assign([]);
    assert.ok(!(await boxes()).some((b) => b.holder === leaving.id));
    assert.ok((await boxes()).some((b) => b.holder === admin.id), 'administrators keep theirs');
  });
});
