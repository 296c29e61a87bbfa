import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createSubmittedInput, createTestCall } from '../../../test/support/factories.ts';
import { postForm, signedInStaff } from '../../../test/support/staff.ts';
import { CookieJar, createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { CallWithQuestionnaires } from '../calls/index.ts';
import { recordAudit, recipientsForSealing, staffRoles } from './index.ts';

let address = 0;
const nextAddress = () => `10.5.${Math.floor(++address / 250)}.${(address % 250) + 1}`;

describeEachEngine('roles, recipients and the audit log', (database) => {
  let t: TestApp;
  let call: CallWithQuestionnaires;
  before(async () => {
    t = await createTestApp(database().db, database().engine);
    call = await createTestCall(database().db);
  });
  after(() => t.app.close());

  const get = (url: string, jar: CookieJar) => t.app.inject({ url, headers: { cookie: jar.header() } });

  it('opens members and the audit log to administrators only, and recipients pages to administrators and call managers', async () => {
    const allowed: Record<string, string[]> = {
      '/staff/members': ['admin'],
      '/staff/audit': ['admin'],
      [`/staff/calls/${call.id}/recipients`]: ['admin', 'call-manager'],
      '/staff/calls/new': ['admin', 'call-manager'],
      [`/staff/calls/${call.id}/edit`]: ['admin', 'call-manager'],
    };
    for (const role of staffRoles) {
      const { jar } = await signedInStaff(t, database().db, { role });
      for (const [url, roles] of Object.entries(allowed)) {
        assert.equal((await get(url, jar)).statusCode, roles.includes(role) ? 200 : 404, `${role} on ${url}`);
      }
      const post = await postForm(t, jar, `/staff/calls/${call.id}/recipients`, { recipients: [] }, '/staff/password');
      assert.equal(post.statusCode, role === 'admin' || role === 'call-manager' ? 303 : 404, `${role} assigning recipients`);
    }
    for (const url of Object.keys(allowed)) {
      const anonymous = await t.app.inject({ url });
      assert.equal(anonymous.statusCode, 303, url);
      assert.match(String(anonymous.headers.location), /^\/staff\/sign-in\?next=/);
    }
    assert.equal((await get('/staff/calls/not-a-call/recipients', (await signedInStaff(t, database().db)).jar)).statusCode, 404);
  });

  it('lets an administrator change a colleague’s role, which signs the colleague out and is audited; never their own', async () => {
    const { db } = database();
    const admin = await signedInStaff(t, db);
    const colleague = await signedInStaff(t, db, { role: 'call-manager' });
    const page = await get('/staff/members', admin.jar);
    assert.match(page.body, new RegExp(`<label for="role-${colleague.id}">Role of ${colleague.displayName}</label>`));
    assert.doesNotMatch(page.body, new RegExp(`action="/staff/members/${admin.id}/role"`), 'no form for their own role');

    const changed = await postForm(t, admin.jar, `/staff/members/${colleague.id}/role`, { role: 'analyst' }, '/staff/members');
    assert.equal(changed.statusCode, 303);
    assert.equal(changed.headers.location, '/staff/members?done=role-changed');
    assert.match((await get('/staff/members?done=role-changed', admin.jar)).body, /The role has been changed/);
    const row = await db.selectFrom('staff_users').select('role').where('id', '=', colleague.id).executeTakeFirstOrThrow();
    assert.equal(row.role, 'analyst');
    assert.equal((await get('/staff/password', colleague.jar)).statusCode, 303, 'the colleague was signed out');
    const event = await db.selectFrom('audit_events').selectAll().where('action', '=', 'role-changed').where('subject_id', '=', colleague.id).executeTakeFirstOrThrow();
    assert.equal(event.actor_id, admin.id);
    assert.deepEqual(JSON.parse(event.details), { from: 'call-manager', to: 'analyst' });

    const own = await postForm(t, admin.jar, `/staff/members/${admin.id}/role`, { role: 'analyst' }, '/staff/members');
    assert.equal(own.headers.location, '/staff/members?done=own-role');
    assert.equal((await db.selectFrom('staff_users').select('role').where('id', '=', admin.id).executeTakeFirstOrThrow()).role, 'admin');
    assert.equal((await postForm(t, admin.jar, `/staff/members/${colleague.id}/role`, { role: 'superuser' }, '/staff/members')).statusCode, 404);
    assert.equal((await postForm(t, admin.jar, '/staff/members/nobody/role', { role: 'analyst' }, '/staff/members')).statusCode, 404);
    const noToken = await t.app.inject({
      method: 'POST', url: `/staff/members/${colleague.id}/role`, payload: 'role=admin',
      headers: { cookie: admin.jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(noToken.statusCode, 403);
  });

  it('assigns recipients to a call, audits each change, and seals to administrators, assigned recipients and the escrow key', async () => {
    const { db } = database();
    const manager = await signedInStaff(t, db, { role: 'call-manager' });
    const first = await signedInStaff(t, db, { role: 'recipient', displayName: 'Recipient One' });
    const second = await signedInStaff(t, db, { role: 'recipient', displayName: 'Recipient Two' });
    const analyst = await signedInStaff(t, db, { role: 'analyst', displayName: 'Analyst Only' });
    const url = `/staff/calls/${call.id}/recipients`;
    const page = await get(url, manager.jar);
    assert.match(page.body, /Recipient One/);
    assert.doesNotMatch(page.body, /Analyst Only/, 'only recipients can be chosen');

    const saved = await postForm(t, manager.jar, url, { recipients: [first.id, analyst.id] });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, `${url}?saved=1`);
    const shown = await get(`${url}?saved=1`, manager.jar);
    assert.match(shown.body, /The recipients have been saved/);
    assert.match(shown.body, new RegExp(`value="${first.id}" checked`));
    assert.doesNotMatch(shown.body, new RegExp(`value="${second.id}" checked`));

    const config = { escrowPublicKey: Buffer.alloc(32, 7).toString('base64') };
    let sealing = await recipientsForSealing({ db, config }, call.id);
    const admins = await db.selectFrom('staff_users').select('id').where('role', '=', 'admin').execute();
    const memberIds = sealing.filter((r) => r.kind === 'member').map((r) => r.userId);
    assert.ok(admins.length > 0);
    for (const admin of admins) assert.ok(memberIds.includes(admin.id), 'every administrator receives every call');
    assert.ok(memberIds.includes(first.id));
    assert.ok(!memberIds.includes(second.id) && !memberIds.includes(analyst.id) && !memberIds.includes(manager.id));
    for (const r of sealing) assert.equal(r.publicKey.length, 32);
    assert.deepEqual(sealing.filter((r) => r.kind === 'escrow').map((r) => r.publicKey), [Buffer.alloc(32, 7)]);
    assert.equal((await recipientsForSealing({ db, config: { escrowPublicKey: null } }, call.id)).filter((r) => r.kind === 'escrow').length, 0);

    await postForm(t, manager.jar, url, { recipients: [second.id] });
    sealing = await recipientsForSealing({ db, config }, call.id);
    assert.ok(sealing.some((r) => r.userId === second.id) && !sealing.some((r) => r.userId === first.id));
    const events = await db.selectFrom('audit_events').select(['action', 'details']).where('subject_id', '=', call.id).where('actor_id', '=', manager.id).execute();
    assert.deepEqual(events.map((e) => `${e.action} ${JSON.parse(e.details).member}`).sort(), [
      `recipient-assigned ${first.id}`, `recipient-assigned ${second.id}`, `recipient-removed ${first.id}`,
    ].sort());

    // A recipient moved to another role stops receiving, even while still listed for the call.
    await db.updateTable('staff_users').set({ role: 'analyst' }).where('id', '=', second.id).execute();
    assert.ok(!(await recipientsForSealing({ db, config }, call.id)).some((r) => r.userId === second.id));
  });

  it('records sign-in, failed sign-in, opening an input and sign-out, and lists them filtered by member and action', async () => {
    const { db } = database();
    const admin = await signedInStaff(t, db);
    const reader = await signedInStaff(t, db, { role: 'recipient', displayName: 'Reader Person' });
    await db.insertInto('call_recipients').values({ call_id: call.id, user_id: reader.id, assigned_at: '2026-11-23T10:00:00.000Z' }).execute();
    const input = await createSubmittedInput(db, call, { name: 'Confidential Organisation' });
    assert.equal((await get(`/staff/inputs/${input.id}`, reader.jar)).statusCode, 200);
    await postForm(t, new CookieJar(), '/staff/sign-in', { email: reader.email, password: 'a wrong password here' }, '/staff/sign-in', nextAddress());
    await postForm(t, reader.jar, '/staff/sign-out', {}, '/staff/password');

    const events = await db.selectFrom('audit_events').selectAll().where('actor_id', '=', reader.id).orderBy('at').execute();
    const actions = events.map((e) => e.action);
    for (const action of ['sign-in', 'input-opened', 'sign-in-failed', 'sign-out']) assert.ok(actions.includes(action), action);
    const opened = events.find((e) => e.action === 'input-opened')!;
    assert.equal(opened.subject_type, 'input');
    assert.equal(opened.subject_id, input.id);
    assert.match(opened.at, /^2026-11-23T10:00:00\.\d{3}Z$/, 'staff actions keep their time');
    for (const event of events) assert.doesNotMatch(JSON.stringify(event), /Confidential Organisation|@example\.org/, 'no submitter data');

    const page = await get(`/staff/audit?actor=${reader.id}&action=input-opened`, admin.jar);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /1 event, page 1 of 1/);
    assert.match(page.body, /Reader Person/);
    assert.match(page.body, new RegExp(`href="/staff/inputs/${input.id}">An input`));
    assert.match(page.body, new RegExp(`<option value="${reader.id}" selected>`));
    const unknownEmail = await postForm(t, new CookieJar(), '/staff/sign-in', { email: 'nobody@ohchr.example', password: 'whatever it is' }, '/staff/sign-in', nextAddress());
    assert.equal(unknownEmail.statusCode, 422);
    const failed = await get('/staff/audit?action=sign-in-failed', admin.jar);
    assert.match(failed.body, /Unknown \(no matching account\)/);
    assert.doesNotMatch(failed.body, /nobody@ohchr\.example/, 'a mistyped address is not kept');
    assert.equal((await get('/staff/audit?actor=nobody&action=nonsense&page=-3', admin.jar)).statusCode, 200, 'unknown filters are ignored');
  });

  it('pages the audit log fifty events at a time, newest first', async () => {
    const { db } = database();
    const admin = await signedInStaff(t, db);
    const busy = await signedInStaff(t, db, { role: 'call-manager' });
    for (let i = 0; i < 60; i += 1) {
      await recordAudit(db, { at: new Date(Date.UTC(2026, 10, 24, 9, 0, i)), actorId: busy.id, action: 'input-opened', subject: { type: 'input', id: `input-${i}` } });
    }
    const first = await get(`/staff/audit?actor=${busy.id}&action=input-opened`, admin.jar);
    assert.match(first.body, /60 events, page 1 of 2/);
    assert.equal([...first.body.matchAll(/href="\/staff\/inputs\/input-/g)].length, 50);
    assert.ok(first.body.indexOf('input-59') < first.body.indexOf('input-58'), 'newest first');
    assert.match(first.body, new RegExp(`href="/staff/audit\\?actor=${busy.id}&amp;action=input-opened&amp;page=2" rel="next"`));
    const second = await get(`/staff/audit?actor=${busy.id}&action=input-opened&page=2`, admin.jar);
    assert.equal([...second.body.matchAll(/href="\/staff\/inputs\/input-/g)].length, 10);
    assert.match(second.body, /rel="prev"/);
    assert.match((await get(`/staff/audit?actor=${busy.id}&action=input-opened&page=99`, admin.jar)).body, /page 2 of 2/);
  });
});
