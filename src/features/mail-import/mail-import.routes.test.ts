// The email channel's staff pages through the real app: a mailbox built here (letters in English, French and
// Spanish, a duplicate, an encrypted PDF, messages no call matches) is uploaded as a browser would, imported by the
// background worker while the progress page is reloaded, and then handled page by page: the inbox, the letter page,
// the messages to sort. On SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { encryptedPdf } from '../../../test/support/documents.ts';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createTestCall } from '../../../test/support/factories.ts';
import { composeEmail, letterDocx, letterPdf, writeMbox } from '../../../test/support/mail.ts';
import { postForm, signedInStaff, type TestStaff } from '../../../test/support/staff.ts';
import { createTestApp, csrfTokenFrom, type CookieJar, type TestApp } from '../../../test/support/test-app.ts';
import type { CallWithQuestionnaires } from '../calls/index.ts';
import { insertImport } from './mail-import.repository.ts';

type Member = TestStaff & { jar: CookieJar };

const subjectLine = 'Input to the mail channel report';
const englishLetter = [
  'Kenya Solidarity Network', 'Nairobi, Kenya', 'Dear Independent Expert,',
  '1. Which networks?', 'We take part in regional networks of land defenders across East Africa.',
  '2. How inclusive are your actions?', 'Our actions include rural women and young people at every step.',
  'Sincerely,', 'Wanjiru Kamau',
];
const frenchLetter = [
  'Collectif Solidarité Sahel', 'Madame l’Experte indépendante,',
  'Question 1', 'Nous participons à des réseaux transnationaux de défense des droits humains.',
  'Question 2', 'Nos actions associent les femmes rurales et les jeunes des quartiers populaires.',
  'Cordialement,', 'Moussa Diallo',
];
const spanishBody = [
  'Estimada Experta Independiente:', '',
  'Pregunta 1', 'Participamos en redes regionales de defensores de la tierra en los Andes.', '',
  'Pregunta 2', 'Nuestras acciones incluyen a mujeres indígenas y jóvenes rurales en cada etapa.', '',
  'Atentamente,', 'Fundación Tierra Viva',
].join('\n');

