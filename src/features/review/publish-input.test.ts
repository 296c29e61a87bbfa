import assert from 'node:assert/strict';
import { it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { author, encryptedPdf, pdfWithAuthor, realisticDocx } from '../../../test/support/documents.ts';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createSubmittedInput, createTestCall, tinyPdf } from '../../../test/support/factories.ts';
import { TestClock } from '../../../test/support/test-app.ts';
import { svgWithMetadata, tiffWithGps } from '../../platform/documents/test-embedded-pictures.ts';
import { docxMediaType } from '../../platform/documents/strip-metadata.ts';
import { InputCipher } from '../submissions/index.ts';
import { publishInput } from './publish-input.ts';
import { withdrawPublication } from './withdraw-publication.ts';

describeEachEngine('publishInput and withdrawPublication', (database) => {
  let invalidations = 0;
  const pages = { invalidate: () => { invalidations += 1; } };
  const deps = () => ({ db: database().db, clock: new TestClock(new Date('2026-12-01T09:00:00Z')), publicPages: pages });
  const attachment = { filename: 'letter.pdf', mediaType: 'application/pdf', data: tinyPdf() };
  const signedLetter = { filename: 'Jane Doe – letter.pdf', mediaType: 'application/pdf', data: pdfWithAuthor(author, 'Testimony of reprisals') };
  const publishedFiles = (db: ReturnType<typeof database>['db'], id: string) =>
    db.selectFrom('published_attachments').selectAll().where('submission_id', '=', id).execute();

  it('copies a named input with its files in one go, and updates it when published again', async () => {
    const { db } = database();
    const call = await createTestCall(db);
    const input = await createSubmittedInput(db, call, { name: 'Named Org', consent: 'public-named', attachment, countries: ['KE', 'GH'] });
    const before = invalidations;
    assert.deepEqual(await publishInput(deps(), input.cipher), { kind: 'published', mode: 'named', withheld: [], replaced: [], removedActiveContent: [] });
    assert.equal(invalidations, before + 1);
    const row = await db.selectFrom('publications').selectAll().where('submission_id', '=', input.id).executeTakeFirstOrThrow();
    assert.equal(row.display_name, 'Named Org');
    assert.equal(row.published_on, '2026-12-01');
    assert.deepEqual(JSON.parse(row.countries), ['KE', 'GH']);
    const content = JSON.parse(row.content);
    assert.equal(content.attachments.length, 1);
    assert.ok(!JSON.stringify(content).includes('@example.org'));
    const files = await publishedFiles(db, input.id);
    assert.equal(files.length, 1);
    assert.equal(files[0]!.filename, 'letter.pdf', 'a named publication keeps the file name');
    assert.equal((await PDFDocument.load(Buffer.from(files[0]!.data))).getPageCount(), 1, 'a cleaned copy of the PDF');

    const later = { ...deps(), clock: new TestClock(new Date('2026-12-09T09:00:00Z')) };
    assert.equal((await publishInput(later, input.cipher)).kind, 'published');
    const again = await db.selectFrom('publications').selectAll().where('submission_id', '=', input.id).execute();
    assert.equal(again.length, 1);
    assert.equal(again[0]!.published_on, '2026-12-01', 'the first publication day is kept');
    assert.equal((await db.selectFrom('published_attachments').select('id').where('submission_id', '=', input.id).execute()).length, 1);
  });

  it('publishes an anonymous input without name or co-signers, and its files cleaned and renamed', async () => {
    const { db } = database();
    const call = await createTestCall(db);
    const input = await createSubmittedInput(db, call, { name: 'Hidden Org', consent: 'public-anonymous', attachment: signedLetter });
    assert.deepEqual(await publishInput(deps(), input.cipher), { kind: 'published', mode: 'anonymous', withheld: [], replaced: [], removedActiveContent: [] });
    const row = await db.selectFrom('publications').selectAll().where('submission_id', '=', input.id).executeTakeFirstOrThrow();
    assert.equal(row.display_name, null);
    assert.ok(!row.content.includes('Hidden Org'));
    assert.ok(!row.content.includes(author), 'the file name that named the author is gone');
    assert.deepEqual(JSON.parse(row.content).coSigners, []);
    const files = await publishedFiles(db, input.id);
    assert.equal(files.length, 1);
    assert.equal(files[0]!.filename, `${input.reference}-1.pdf`);
    assert.deepEqual(JSON.parse(row.content).attachments.map((a: { filename: string }) => a.filename), [`${input.reference}-1.pdf`]);
    const published = Buffer.from(files[0]!.data);
    assert.ok(signedLetter.data.toString('latin1').includes(author), 'the upload named its author');
    assert.ok(!published.toString('latin1').includes(author), 'the public bytes do not');
    assert.ok(published.toString('latin1').includes('Testimony of reprisals'), 'the content is published');
    assert.equal(files[0]!.size_bytes, published.length);
  });

  it('publishes a named input’s DOCX without its author in the properties', async () => {
    const { db } = database();
    const call = await createTestCall(db);
    const docx = { filename: 'input.docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data: await realisticDocx() };
    const input = await createSubmittedInput(db, call, { consent: 'public-named', attachment: docx });
    assert.deepEqual(await publishInput(deps(), input.cipher), { kind: 'published', mode: 'named', withheld: [], replaced: [], removedActiveContent: [] });
    const [file] = await publishedFiles(db, input.id);
    assert.ok(file);
    assert.ok(!Buffer.from(file.data).equals(docx.data), 'a rewritten copy');
  });

  it('publishes a DOCX whose TIFF and SVG became placeholders, and counts them by format', async () => {
    const { db } = database();
    const call = await createTestCall(db);
    const data = await realisticDocx({ extra: {
      'word/media/image2.tiff': tiffWithGps(), 'word/media/image3.tiff': tiffWithGps(), 'word/media/image4.svg': svgWithMetadata(),
    } });
    const input = await createSubmittedInput(db, call, { consent: 'public-named', attachment: { filename: 'photos.docx', mediaType: docxMediaType, data } });
    const attachmentId = (await db.selectFrom('attachments').select('id').where('submission_id', '=', input.id).executeTakeFirstOrThrow()).id;
    assert.deepEqual(await publishInput(deps(), input.cipher), {
      kind: 'published', mode: 'named', withheld: [],
      replaced: [{ attachmentId, filename: 'photos.docx', formats: [{ format: 'tiff', count: 2 }, { format: 'svg', count: 1 }] }],
      removedActiveContent: [],
    });
    assert.equal((await publishedFiles(db, input.id)).length, 1, 'the document is published, placeholders and all');
  });

  it('withholds a file that cannot be cleaned, publishes the rest, and says which and why', async () => {
    const { db } = database();
    const call = await createTestCall(db);
    const input = await createSubmittedInput(db, call, { consent: 'public-anonymous', attachment: { filename: 'locked.pdf', mediaType: 'application/pdf', data: encryptedPdf() } });
    const attachmentId = (await db.selectFrom('attachments').select('id').where('submission_id', '=', input.id).executeTakeFirstOrThrow()).id;
    const outcome = await publishInput(deps(), input.cipher);
    assert.deepEqual(outcome, { kind: 'published', mode: 'anonymous', withheld: [{ attachmentId, filename: 'locked.pdf', reason: 'encrypted' }], replaced: [], removedActiveContent: [] });
    assert.equal((await publishedFiles(db, input.id)).length, 0);
    const row = await db.selectFrom('publications').select('content').where('submission_id', '=', input.id).executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(row.content).attachments, []);
  });

  it('refuses an input whose author declined publication, and an unknown one', async () => {
    const { db } = database();
    const call = await createTestCall(db);
    const input = await createSubmittedInput(db, call, { consent: 'do-not-publish', attachment });
    assert.deepEqual(await publishInput(deps(), input.cipher), { kind: 'refused' });
    assert.deepEqual(await publishInput(deps(), InputCipher.fresh('no-such-input')), { kind: 'not-found' });
    assert.equal((await db.selectFrom('publications').select('submission_id').where('submission_id', '=', input.id).execute()).length, 0);
  });

  it('withdraws the publication and its files together', async () => {
    const { db } = database();
    const call = await createTestCall(db);
    const input = await createSubmittedInput(db, call, { consent: 'public-named', attachment });
    await publishInput(deps(), input.cipher);
    assert.equal(await withdrawPublication(deps(), input.id), true);
    assert.equal((await db.selectFrom('publications').select('submission_id').where('submission_id', '=', input.id).execute()).length, 0);
    assert.equal((await db.selectFrom('published_attachments').select('id').where('submission_id', '=', input.id).execute()).length, 0);
    assert.equal(await withdrawPublication(deps(), input.id), false);
  });
});
