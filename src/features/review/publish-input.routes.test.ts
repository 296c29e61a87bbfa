import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { author, encryptedPdf, pdfWithAuthor, realisticDocx } from '../../../test/support/documents.ts';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createSubmittedInput, createTestCall } from '../../../test/support/factories.ts';
import { postForm, signedInStaff, type TestStaff } from '../../../test/support/staff.ts';
import { createTestApp, type CookieJar, type TestApp } from '../../../test/support/test-app.ts';
import { docxMediaType } from '../../platform/documents/strip-metadata.ts';
import { tiffWithGps } from '../../platform/documents/test-embedded-pictures.ts';
import { pdfWithScriptsAndAttachment } from '../../platform/documents/test-active-content.ts';
import type { CallWithQuestionnaires } from '../calls/index.ts';

describeEachEngine('publishing attachments without their hidden details', (database) => {
  let t: TestApp;
  let staff: TestStaff & { jar: CookieJar };
  let call: CallWithQuestionnaires;
  const get = (url: string, language = 'en') => t.app.inject({ url, headers: { cookie: `${staff.jar.header()}; lang=${language}` } });

  before(async () => {
    t = await createTestApp(database().db, database().engine);
    staff = await signedInStaff(t, database().db);
    call = await createTestCall(database().db);
  });
  after(() => t.app.close());

  it('tells staff before publishing that files are cleaned, and renamed when anonymous', async () => {
    const input = await createSubmittedInput(database().db, call, { consent: 'public-anonymous', attachment: { filename: 'letter.pdf', mediaType: 'application/pdf', data: pdfWithAuthor() } });
    const page = (await get(`/staff/inputs/${input.id}`)).body;
    assert.match(page, /The attached file is published as cleaned copies/);
    assert.match(page, /renamed after the reference number/);
  });

  it('publishes a cleaned copy the public can download, with no author inside', async () => {
    const input = await createSubmittedInput(database().db, call, {
      name: 'Hidden Org', consent: 'public-anonymous', attachment: { filename: `${author}.pdf`, mediaType: 'application/pdf', data: pdfWithAuthor(author, 'Our testimony') },
    });
    const published = await postForm(t, staff.jar, `/staff/inputs/${input.id}/publish`, { intent: 'publish' }, `/staff/inputs/${input.id}`);
    assert.equal(published.statusCode, 303);
    assert.equal(published.headers.location, `/staff/inputs/${input.id}?done=published-anonymous`);
    assert.match((await get(String(published.headers.location))).body, /Published without identifying details\./);

    const publicPage = await t.app.inject({ url: `/calls/${call.slug}/inputs/${input.reference}` });
    assert.equal(publicPage.statusCode, 200);
    assert.ok(!publicPage.body.includes(author) && !publicPage.body.includes('Hidden Org'));
    const href = new RegExp(`href="(/calls/${call.slug}/inputs/${input.reference}/attachments/[^"]+)"`).exec(publicPage.body)?.[1];
    assert.ok(href, 'the file is offered');
    const download = await t.app.inject({ url: href });
    assert.equal(download.statusCode, 200);
    assert.ok(download.rawPayload.toString('latin1').includes('Our testimony'));
    assert.ok(!download.rawPayload.toString('latin1').includes(author), 'no author in the public bytes');
    assert.match(String(download.headers['content-disposition']), new RegExp(`filename="${input.reference}-1\\.pdf"`));
  });

  it('names each withheld file and why on the input page, and ignores made-up reasons and ids', async () => {
    const input = await createSubmittedInput(database().db, call, { consent: 'public-named', attachment: { filename: 'locked.pdf', mediaType: 'application/pdf', data: encryptedPdf() } });
    const published = await postForm(t, staff.jar, `/staff/inputs/${input.id}/publish`, { intent: 'publish' }, `/staff/inputs/${input.id}`);
    assert.equal(published.statusCode, 303);
    assert.match(String(published.headers.location), /\?done=published&withheld=/);
    const page = (await get(String(published.headers.location))).body;
    assert.match(page, /Published with the author’s name/);
    assert.match(page, /One attached file was not published/);
    assert.match(page, /<li>locked\.pdf: it is protected by a password, so what it hides cannot be read or removed<\/li>/);
    const attachmentId = decodeURIComponent(String(published.headers.location).split('withheld=')[1]!).split(':')[0];
    const forged = (await get(`/staff/inputs/${input.id}?done=published&withheld=${attachmentId}:pwned,other-id:encrypted`)).body;
    assert.doesNotMatch(forged, /was not published/);
    assert.equal((await t.app.inject({ url: `/calls/${call.slug}/inputs/${input.reference}` })).body.includes('locked.pdf'), false);
  });

  it('says, in preview and after publishing, how many pictures of a DOCX became placeholders and of which formats', async () => {
    const data = await realisticDocx({ extra: { 'word/media/image2.tiff': tiffWithGps(), 'word/media/image9.bin': Buffer.from('raw sensor dump') } });
    const input = await createSubmittedInput(database().db, call, { consent: 'public-named', attachment: { filename: 'photos.docx', mediaType: docxMediaType, data } });
    const line = /<li>photos\.docx: 2 pictures replaced \(1 TIFF and 1 in an unrecognised format\)<\/li>/;

    const preview = await postForm(t, staff.jar, `/staff/inputs/${input.id}/publish`, { intent: 'preview' }, `/staff/inputs/${input.id}/publish`);
    assert.equal(preview.statusCode, 200);
    assert.match(preview.body, /One document will be published with grey placeholders in place of pictures/);
    assert.match(preview.body, line);
    assert.equal((await database().db.selectFrom('publications').select('submission_id').where('submission_id', '=', input.id).execute()).length, 0);

    const published = await postForm(t, staff.jar, `/staff/inputs/${input.id}/publish`, { intent: 'publish' }, `/staff/inputs/${input.id}`);
    assert.equal(published.statusCode, 303);
    assert.match(String(published.headers.location), /\?done=published&replaced=/);
    assert.doesNotMatch(String(published.headers.location), /withheld=/);
    const page = (await get(String(published.headers.location))).body;
    assert.match(page, /Published with the author’s name/);
    assert.match(page, /One published document shows grey placeholders/);
    assert.match(page, line);
    assert.match(page, /ask the submitter to send it as a JPEG or PNG/);
    assert.match((await get(String(published.headers.location), 'fr')).body, /<li>photos\.docx : 2 images remplacées \(1 TIFF et 1 dans un format non reconnu\)<\/li>/);

    const attachmentId = new URLSearchParams(String(published.headers.location).split('?')[1]).get('replaced')!.split(':')[0];
    for (const forged of [`${attachmentId}:tiff*1.pwned*1`, `${attachmentId}:tiff*0`, `${attachmentId}:tiff`, 'other-id:tiff*1']) {
      assert.doesNotMatch((await get(`/staff/inputs/${input.id}?done=published&replaced=${encodeURIComponent(forged)}`)).body, /grey placeholders/, forged);
    }
  });

  it('says, in preview and after publishing, how many scripts and attached files left a PDF, and of which kinds', async () => {
    const data = await pdfWithScriptsAndAttachment();
    const input = await createSubmittedInput(database().db, call, { consent: 'public-named', attachment: { filename: 'report.pdf', mediaType: 'application/pdf', data } });
    const line = /<li>report\.pdf: 3 active parts removed \(2 scripts, 1 attached file\)<\/li>/;

    const preview = await postForm(t, staff.jar, `/staff/inputs/${input.id}/publish`, { intent: 'preview' }, `/staff/inputs/${input.id}/publish`);
    assert.equal(preview.statusCode, 200);
    assert.match(preview.body, /One PDF will be published without parts that would run, fetch or hand over something when opened/);
    assert.match(preview.body, line);
    assert.equal((await database().db.selectFrom('publications').select('submission_id').where('submission_id', '=', input.id).execute()).length, 0);

    const published = await postForm(t, staff.jar, `/staff/inputs/${input.id}/publish`, { intent: 'publish' }, `/staff/inputs/${input.id}`);
    assert.equal(published.statusCode, 303);
    const location = String(published.headers.location);
    assert.match(location, /\?done=published&active=/);
    assert.doesNotMatch(location, /withheld=|replaced=/);
    const page = (await get(location)).body;
    assert.match(page, /One published PDF had parts that would run, fetch or hand over something when opened/);
    assert.match(page, line);
    assert.match(page, /ask the submitter to send it separately/);
    assert.match((await get(location, 'fr')).body, /<li>report\.pdf : 3 éléments actifs retirés \(2 scripts et 1 fichier joint\)<\/li>/);
    assert.match((await get(location, 'es')).body, /<li>report\.pdf: 3 elementos activos eliminados \(2 scripts y 1 archivo adjunto\)<\/li>/);

    const attachmentId = new URLSearchParams(location.split('?')[1]).get('active')!.split(':')[0];
    const forgeries = [
      `${attachmentId}:javascript*1.pwned*1`, `${attachmentId}:javascript*0`, `${attachmentId}:javascript`, `${attachmentId}:toString*1`,
      'other-id:javascript*1',
    ];
    for (const forged of forgeries) {
      assert.doesNotMatch((await get(`/staff/inputs/${input.id}?done=published&active=${encodeURIComponent(forged)}`)).body, /active parts? removed/, forged);
    }
  });
});
