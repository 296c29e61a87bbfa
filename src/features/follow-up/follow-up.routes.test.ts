import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createTestCall } from '../../../test/support/factories.ts';
import { followUpWith, receiptCodeOn, submitThroughApp } from '../../../test/support/follow-up.ts';
import { createStaffUser } from '../../../test/support/staff.ts';
import { SubmitterClient } from '../../../test/support/submitter.ts';
import { createTestApp, testConfig, type TestApp } from '../../../test/support/test-app.ts';
import type { CallWithQuestionnaires } from '../calls/index.ts';
import { hashReceiptCode } from '../submissions/index.ts';

describeEachEngine('follow-up by receipt code: the code, signing in, the session', (database) => {
  const config = testConfig();
  let t: TestApp;
  let call: CallWithQuestionnaires;
  before(async () => {
    t = await createTestApp(database().db, database().engine, { config });
    call = await createTestCall(database().db, { referenceCode: 'FUP' });
    await createStaffUser(database().db, { role: 'admin' });
  });
  after(() => t.app.close());

  it('shows a 16-digit code grouped in fours on the receipt, and stores only its slow hash', async () => {
    const { receipt, code, reference } = await submitThroughApp(t, call);
    assert.match(receipt.body, /Your receipt code/);
    assert.match(receipt.body, /id="receipt-code"><strong>\d{4} \d{4} \d{4} \d{4}<\/strong>/);
    assert.match(receipt.body, /shown only this once/);
    assert.match(receipt.body, /Anyone who has this code can read the messages/);
    assert.match(receipt.body, /It is the only way back to your input/);
    assert.match(code, /^\d{16}$/);
    const row = await database().db.selectFrom('submissions').select(['receipt_code_hash', 'sealed_content', 'receipt_key_box'])
      .where('reference', '=', reference).executeTakeFirstOrThrow();
    assert.match(row.receipt_code_hash ?? '', /^[0-9a-f]{64}$/);
    assert.notEqual(row.receipt_code_hash, code);
    assert.ok(!row.receipt_code_hash!.includes(code) && !row.sealed_content!.includes(code) && !row.receipt_key_box!.includes(code), 'the code is nowhere in the row');
    assert.equal(row.receipt_code_hash, await hashReceiptCode(code, config.sessionSecret), 'the same code always gives the same hash');
    const dump = JSON.stringify(await database().db.selectFrom('submissions').selectAll().execute());
    assert.ok(!dump.includes(code), 'no column of any input holds the code');
  });

  it('shows the code only to the browser that submitted, until it is noted or a few minutes pass', async () => {
    const { client, token, code } = await submitThroughApp(t, call);
    const receiptUrl = `/submissions/${token}/receipt`;
    assert.equal(receiptCodeOn((await client.get(receiptUrl)).body), code, 'a reload still shows it');
    const french = await client.get(receiptUrl, { 'accept-language': 'fr' });
    assert.match(french.body, /Votre code de reçu/, 'and a language switch');

    for (const url of [receiptUrl, `/drafts/${token}`]) {
      const stranger = new SubmitterClient(t.app); // someone with the emailed draft link, or the browser history
      const first = await stranger.get(url);
      assert.equal(first.statusCode, 303, url);
      const followed = await stranger.get(String(first.headers.location));
      const page = followed.statusCode === 303 ? await stranger.get(String(followed.headers.location)) : followed;
      assert.match(page.body, /the private link to your input no longer opens it/);
      assert.doesNotMatch(page.body, new RegExp(code.slice(0, 4)));
    }

    await client.get(receiptUrl);
    const noted = await client.post(`${receiptUrl}/noted`, {});
    assert.equal(noted.statusCode, 303);
    assert.equal(noted.headers.location, '/follow-up');
    const after = await client.get(receiptUrl);
    assert.equal(after.statusCode, 303);
    assert.equal(after.headers.location, '/follow-up?from=link');

    const later = await submitThroughApp(t, call);
    t.clock.set(new Date(t.clock.now().getTime() + 16 * 60_000).toISOString());
    const expired = await later.client.get(`/submissions/${later.token}/receipt`);
    assert.equal(expired.statusCode, 303, 'gone after the display window');
  });

  it('emails the reference and where to follow up, never the code nor a link that opens the input', async () => {
    const sentBefore = t.mailer.sent.length;
    const { token, code, reference } = await submitThroughApp(t, call);
    assert.equal(t.mailer.sent.length, sentBefore + 2, 'the draft link, then the receipt');
    const mail = t.mailer.sent.at(-1)!;
    assert.ok(mail.subject.includes(reference));
    assert.ok(mail.text.includes(`Reference number: ${reference}`));
    assert.ok(mail.text.includes('http://127.0.0.1:3000/follow-up'));
    assert.ok(!mail.text.includes(token), 'no private link');
    assert.ok(!mail.text.includes('/submissions/') && !mail.text.includes('/drafts/'));
    const digits = mail.text.replace(/\D/g, '');
    assert.ok(!digits.includes(code) && !mail.text.includes(code.slice(0, 4) + ' ' + code.slice(4, 8)), 'no receipt code');
    assert.equal(mail.text.match(/https?:\/\/\S+/g)?.length, 1, 'the follow-up address is the only link');
  });

  it('refuses a wrong or malformed code with one localised message and no session', async () => {
    const { code } = await submitThroughApp(t, call);
    const client = new SubmitterClient(t.app);
    const wrong = String((BigInt(code) + 1n) % 10_000_000_000_000_000n).padStart(16, '0');
    // (Every attempt runs the argon2id hash by construction, see sign-in-with-code.ts; timing is not asserted here,
    // because on a shared test machine it measures the machine's load, not the code.)
    for (const attempt of [wrong, '1234', 'not a code at all', '', `${code}0`]) {
      const response = await followUpWith(client, attempt);
      assert.equal(response.statusCode, 422, attempt);
      assert.match(response.body, /<p class="field-error" id="f-code-error">This receipt code does not open any input/);
      assert.ok(!response.cookies.some((c) => c.name === 'follow_up'), 'no session');
      assert.doesNotMatch(response.body, new RegExp(`value="${attempt || '-'}"`), 'a code is never written back into the page');
    }
    await client.get('/lang/es?next=/follow-up');
    const spanish = await followUpWith(client, wrong);
    assert.match(spanish.body, /Este código de recibo no abre ninguna contribución/);
  });

  it('opens a session with the right code, typed with spaces or dashes, in a strict cookie for /follow-up only', async () => {
    const { code, reference } = await submitThroughApp(t, call);
    const client = new SubmitterClient(t.app);
    const typed = `${code.slice(0, 4)}-${code.slice(4, 8)} ${code.slice(8, 12)}  ${code.slice(12)}`;
    const signedIn = await followUpWith(client, typed);
    assert.equal(signedIn.statusCode, 303);
    assert.equal(signedIn.headers.location, '/follow-up/input');
    const cookie = [signedIn.headers['set-cookie']].flat().find((c) => c?.startsWith('follow_up='));
    assert.ok(cookie);
    assert.match(cookie, /Path=\/follow-up(;|$)/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    assert.doesNotMatch(cookie, /Max-Age|Expires/, 'ends with the browser too');
    const page = await client.get('/follow-up/input');
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['cache-control'], 'no-store');
    assert.equal(page.headers['x-robots-tag'], 'noindex, nofollow');
    assert.match(page.body, new RegExp(`Your input ${reference}`));
    assert.match(page.body, /Received on<\/dt><dd>23 November 2026/);
    assert.match(page.body, /No messages yet/);
    assert.equal((await client.get('/follow-up')).headers.location, '/follow-up/input', 'signed in: straight to the input');
    const rows = await database().db.selectFrom('follow_up_sessions').selectAll().execute();
    assert.ok(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash)), 'only token hashes are stored');
  });

  it('ends the session after 30 idle minutes and keeps it while it is used', async () => {
    const { code } = await submitThroughApp(t, call);
    const client = new SubmitterClient(t.app);
    await followUpWith(client, code);
    const step = (minutes: number) => t.clock.set(new Date(t.clock.now().getTime() + minutes * 60_000).toISOString());
    step(25);
    assert.equal((await client.get('/follow-up/input')).statusCode, 200);
    step(25);
    assert.equal((await client.get('/follow-up/input')).statusCode, 200, '50 minutes in, 25 idle');
    step(31);
    const ended = await client.get('/follow-up/input');
    assert.equal(ended.statusCode, 303);
    assert.equal(ended.headers.location, '/follow-up?from=expired');
    const entriesBefore = (await database().db.selectFrom('follow_up_messages').select('id').execute()).length;
    const notice = await client.get('/follow-up?from=expired');
    assert.match(notice.body, /signed out after 30 minutes without activity/);
    const posted = await client.post('/follow-up/messages', { message: 'Hello?' });
    assert.equal(posted.statusCode, 303, 'an ended session writes nothing');
    assert.equal((await database().db.selectFrom('follow_up_messages').select('id').execute()).length, entriesBefore, 'no entry was added');
  });

  it('signs out: the session is gone on the server and the browser is told to forget the site', async () => {
    const { code } = await submitThroughApp(t, call);
    const client = new SubmitterClient(t.app);
    const signedIn = await followUpWith(client, code);
    const cookie = [signedIn.headers['set-cookie']].flat().find((c) => c?.startsWith('follow_up='))!.split(';')[0]!;
    await client.get('/follow-up/input');
    const out = await client.post('/follow-up/sign-out', {});
    assert.equal(out.statusCode, 303);
    assert.equal(out.headers.location, '/follow-up?from=signed-out');
    assert.match(String(out.headers['clear-site-data']), /"cookies"/);
    const replayed = await t.app.inject({ url: '/follow-up/input', headers: { cookie } });
    assert.equal(replayed.statusCode, 303, 'the old cookie opens nothing');
  });

  it('sends anyone without a session to the code form, and knows no other input\'s files', async () => {
    const anonymous = await t.app.inject({ url: '/follow-up/input' });
    assert.equal(anonymous.statusCode, 303);
    assert.equal(anonymous.headers.location, '/follow-up');
    const form = await t.app.inject({ url: '/follow-up', headers: { 'accept-language': 'fr' } });
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /Suivre votre contribution/);
    assert.match(form.body, /<input id="f-code" name="code" type="text" value autocomplete="off"/);
    const { code } = await submitThroughApp(t, call);
    const client = new SubmitterClient(t.app);
    await followUpWith(client, code);
    assert.equal((await client.get('/follow-up/attachments/00000000-0000-0000-0000-000000000000')).statusCode, 404);
  });

  it('limits code attempts per client', async () => {
    const client = new SubmitterClient(t.app);
    await client.get('/follow-up');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) statuses.push((await client.post('/follow-up', { code: '0000 0000 0000 0001' })).statusCode);
    assert.deepEqual(statuses.slice(0, 10), Array(10).fill(422));
    assert.equal(statuses[10], 429);
  });
});
