import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createTestCall, tinyPdf } from '../../../test/support/factories.ts';
import { completeAnswer, partFields, SubmitterClient, tinyDocx, tokenFrom } from '../../../test/support/submitter.ts';
import { createStaffUser } from '../../../test/support/staff.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { limits } from '../../config.ts';
import type { CallWithQuestionnaires } from '../calls/index.ts';

describeEachEngine('attachments of an input', (database) => {
  let t: TestApp;
  let call: CallWithQuestionnaires;
  before(async () => {
    t = await createTestApp(database().db, database().engine);
    await createStaffUser(database().db, { role: 'admin' });
    call = await createTestCall(database().db, { referenceCode: 'ATT' });
  });
  after(() => t.app.close());

  const formUrl = () => `/calls/${call.slug}/answer/civil-society`;
  const pdf = (name: string, text = name) => ({ field: 'attachments', filename: name, data: tinyPdf(text), type: 'application/pdf' });
  const attachmentLinks = (html: string, token: string) => [...html.matchAll(new RegExp(`href="(/drafts/${token}/attachments/[^"]+)"`, 'g'))].map((m) => m[1]!);

  async function startWith(client: SubmitterClient, files: Parameters<SubmitterClient['post']>[2]) {
    await client.get(formUrl());
    return client.post(formUrl(), completeAnswer(call), files);
  }

  it('accepts a real PDF and a DOCX, and lets the submitter download them', async () => {
    const client = new SubmitterClient(t.app);
    const p = partFields(call);
    const created = await startWith(client, [
      pdf('Lettre – Réseau.pdf'),
      { field: `${p.evidence}.files`, filename: 'evidence.docx', data: await tinyDocx() },
    ]);
    assert.equal(created.statusCode, 303, created.body);
    const token = tokenFrom(created.headers.location);
    const page = await client.get(`/drafts/${token}`);
    assert.match(page.body, /Lettre – Réseau\.pdf \(\d+ KB\)/);
    assert.match(page.body, /evidence\.docx \(\d+ KB\)/);
    const links = attachmentLinks(page.body, token);
    assert.equal(links.length, 2);

    const linkTo = (name: string) => new RegExp(`href="(/drafts/${token}/attachments/[^"]+)">${name}`).exec(page.body)?.[1] ?? '';
    const download = await client.get(linkTo('Lettre'));
    assert.equal(download.statusCode, 200);
    assert.equal(download.headers['content-type'], 'application/pdf');
    assert.equal(download.headers['x-content-type-options'], 'nosniff');
    assert.match(String(download.headers['content-disposition']), /^attachment; filename="Lettre _ R_seau\.pdf"; filename\*=UTF-8''Lettre%20%E2%80%93%20R%C3%A9seau\.pdf$/);
    assert.deepEqual(download.rawPayload, tinyPdf('Lettre – Réseau.pdf'));
    const docx = await client.get(linkTo('evidence'));
    assert.equal(docx.statusCode, 200);
    assert.equal(docx.headers['content-type'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');

    const stranger = new SubmitterClient(t.app);
    const other = await startWith(stranger, []);
    const otherToken = tokenFrom(other.headers.location);
    const id = links[0]!.split('/').pop();
    assert.equal((await stranger.get(`/drafts/${otherToken}/attachments/${id}`)).statusCode, 404, 'a token reaches only its own files');
    assert.equal((await stranger.get(`/submissions/${token}/attachments/${id}`)).statusCode, 404, 'a draft has no receipt files yet');
  });

  it('refuses a .pdf that is really text, by its content, and keeps everything typed', async () => {
    const client = new SubmitterClient(t.app);
    await client.get(formUrl());
    const p = partFields(call);
    const response = await client.post(formUrl(), completeAnswer(call, { [`${p.answer}.text`]: 'Texte précieux à garder' }), [
      { field: 'attachments', filename: 'letter.pdf', data: Buffer.from('I am plain text, not a PDF'), type: 'application/pdf' },
      pdf('real.pdf'),
    ]);
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /id="f-attachments-error">“letter\.pdf” was not added: only PDF, Word \(DOCX\) and OpenDocument \(ODT\) files are accepted/);
    assert.match(response.body, /Texte précieux à garder<\/textarea>/);
    assert.match(response.body, /real\.pdf \(\d+ KB\)/, 'the valid file is kept');
    const token = /\/drafts\/([A-Za-z0-9_-]{43})/.exec(response.body)?.[1];
    assert.ok(token, 'the private link of the new draft is on the page');
    assert.match(response.body, new RegExp(`<form method="post" action="/drafts/${token}"`));
    const page = await client.get(`/drafts/${token}`);
    assert.match(page.body, /Texte précieux à garder<\/textarea>/);
    assert.doesNotMatch(page.body, /letter\.pdf/);
  });

  it('refuses a file over the size limit while the text is saved', async () => {
    const client = new SubmitterClient(t.app);
    const created = await startWith(client, []);
    const token = tokenFrom(created.headers.location);
    await client.get(`/drafts/${token}`);
    const p = partFields(call);
    const big = Buffer.concat([tinyPdf(), Buffer.alloc(limits.attachmentMaxBytes + 1, 32)]);
    const response = await client.post(`/drafts/${token}`, completeAnswer(call, { [`${p.answer}.text`]: 'Typed while uploading' }), [
      { field: `${p.evidence}.files`, filename: 'scan.pdf', data: big, type: 'application/pdf' },
    ]);
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /“scan\.pdf” was not added: files can be 10 MB at most/);
    assert.match(response.body, /Typed while uploading<\/textarea>/);
    const page = await client.get(`/drafts/${token}`);
    assert.match(page.body, /Typed while uploading<\/textarea>/);
    assert.doesNotMatch(page.body, /scan\.pdf/);
  });

  it('refuses files beyond the number allowed, counting those already attached, and removes ticked ones', async () => {
    const client = new SubmitterClient(t.app);
    const first = Array.from({ length: limits.attachmentsPerSubmission }, (_, i) => pdf(`file-${i + 1}.pdf`));
    const created = await startWith(client, first);
    assert.equal(created.statusCode, 303);
    const token = tokenFrom(created.headers.location);
    await client.get(`/drafts/${token}`);
    const extra = await client.post(`/drafts/${token}`, completeAnswer(call), [pdf('one-too-many.pdf')]);
    assert.equal(extra.statusCode, 422);
    assert.match(extra.body, /“one-too-many\.pdf” was not added: an input can have 5 files at most/);
    assert.equal(attachmentLinks(extra.body, token).length, limits.attachmentsPerSubmission);

    const ids = [...extra.body.matchAll(/name="remove-attachment" value="([^"]+)"/g)].map((m) => m[1]!);
    const swapped = await client.post(`/drafts/${token}`, completeAnswer(call, { 'remove-attachment': [ids[0]!] }), [pdf('replacement.pdf')]);
    assert.equal(swapped.statusCode, 303);
    const page = await client.get(`/drafts/${token}`);
    assert.match(page.body, /replacement\.pdf/);
    assert.doesNotMatch(page.body, /file-1\.pdf/);
    assert.equal(attachmentLinks(page.body, token).length, limits.attachmentsPerSubmission);
  });

  it('serves the files of a submitted input from its receipt', async () => {
    const client = new SubmitterClient(t.app);
    const created = await startWith(client, [pdf('letter.pdf')]);
    const token = tokenFrom(created.headers.location);
    await client.get(`/drafts/${token}/review`);
    const submitted = await client.post(`/drafts/${token}/submit`, {});
    assert.equal(submitted.statusCode, 303, submitted.body);
    const receipt = await client.get(`/submissions/${token}/receipt`);
    const href = new RegExp(`href="(/submissions/${token}/attachments/[^"]+)"`).exec(receipt.body)?.[1];
    assert.ok(href);
    const download = await client.get(href);
    assert.equal(download.statusCode, 200);
    assert.match(String(download.headers['content-disposition']), /^attachment; filename="letter\.pdf"/);
    assert.equal((await client.get(href.replace('/submissions/', '/drafts/'))).statusCode, 404);
  });
});
