import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createSubmittedInput, createTestCall, tinyPdf, type TestInput } from '../../../test/support/factories.ts';
import { postForm, signedInStaff, type TestStaff } from '../../../test/support/staff.ts';
import { createTestApp, type CookieJar, type TestApp } from '../../../test/support/test-app.ts';
import type { CallWithQuestionnaires } from '../calls/index.ts';

describeEachEngine('publishing inputs and the public "Inputs received" pages', (database) => {
  let t: TestApp;
  let staff: TestStaff & { jar: CookieJar };
  let call: CallWithQuestionnaires;
  let named: TestInput;
  let anonymous: TestInput;
  let refused: TestInput;
  let state: TestInput;
  const pdf = tinyPdf('Letter from the network');

  const publicGet = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });
  const publish = (input: TestInput) => postForm(t, staff.jar, `/staff/inputs/${input.id}/publish`, { intent: 'publish' }, `/staff/inputs/${input.id}`);
  const withdraw = (input: TestInput) => postForm(t, staff.jar, `/staff/inputs/${input.id}/withdraw`, {}, `/staff/inputs/${input.id}`);


  before(async () => {
    const { db } = database();
    t = await createTestApp(db, database().engine);
    staff = await signedInStaff(t, db);
    call = await createTestCall(db);
    const attachment = { filename: 'network-letter.pdf', mediaType: 'application/pdf', data: pdf };
    named = await createSubmittedInput(db, call, { name: 'Pan-African Solidarity Network', countries: ['KE', 'GH'], consent: 'public-named', attachment, coSigners: 'Friends of Solidarity\nRegional Coalition' });
    anonymous = await createSubmittedInput(db, call, {
      name: 'Secret Defenders Collective', countries: ['BR'], language: 'es', consent: 'public-anonymous', attachment: { ...attachment, filename: 'identifying-scan.pdf' },
      coSigners: 'Hidden Co-signer Org', email: 'secret-person@example.org',
    });
    refused = await createSubmittedInput(db, call, { name: 'Do Not Publish Us', consent: 'do-not-publish' });
    state = await createSubmittedInput(db, call, { name: 'Republic of Testland', stakeholderType: 'state', consent: 'public-named' });
  });
  after(() => t.app.close());

  it('shows an empty list for a call with nothing published, and 404 for unknown or draft calls', async () => {
    const empty = await publicGet(`/calls/${call.slug}/inputs`);
    assert.equal(empty.statusCode, 200);
    assert.match(empty.body, /No input has been published for this call yet/);
    assert.equal((await publicGet('/calls/no-such-call/inputs')).statusCode, 404);
    const draft = await createTestCall(database().db, { status: 'draft' });
    assert.equal((await publicGet(`/calls/${draft.slug}/inputs`)).statusCode, 404);
  });

  it('answers 404 for an unpublished input and an unknown reference', async () => {
    assert.equal((await publicGet(`/calls/${call.slug}/inputs/${named.reference}`)).statusCode, 404);
    assert.equal((await publicGet(`/calls/${call.slug}/inputs/TST0-1999-9999`)).statusCode, 404);
  });

  it('publishes a named input with its name, co-signers and attachment', async () => {
    const before = await publicGet(`/calls/${call.slug}/inputs`); // cached now; publishing must invalidate it
    assert.doesNotMatch(before.body, /Pan-African/);
    const response = await publish(named);
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, `/staff/inputs/${named.id}?done=published`);

    const list = await publicGet(`/calls/${call.slug}/inputs`);
    assert.match(list.body, /Civil society organisations and other stakeholders \(1\)/);
    assert.match(list.body, new RegExp(`href="/calls/${call.slug}/inputs/${named.reference}">Pan-African Solidarity Network</a>`));
    assert.match(list.body, /Ghana|Kenya/);

    const page = await publicGet(`/calls/${call.slug}/inputs/${named.reference}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1>Pan-African Solidarity Network<\/h1>/);
    assert.match(page.body, /<li>Friends of Solidarity<\/li><li>Regional Coalition<\/li>/);
    assert.match(page.body, /Answer number \d+/);
    assert.doesNotMatch(page.body, /@example\.org/, 'the contact email is never published');
    assert.doesNotMatch(page.body, /name="_csrf"/);
    const href = new RegExp(`href="(/calls/${call.slug}/inputs/${named.reference}/attachments/[^"]+)">network-letter.pdf`).exec(page.body)?.[1];
    assert.ok(href, 'the attachment is linked');

    const file = await publicGet(href);
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['content-type'], 'application/pdf');
    assert.equal(file.headers['content-disposition'], `attachment; filename="network-letter.pdf"; filename*=UTF-8''network-letter.pdf`);
    assert.equal(file.headers['x-content-type-options'], 'nosniff');
    assert.match(String(file.headers['content-security-policy']), /sandbox/);
    assert.ok(!file.rawPayload.equals(pdf), 'a cleaned copy, not the uploaded bytes');
    assert.match(file.rawPayload.toString('latin1'), /^%PDF-[\s\S]*Letter from the network[\s\S]*%%EOF\s*$/);

    const staffPage = await t.app.inject({ url: response.headers.location!, headers: { cookie: staff.jar.header() } });
    assert.match(staffPage.body, /Published with the author’s name/);
    assert.match(staffPage.body, /Withdraw publication/);
  });

  it('publishes an anonymous input with no name, contact or co-signers, and its file cleaned and renamed', async () => {
    const staffPage = await t.app.inject({ url: `/staff/inputs/${anonymous.id}`, headers: { cookie: staff.jar.header() } });
    assert.match(staffPage.body, /published as cleaned copies/, 'staff are told what happens to the files');
    assert.match(staffPage.body, /renamed after the reference number/);
    const response = await publish(anonymous);
    assert.equal(response.headers.location, `/staff/inputs/${anonymous.id}?done=published-anonymous`);

    const list = await publicGet(`/calls/${call.slug}/inputs`);
    assert.match(list.body, new RegExp(`href="/calls/${call.slug}/inputs/${anonymous.reference}">Anonymous submission</a>`));
    assert.match(list.body, /Civil society organisations and other stakeholders \(2\)/);
    const page = await publicGet(`/calls/${call.slug}/inputs/${anonymous.reference}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1>Anonymous submission<\/h1>/);
    for (const secret of ['Secret Defenders', 'secret-person@example.org', 'Hidden Co-signer', 'identifying-scan']) {
      assert.ok(!page.body.includes(secret), `the public page must not contain ${secret}`);
      assert.ok(!list.body.includes(secret), `the public list must not contain ${secret}`);
    }
    assert.match(page.body, /Answer number \d+/);
    const attachmentId = (await database().db.selectFrom('attachments').select('id').where('submission_id', '=', anonymous.id).executeTakeFirstOrThrow()).id;
    assert.match(page.body, new RegExp(`/attachments/${attachmentId}">${anonymous.reference}-1\\.pdf`));
    const file = await publicGet(`/calls/${call.slug}/inputs/${anonymous.reference}/attachments/${attachmentId}`);
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['content-disposition'], `attachment; filename="${anonymous.reference}-1.pdf"; filename*=UTF-8''${anonymous.reference}-1.pdf`);
    assert.match(file.rawPayload.toString('latin1'), /Letter from the network/);
    const french = await publicGet(`/calls/${call.slug}/inputs/${anonymous.reference}`, { 'accept-language': 'fr' });
    assert.match(french.body, /Contribution anonyme/);
  });

  it('refuses to publish an input whose author said not to, and publishes nothing', async () => {
    const response = await publish(refused);
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /its author asked that it not be published/);
    assert.equal((await publicGet(`/calls/${call.slug}/inputs/${refused.reference}`)).statusCode, 404);
    assert.doesNotMatch((await publicGet(`/calls/${call.slug}/inputs`)).body, /Do Not Publish Us/);
    const rows = await database().db.selectFrom('publications').select('submission_id').where('submission_id', '=', refused.id).execute();
    assert.equal(rows.length, 0);
  });

  it('groups published inputs by type of stakeholder in a fixed order', async () => {
    await publish(state);
    const body = (await publicGet(`/calls/${call.slug}/inputs`)).body;
    const civil = body.indexOf('Civil society organisations and other stakeholders (2)');
    const states = body.indexOf('States (1)');
    assert.ok(civil > 0 && states > civil, 'civil society first, then States, as the list of types orders them');
    assert.match(body, /3 inputs are published here/);
  });

  it('withdraws a publication: it leaves the public pages at once, with its files', async () => {
    const page = await publicGet(`/calls/${call.slug}/inputs/${named.reference}`);
    const href = /href="([^"]+\/attachments\/[^"]+)"/.exec(page.body)?.[1];
    assert.ok(href);
    const response = await withdraw(named);
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, `/staff/inputs/${named.id}?done=withdrawn`);
    assert.doesNotMatch((await publicGet(`/calls/${call.slug}/inputs`)).body, /Pan-African/);
    assert.equal((await publicGet(`/calls/${call.slug}/inputs/${named.reference}`)).statusCode, 404);
    assert.equal((await publicGet(href)).statusCode, 404);
    const files = await database().db.selectFrom('published_attachments').select('id').where('submission_id', '=', named.id).execute();
    assert.equal(files.length, 0);
  });

  it('serves public pages from the cache with validators', async () => {
    const first = await publicGet(`/calls/${call.slug}/inputs`);
    assert.ok(first.headers.etag);
    const again = await publicGet(`/calls/${call.slug}/inputs`, { 'if-none-match': String(first.headers.etag) });
    assert.equal(again.statusCode, 304);
  });
});