describeEachEngine('email channel pages', (database) => {
  let t: TestApp;
  let admin: Member;
  let manager: Member;
  let analyst: Member;
  let call: CallWithQuestionnaires;
  let other: CallWithQuestionnaires;
  let mbox: Buffer;
  let importUrl = '';

  /** A page as a member's browser gets it; every page checked to be self-contained (no inline script or style). */
  async function get(member: Member, url: string, headers: Record<string, string> = {}) {
    const response = await t.app.inject({ url, headers: { cookie: member.jar.header(), ...headers } });
    assert.doesNotMatch(response.body, /<script(?![^>]*\bsrc=)[^>]*>|<style[\s>]|\sstyle=/i, `${url}: inline script or style`);
    return response;
  }

  /** Posts the upload form as multipart, as a browser does, with the CSRF token of the form page. */
  async function upload(member: Member, values: Record<string, string>, files: { filename: string; data: Buffer }[], headers: Record<string, string> = {}) {
    const page = await get(member, '/staff/imports', headers);
    member.jar.store(page);
    const form = new FormData();
    form.append('_csrf', csrfTokenFrom(page.body));
    for (const [name, value] of Object.entries(values)) form.append(name, value);
    for (const file of files) form.append('mailboxes', new Blob([new Uint8Array(file.data)], { type: 'application/mbox' }), file.filename);
    return t.app.inject({ method: 'POST', url: '/staff/imports', payload: form, headers: { cookie: member.jar.header(), ...headers } });
  }

  async function submissionOf(language: string): Promise<{ id: string; reference: string }> {
    const row = await database().db.selectFrom('submissions').select(['id', 'reference'])
      .where('call_id', '=', call.id).where('language', '=', language).where('channel', '=', 'email').executeTakeFirstOrThrow();
    return { id: row.id, reference: row.reference! };
  }

  before(async () => {
    const { db, engine } = database();
    t = await createTestApp(db, engine);
    // Members first: inputs are sealed to the key holders that exist when they arrive.
    admin = await signedInStaff(t, db, { role: 'admin' });
    manager = await signedInStaff(t, db, { role: 'call-manager' });
    analyst = await signedInStaff(t, db, { role: 'analyst' });
    call = await createTestCall(db, { referenceCode: 'MAIL', emailSubject: subjectLine, contactEmail: 'mail-channel@un.example' });
    other = await createTestCall(db, { referenceCode: 'OTHER', emailSubject: 'Another report entirely', contactEmail: 'other@un.example' });
    const to = 'mail-channel@un.example';
    const english = await composeEmail({
      from: { name: 'Kenya Solidarity Network', address: 'info@solidarity.or.ke' }, to, subject: `${subjectLine} - Kenya`,
      text: 'Please find attached our contribution.', messageId: '<en-1@solidarity.or.ke>',
      attachments: [{ filename: 'contribution.pdf', content: await letterPdf(englishLetter) }],
    });
    const raws = [
      english,
      await composeEmail({
        from: { name: 'Collectif Solidarité Sahel', address: 'contact@solidarite-sahel.org' }, to, subject: `Contribution : ${subjectLine}`,
        text: 'Veuillez trouver ci-joint notre contribution. Merci de ne pas publier cette contribution.', messageId: '<fr-1@sahel>',
        attachments: [{ filename: 'contribution.docx', content: await letterDocx(frenchLetter) }],
      }),
      await composeEmail({ from: 'Fundación Tierra Viva <info@tierraviva.org.co>', to, subject: subjectLine, text: spanishBody, messageId: '<es-1@tierraviva>' }),
      await composeEmail({ from: 'A friend <friend@example.org>', to: 'someone@else.example', subject: 'Hello there', text: 'A message about something else: our networks in Chile.', messageId: '<unmatched-1@example.org>' }),
      english, // the same message again: a duplicate
      await composeEmail({
        from: 'Locked Letters <info@locked.example>', to, subject: subjectLine, text: 'Our letter is attached. We answer every question in it.',
        messageId: '<locked-1@locked.example>', attachments: [{ filename: 'letter.pdf', content: encryptedPdf() }],
      }),
      await composeEmail({ from: 'Newsletter <news@example.net>', to: 'someone@else.example', subject: 'Monthly news', text: 'Our monthly newsletter, nothing to import.', messageId: '<unmatched-2@example.net>' }),
    ];
    const dir = await mkdtemp(path.join(os.tmpdir(), 'isp-upload-'));
    try {
      await writeMbox(path.join(dir, 'inbox.mbox'), raws);
      mbox = await readFile(path.join(dir, 'inbox.mbox'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
  after(() => t.app.close());

  it('uploads a mailbox, follows the import on a page that refreshes itself, and reports counts and problems', async () => {
    const response = await upload(manager, { call: '' }, [{ filename: 'inbox.mbox', data: mbox }]);
    assert.equal(response.statusCode, 303, response.body);
    importUrl = String(response.headers.location);
    assert.match(importUrl, /^\/staff\/imports\/[\w-]+$/);
    let page = await get(manager, importUrl);
    for (let tries = 0; page.headers.refresh && tries < 200; tries += 1) {
      assert.match(page.body, /This page refreshes itself/);
      await new Promise((resolve) => setTimeout(resolve, 50));
      page = await get(manager, importUrl);
    }
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers.refresh, undefined, 'a finished import stops refreshing');
    assert.match(page.body, /Finished/);
    assert.match(page.body, /<progress id="import-progress" value="7" max="7">/);
    assert.match(page.body, /7 of 7 messages/);
    const count = (label: string) => new RegExp(`<dt>${label}</dt><dd>(\\d+)</dd>`).exec(page.body)?.[1];
    assert.equal(count('Imported'), '4');
    assert.equal(count('Already imported \\(duplicates\\)'), '1');
    assert.equal(count('To sort \\(no call matched\\)'), '2');
    assert.equal(count('Could not be imported'), '0');
    assert.match(page.body, /Message 6/);
    assert.match(page.body, /protected by a password/);
    assert.match(page.body, /Open input MAIL-2026-\d{4}/);
    assert.ok(!page.body.includes('href="/staff/imports/to-sort"'), 'a call manager is not sent to messages sealed to administrators');

    const list = await get(admin, '/staff/imports');
    assert.ok(list.body.includes(`href="${importUrl}"`));
    assert.match(list.body, /Matched message by message/);
    assert.match(list.body, /2 messages to sort/);
  });

  it('asks the browser to reload the page while an import runs', async () => {
    // A command-line import still running: the worker leaves those alone, so the state holds still for the test.
    await insertImport(database().db, {
      id: 'running-import', callId: call.id, origin: 'command', sourceHash: 'test', status: 'running', startedBy: null, day: '2026-11-23', uploadKeyBox: null,
    });
    await database().db.updateTable('mail_imports').set({ total: 10, processed: 3 }).where('id', '=', 'running-import').execute();
    const page = await get(manager, '/staff/imports/running-import');
    assert.equal(page.headers.refresh, '3');
    assert.match(page.body, /<progress id="import-progress" value="3" max="10">/);
    assert.match(page.body, /3 of 10 messages/);
    assert.match(page.body, /The import continues on the server if you close this page/);
    assert.match(page.body, /Command on the server/);
  });

  it('puts the imported inputs in the call’s inbox, marked as email, with the request not to publish', async () => {
    const inbox = await get(admin, `/staff/calls/${call.id}/inputs`);
    assert.equal(inbox.statusCode, 200);
    assert.match(inbox.body, /4 inputs shown of 4 submitted/);
    assert.equal(inbox.body.match(/<span class="badge">email<\/span>/g)?.length, 4);
    assert.equal(inbox.body.match(/asks not to publish/g)?.length, 1);
    assert.match(inbox.body, /Collectif Solidarité Sahel/);
    const french = await submissionOf('fr');
    const input = await get(admin, `/staff/inputs/${french.id}`);
    assert.match(input.body, /Arrived by email/);
    assert.match(input.body, /to confirm/);
    assert.match(input.body, /The email asks not to be published/);
    assert.ok(input.body.includes(`href="/staff/inputs/${french.id}/letter"`));
  });

  it('shows each passage of a letter beside its question, and saving new placements changes the answers', async () => {
    const english = await submissionOf('en');
    const letter = await get(admin, `/staff/inputs/${english.id}/letter`);
    assert.equal(letter.statusCode, 200);
    assert.match(letter.body, /Answers found in the letter/);
    assert.match(letter.body, /We take part in regional networks of land defenders/);
    assert.match(letter.body, /Found by the number of the question/);
    assert.match(letter.body, /English \(confidence \d+%\)/);
    assert.match(letter.body, /<div class="answer" lang="en">/);
    const [q1, q2] = call.questionnaires[0]!.questions;
    assert.ok(letter.body.includes(`<option value="${q2!.id}" selected>2. How inclusive are your actions?</option>`), 'the passage answering 2 is preselected');
    const placements = [...letter.body.matchAll(/name="(placement-\d+)"/g)].map((m) => m[1]!);
    assert.ok(placements.length >= 3, `passages: ${placements.length}`);

    // Everything moves to the general comments: the answers are rebuilt from the placements.
    const refused = await postForm(t, admin.jar, `/staff/inputs/${english.id}/letter`, {
      name: 'Kenya Solidarity Network (corrected)', stakeholderType: 'not-a-type', ...Object.fromEntries(placements.map((p) => [p, 'general'])),
    }, `/staff/inputs/${english.id}/letter`);
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /Choose a type of stakeholder from the list\./);
    assert.match(refused.body, /value="Kenya Solidarity Network \(corrected\)"/, 'the name typed is kept');
    assert.ok(!refused.body.includes(`<option value="${q2!.id}" selected>`), 'the placements chosen are kept');

    const saved = await postForm(t, admin.jar, `/staff/inputs/${english.id}/letter`, {
      name: 'Kenya Solidarity Network (corrected)', stakeholderType: 'civil-society', ...Object.fromEntries(placements.map((p) => [p, 'general'])),
    }, `/staff/inputs/${english.id}/letter`);
    assert.equal(saved.statusCode, 303, saved.body);
    assert.equal(saved.headers.location, `/staff/inputs/${english.id}?done=answers-confirmed`);
    const input = await get(admin, String(saved.headers.location));
    assert.match(input.body, /The answers found in the letter were confirmed\./);
    assert.match(input.body, /Kenya Solidarity Network \(corrected\)/);
    assert.ok(!input.body.includes('<span class="badge">to confirm</span>'));
    const general = input.body.indexOf('id="general-comments-heading"');
    assert.ok(general > 0 && input.body.indexOf('Our actions include rural women') > general, 'the answer now reads among the general comments');
    assert.ok(q1, 'the test call has questions');
  });

  it('refuses the letter page of an input that did not arrive by email, and to an analyst', async () => {
    const row = await database().db.selectFrom('submissions').select('id').where('call_id', '=', call.id).executeTakeFirstOrThrow();
    assert.equal((await get(analyst, `/staff/inputs/${row.id}/letter`)).statusCode, 404);
    assert.equal((await get(manager, `/staff/inputs/${row.id}/letter`)).statusCode, 404, 'call managers hold no key');
  });

  it('sorts a kept message into a call, dismisses another, and downloads an original', async () => {
    const page = await get(admin, '/staff/imports/to-sort');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Hello there/);
    assert.match(page.body, /Monthly news/);
    assert.match(page.body, /A message about something else/);
    const sections = page.body.split('<section class="kept-message"').slice(1);
    assert.equal(sections.length, 2);
    const idIn = (subject: string) => /action="\/staff\/imports\/to-sort\/([\w-]+)\/sort"/.exec(sections.find((s) => s.includes(subject))!)![1]!;
    const [hello, news] = [idIn('Hello there'), idIn('Monthly news')];

    const original = await get(admin, `/staff/imports/to-sort/${hello}/original`);
    assert.equal(original.statusCode, 200);
    assert.equal(original.headers['content-type'], 'message/rfc822');
    assert.match(String(original.headers['content-disposition']), /^attachment; filename="message-[\w-]+\.eml"/);
    assert.match(original.body, /Subject: Hello there/);

    const unchosen = await postForm(t, admin.jar, `/staff/imports/to-sort/${hello}/sort`, {}, '/staff/imports/to-sort');
    assert.equal(unchosen.statusCode, 422);
    assert.match(unchosen.body, /Choose the call to import this message into\./);

    const sorted = await postForm(t, admin.jar, `/staff/imports/to-sort/${hello}/sort`, { [`call-${hello}`]: other.id }, '/staff/imports/to-sort');
    assert.equal(sorted.statusCode, 303);
    const done = await get(admin, String(sorted.headers.location));
    assert.match(done.body, /The message was imported into the call\./);
    const input = /href="\/staff\/inputs\/([\w-]+)">Open the new input/.exec(done.body)?.[1];
    assert.ok(input, 'a link to the new input');
    assert.ok(!done.body.includes('Hello there'), 'a sorted message leaves the list');
    assert.match((await get(admin, `/staff/calls/${other.id}/inputs`)).body, /1 inputs? shown of 1 submitted/);

    const dismissed = await postForm(t, admin.jar, `/staff/imports/to-sort/${news}/dismiss`, {}, '/staff/imports/to-sort');
    assert.equal(dismissed.statusCode, 303);
    const after = await get(admin, String(dismissed.headers.location));
    assert.match(after.body, /The message was dismissed\./);
    assert.match(after.body, /No message is waiting to be sorted\./);
    const again = await postForm(t, admin.jar, `/staff/imports/to-sort/${news}/dismiss`, {}, '/staff/imports');
    assert.equal(again.statusCode, 409);
    assert.match(again.body, /Someone has already imported or dismissed this message\./);

    // Opening, sorting and dismissing a kept message are in the audit log, as opening an input is.
    const audit = await database().db.selectFrom('audit_events').select(['action', 'subject_id']).where('action', 'like', 'email-%').execute();
    assert.deepEqual(new Set(audit.map((e) => `${e.action} ${e.subject_id}`)), new Set([`email-opened ${hello}`, `email-sorted ${hello}`, `email-dismissed ${news}`]));
    assert.match((await get(admin, '/staff/audit')).body, /Imported an emailed message into a call/);
  });

  it('sends the upload form back with localised errors beside the fields and the chosen call kept', async () => {
    const french = { 'accept-language': 'fr' };
    const noFile = await upload(manager, { call: call.id }, [], french);
    assert.equal(noFile.statusCode, 400);
    assert.match(noFile.body, /Choisissez un fichier mbox ou des fichiers \.eml à importer\./);
    assert.match(noFile.body, /id="f-mailboxes-error"/);
    assert.ok(noFile.body.includes(`<option value="${call.id}" selected>`), 'the chosen call is kept');

    const unknownCall = await upload(manager, { call: 'no-such-call' }, [{ filename: 'inbox.mbox', data: mbox }]);
    assert.equal(unknownCall.statusCode, 400);
    assert.match(unknownCall.body, /<p class="field-error" id="f-call-error">This call does not exist any more/);

    const big = await upload(manager, { call: call.id }, [{ filename: 'huge.mbox', data: Buffer.alloc(11 * 1024 * 1024, 'a') }]);
    assert.equal(big.statusCode, 400);
    assert.match(big.body, /huge\.mbox is larger than 10 MB: use npm run import-mail on the server/);
    assert.ok(big.body.includes(`<option value="${call.id}" selected>`));

    const empty = await upload(manager, { call: '' }, [{ filename: 'empty.mbox', data: Buffer.alloc(0) }]);
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /No email message was found in these files/);

    // Beyond the number of files one upload takes, the parser stops before the route: the form says why.
    const many = await upload(manager, { call: call.id }, Array.from({ length: 11 }, (_, i) => ({ filename: `m${i}.eml`, data: Buffer.from('Subject: x\r\n\r\nx') })));
    assert.equal(many.statusCode, 303);
    const back = await get(manager, String(many.headers.location));
    assert.match(back.body, /Upload at most 10 files at a time, or put the messages in one mbox file\./);
    assert.ok(back.body.includes(`<option value="${call.id}" selected>`), 'the chosen call is kept');
  });

  it('opens the imports to call managers and administrators, the messages to sort to administrators only', async () => {
    assert.equal((await get(manager, '/staff/imports')).statusCode, 200);
    assert.equal((await get(manager, '/staff/imports/to-sort')).statusCode, 404);
    assert.equal((await get(analyst, '/staff/imports')).statusCode, 404);
    assert.equal((await get(analyst, importUrl)).statusCode, 404);
    assert.ok((await get(admin, '/staff')).body.includes('href="/staff/imports"'));
    assert.ok(!(await get(analyst, '/staff')).body.includes('href="/staff/imports"'));
  });
});
