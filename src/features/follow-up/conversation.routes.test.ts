import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createTestCall, tinyPdf } from '../../../test/support/factories.ts';
import { followUpWith, submitThroughApp } from '../../../test/support/follow-up.ts';
import { postForm, signedInStaff, type TestStaff } from '../../../test/support/staff.ts';
import { SubmitterClient } from '../../../test/support/submitter.ts';
import { createTestApp, type CookieJar, type TestApp } from '../../../test/support/test-app.ts';
import type { CallWithQuestionnaires } from '../calls/index.ts';

describeEachEngine('follow-up: messages, added information, consent withdrawal', (database) => {
  let t: TestApp;
  let staff: TestStaff & { jar: CookieJar };
  let call: CallWithQuestionnaires;
  before(async () => {
    t = await createTestApp(database().db, database().engine);
    staff = await signedInStaff(t, database().db, { displayName: 'Amina Diallo' });
    call = await createTestCall(database().db, { referenceCode: 'CNV' });
  });
  after(() => t.app.close());

  const staffGet = (url: string) => t.app.inject({ url, headers: { cookie: staff.jar.header() } });
  const inputIdOf = async (reference: string) =>
    (await database().db.selectFrom('submissions').select('id').where('reference', '=', reference).executeTakeFirstOrThrow()).id;

  /** A submitted input and its submitter, signed in to follow-up in a fresh browser with the code alone. */
  async function followingUp(overrides: Record<string, string | string[] | undefined> = {}) {
    const submitted = await submitThroughApp(t, call, overrides);
    const client = new SubmitterClient(t.app);
    assert.equal((await followUpWith(client, submitted.code)).statusCode, 303);
    return { client, reference: submitted.reference, id: await inputIdOf(submitted.reference) };
  }

  it('carries messages both ways: staff names on the staff page, "The submitter" for the other side', async () => {
    const { client, id, reference } = await followingUp();
    const staffPage = await staffGet(`/staff/inputs/${id}`);
    assert.match(staffPage.body, /<h2 id="messages-heading">Messages with the submitter<\/h2>/);
    assert.match(staffPage.body, /they read them when they come back with their receipt code/);

    const sent = await postForm(t, staff.jar, `/staff/inputs/${id}/messages`, { message: 'Could you say which year the travel ban began?\nThank you.' }, `/staff/inputs/${id}`);
    assert.equal(sent.statusCode, 303);
    assert.equal(sent.headers.location, `/staff/inputs/${id}?done=message-sent`);
    assert.match((await staffGet(String(sent.headers.location))).body, /The submitter will see it when they come back/);

    const page = await client.get('/follow-up/input');
    assert.match(page.body, /<strong>The mandate’s team<\/strong> · 23 November 2026 <span class="badge">New<\/span>/);
    assert.match(page.body, /<p class="answer">Could you say which year the travel ban began\?\nThank you\.<\/p>/);
    assert.doesNotMatch(page.body, /Amina Diallo/, 'the submitter is not told which staff member wrote');
    assert.doesNotMatch((await client.get('/follow-up/input')).body, /class="badge">New/, 'seen once shown');

    const replied = await client.post('/follow-up/messages', { message: 'It began in 2019. <script>alert(1)</script>' });
    assert.equal(replied.statusCode, 303);
    assert.equal(replied.headers.location, '/follow-up/input?done=message#conversation');
    const after = await client.get('/follow-up/input?done=message');
    assert.match(after.body, /Your message was sent to the mandate’s team/);
    assert.match(after.body, /<strong>You<\/strong>/);

    const inbox = await staffGet(`/staff/calls/${call.id}/inputs`);
    assert.match(inbox.body, new RegExp(`${reference}</a> <a class="badge" href="/staff/inputs/${id}#messages">1 new message</a>`));
    const conversation = (await staffGet(`/staff/inputs/${id}`)).body;
    assert.match(conversation, /<strong>Amina Diallo<\/strong>/);
    assert.match(conversation, /<strong>The submitter<\/strong> · 23 November 2026 <span class="badge">New<\/span>/);
    assert.match(conversation, /It began in 2019\. &lt;script>alert\(1\)&lt;\/script>/);
    assert.doesNotMatch((await staffGet(`/staff/calls/${call.id}/inputs`)).body, /new message/, 'read once opened');

    const rows = await database().db.selectFrom('follow_up_messages').select(['position', 'author', 'staff_user_id', 'created_on'])
      .where('submission_id', '=', id).orderBy('position').execute();
    assert.deepEqual(rows.map((r) => [Number(r.position), r.author, r.created_on]), [[1, 'staff', '2026-11-23'], [2, 'submitter', '2026-11-23']]);
    assert.equal(rows[0]!.staff_user_id, staff.id);
  });

  it('refuses an empty message on either side with the error beside the field, keeping what was typed', async () => {
    const { client, id } = await followingUp();
    const empty = await client.post('/follow-up/messages', { message: '   \n  ' });
    assert.equal(empty.statusCode, 422);
    assert.match(empty.body, /<p class="field-error" id="f-message-error">Write a message<\/p>/);
    const long = await client.post('/follow-up/messages', { message: 'é'.repeat(20_001) });
    assert.equal(long.statusCode, 422);
    assert.match(long.body, /Shorten the text to 20,000 characters or fewer/);
    assert.match(long.body, /é{20001}<\/textarea>/);
    const staffEmpty = await postForm(t, staff.jar, `/staff/inputs/${id}/messages`, { message: '' }, `/staff/inputs/${id}`);
    assert.equal(staffEmpty.statusCode, 422);
    assert.match(staffEmpty.body, /id="f-message-error">Write a message/);
    const unknown = await postForm(t, staff.jar, '/staff/inputs/no-such-input/messages', { message: 'Hello' }, `/staff/inputs/${id}`);
    assert.equal(unknown.statusCode, 404);
  });

  it('adds information and a real PDF to the input; refuses a fake PDF with the reason, keeping the text and storing nothing', async () => {
    const { client, id } = await followingUp();
    const text = 'Since we wrote, two more members were refused visas.';
    const refused = await client.post('/follow-up/information', { information: text }, [
      { field: 'files', filename: 'evidence.pdf', data: Buffer.from('MZ\x90\x00 this is a program, not a PDF'), type: 'application/pdf' },
    ]);
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /id="f-files-error">[^<]*evidence\.pdf/);
    assert.match(refused.body, new RegExp(`${text}</textarea>`));
    assert.equal((await database().db.selectFrom('follow_up_messages').select('id').where('submission_id', '=', id).execute()).length, 0);

    const added = await client.post('/follow-up/information', { information: text }, [
      { field: 'files', filename: 'visa-refusals.pdf', data: tinyPdf('Visa refusals'), type: 'application/pdf' },
    ]);
    assert.equal(added.statusCode, 303);
    const page = await client.get('/follow-up/input?done=information');
    assert.match(page.body, /The information was added to your input/);
    assert.match(page.body, /Information added:/);
    const link = /Document added: <a href="(\/follow-up\/attachments\/[^"]+)">visa-refusals\.pdf/.exec(page.body)?.[1];
    assert.ok(link);
    const download = await client.get(link);
    assert.equal(download.statusCode, 200);
    assert.deepEqual(download.rawPayload, tinyPdf('Visa refusals'));

    const staffPage = (await staffGet(`/staff/inputs/${id}`)).body;
    assert.match(staffPage, new RegExp(text));
    assert.match(staffPage, new RegExp(`Document added: <a href="/staff/inputs/${id}/attachments/[^"]+">visa-refusals\\.pdf`));
    const stranger = new SubmitterClient(t.app);
    assert.equal((await stranger.get(link)).statusCode, 303, 'no session, no file');
  });

  it('withdrawing consent unpublishes at once: off the public list, the published page 404', async () => {
    const { client, id, reference } = await followingUp({ 'submitter.name': 'Red Visible de Defensoras' });
    assert.equal((await postForm(t, staff.jar, `/staff/inputs/${id}/publish`, { intent: 'publish' }, `/staff/inputs/${id}`)).statusCode, 303);
    const listed = await t.app.inject({ url: `/calls/${call.slug}/inputs` });
    assert.match(listed.body, /Red Visible de Defensoras/);
    const page = await client.get('/follow-up/input');
    assert.match(page.body, /Published on 23 November 2026/);
    assert.match(page.body, /Your input is published now/);

    const withdrawn = await client.post('/follow-up/consent', { consent: 'do-not-publish' });
    assert.equal(withdrawn.statusCode, 303);
    assert.equal(withdrawn.headers.location, '/follow-up/input?done=unpublished');
    assert.doesNotMatch((await t.app.inject({ url: `/calls/${call.slug}/inputs` })).body, /Red Visible de Defensoras/);
    assert.equal((await t.app.inject({ url: `/calls/${call.slug}/inputs/${reference}` })).statusCode, 404);
    const after = await client.get('/follow-up/input?done=unpublished');
    assert.match(after.body, /your input was taken off the public pages/);
    assert.match(after.body, /Your input will not be published\./);
    assert.match(after.body, /Consent to publication changed to: Do not publish/);

    const staffPage = (await staffGet(`/staff/inputs/${id}`)).body;
    assert.match(staffPage, /<strong>The submitter<\/strong>[^]*Consent to publication changed to: Do not publish/);
    assert.match(staffPage, /It cannot be published/);
    const row = await database().db.selectFrom('submissions').select('consent').where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.consent, 'do-not-publish');
    assert.equal((await client.post('/follow-up/consent', { consent: 'public-named' })).statusCode, 422, 'consent is never widened here');
  });

  it('a named → anonymous change unpublishes too, and staff can republish without the name', async () => {
    const { client, id, reference } = await followingUp({ 'submitter.name': 'Colectivo Nombrado' });
    await postForm(t, staff.jar, `/staff/inputs/${id}/publish`, { intent: 'publish' }, `/staff/inputs/${id}`);
    assert.match((await t.app.inject({ url: `/calls/${call.slug}/inputs/${reference}` })).body, /Colectivo Nombrado/);
    const page = await client.get('/follow-up/input');
    assert.match(page.body, /value="public-anonymous"/);
    assert.match(page.body, /value="do-not-publish"/);
    assert.doesNotMatch(page.body, /type="radio"[^>]*value="public-named"/);
    const changed = await client.post('/follow-up/consent', { consent: 'public-anonymous' });
    assert.equal(changed.headers.location, '/follow-up/input?done=unpublished');
    assert.equal((await t.app.inject({ url: `/calls/${call.slug}/inputs/${reference}` })).statusCode, 404, 'not republished by itself');

    const republished = await postForm(t, staff.jar, `/staff/inputs/${id}/publish`, { intent: 'publish' }, `/staff/inputs/${id}`);
    assert.equal(republished.statusCode, 303);
    const published = await t.app.inject({ url: `/calls/${call.slug}/inputs/${reference}` });
    assert.equal(published.statusCode, 200);
    assert.doesNotMatch(published.body, /Colectivo Nombrado/);
    const unchanged = await client.post('/follow-up/consent', { consent: '' });
    assert.equal(unchanged.statusCode, 422);
    assert.match(unchanged.body, /Choose how your input may be published/);
  });

  it('refuses every follow-up POST without the CSRF token', async () => {
    const { client, id, reference } = await followingUp();
    const { token } = await submitThroughApp(t, call);
    for (const url of ['/follow-up', '/follow-up/messages', '/follow-up/information', '/follow-up/consent', '/follow-up/sign-out', `/submissions/${token}/receipt/noted`]) {
      const response = await client.post(url, { message: 'x', information: 'x', consent: 'do-not-publish', code: '1' }, [], { csrf: false });
      assert.equal(response.statusCode, 403, url);
    }
    const staffRefused = await t.app.inject({
      method: 'POST', url: `/staff/inputs/${id}/messages`, payload: 'message=x',
      headers: { cookie: staff.jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(staffRefused.statusCode, 403);
    const page = await client.get('/follow-up/input');
    assert.equal(page.statusCode, 200, 'still signed in');
    assert.match(page.body, /No messages yet/);
    assert.match(page.body, new RegExp(reference));
  });
});
