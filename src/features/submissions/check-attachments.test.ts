import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  encryptedPdf, markEncrypted, passwordProtectedDocx, realisticDocx, realisticOdt, renameEntries, understateSizes, zipWith,
} from '../../../test/support/documents.ts';
import { tinyPdf } from '../../../test/support/factories.ts';
import { tinyDocx } from '../../../test/support/submitter.ts';
import { limits } from '../../config.ts';
import type { IncomingFile } from './answer-form.ts';
import { checkAttachments, detectAcceptedType, displayFilename } from './check-attachments.ts';

function incoming(filename: string, data: Buffer, options: { truncated?: boolean; partRef?: string | null } = {}): IncomingFile {
  return { partRef: options.partRef ?? null, field: 'attachments', file: { field: 'attachments', filename, data, truncated: options.truncated ?? false } };
}

describe('detectAcceptedType', () => {
  it('recognises PDF and DOCX by their content', async () => {
    assert.deepEqual(await detectAcceptedType(tinyPdf()), { extension: 'pdf', mediaType: 'application/pdf' });
    assert.deepEqual(await detectAcceptedType(await tinyDocx()), {
      extension: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
  });

  it('refuses text, HTML and archives that are not office documents', async () => {
    assert.equal(await detectAcceptedType(Buffer.from('Not a PDF, just text in a file named .pdf')), undefined);
    assert.equal(await detectAcceptedType(Buffer.from('<html><script>alert(1)</script></html>')), undefined);
    assert.equal(await detectAcceptedType(await zipWith({ 'readme.txt': 'hello' })), undefined);
  });
});

describe('displayFilename', () => {
  it('keeps a plain name and its accents', () => {
    assert.equal(displayFilename('Contribution – Réseau Sud.pdf', 'pdf'), 'Contribution – Réseau Sud.pdf');
  });

  it('drops folders, control and direction-override characters, and quotes', () => {
    assert.equal(displayFilename('C:\\Users\\me\\letter.pdf', 'pdf'), 'letter.pdf');
    assert.equal(displayFilename('../../etc/passwd', 'pdf'), 'passwd.pdf');
    assert.equal(displayFilename('invoice\u202Efdp.exe', 'pdf'), 'invoicefdp.exe.pdf');
    assert.equal(displayFilename('a"b\u0000\n.pdf', 'pdf'), 'ab.pdf');
  });

  it('gives the extension of the detected content and a name when there is none', () => {
    assert.equal(displayFilename('report.html', 'docx'), 'report.html.docx');
    assert.equal(displayFilename('...', 'odt'), 'attachment.odt');
    assert.ok(displayFilename('x'.repeat(500), 'pdf').length <= 160);
  });
});

describe('checkAttachments', () => {
  it('accepts a real PDF with its hash, size and detected type', async () => {
    const pdf = tinyPdf();
    const { accepted, errors } = await checkAttachments([incoming('letter.PDF', pdf, { partRef: 'q:evidence' })], 0);
    assert.deepEqual(errors, {});
    assert.equal(accepted.length, 1);
    assert.equal(accepted[0]!.mediaType, 'application/pdf');
    assert.equal(accepted[0]!.partRef, 'q:evidence');
    assert.equal(accepted[0]!.filename, 'letter.PDF');
  });

  it('refuses a file named .pdf that is really text, by its content', async () => {
    const { accepted, errors } = await checkAttachments([incoming('letter.pdf', Buffer.from('just some text'))], 0);
    assert.equal(accepted.length, 0);
    assert.deepEqual(errors.attachments, { key: 'submissions.error-file-type', values: { filename: 'letter.pdf' } });
  });

  it('refuses a file cut short by the size limit', async () => {
    const { accepted, errors } = await checkAttachments([incoming('big.pdf', tinyPdf(), { truncated: true })], 0);
    assert.equal(accepted.length, 0);
    assert.equal(errors.attachments?.key, 'submissions.error-file-too-large');
  });

  it('counts the files already attached against the limit', async () => {
    const files = [incoming('a.pdf', tinyPdf('a')), incoming('b.pdf', tinyPdf('b'))];
    const { accepted, errors } = await checkAttachments(files, limits.attachmentsPerSubmission - 1);
    assert.equal(accepted.length, 1);
    assert.deepEqual(errors.attachments, { key: 'submissions.error-file-too-many', values: { filename: 'b.pdf', max: limits.attachmentsPerSubmission } });
  });
});

describe('checkAttachments on files that could hurt', () => {
  const refusal = async (name: string, data: Buffer) => (await checkAttachments([incoming(name, data)], 0));

  it('accepts realistic DOCX and ODT files and the hand-made PDF', async () => {
    const { accepted, errors } = await checkAttachments([
      incoming('input.docx', await realisticDocx()), incoming('input.odt', await realisticOdt()), incoming('letter.pdf', tinyPdf()),
    ], 0);
    assert.deepEqual(errors, {});
    assert.deepEqual(accepted.map((a) => a.mediaType), [
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.oasis.opendocument.text', 'application/pdf',
    ]);
  });

  it('refuses password-protected files, saying so: a PDF, a DOCX saved with a password, encrypted zip entries', async () => {
    for (const [name, data] of [
      ['locked.pdf', encryptedPdf()], ['locked.docx', passwordProtectedDocx()], ['entries.docx', markEncrypted(await realisticDocx())],
    ] as const) {
      const { accepted, errors } = await refusal(name, data);
      assert.equal(accepted.length, 0, name);
      assert.deepEqual(errors.attachments, { key: 'submissions.error-file-encrypted', values: { filename: name } });
    }
  });

  it('refuses damaged files: a PDF cut short, a DOCX without its document, an ODT of the wrong kind', async () => {
    const pdf = tinyPdf();
    // Content types that announce a Word document (so it is recognised as DOCX) without the document itself.
    const types = '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
    const noDocument = await zipWith({ '[Content_Types].xml': types, 'word/x.xml': '<x/>' });
    for (const [name, data] of [
      ['cut.pdf', pdf.subarray(0, pdf.length - 30)],
      ['empty.docx', noDocument],
      ['sheet.odt', await realisticOdt({ mimetype: 'application/vnd.oasis.opendocument.textx' })],
    ] as const) {
      const { accepted, errors } = await refusal(name, data);
      assert.equal(accepted.length, 0, name);
      assert.ok(['submissions.error-file-damaged', 'submissions.error-file-type'].includes(errors.attachments!.key), `${name}: ${errors.attachments!.key}`);
    }
    assert.equal((await refusal('cut.pdf', pdf.subarray(0, pdf.length - 30))).errors.attachments!.key, 'submissions.error-file-damaged');
    assert.equal((await refusal('empty.docx', noDocument)).errors.attachments!.key, 'submissions.error-file-damaged');
  });

  it('refuses zip bombs: a part expanding 1000 times, parts adding up past the limit, a lying size, too many parts', async () => {
    const bomb = await realisticDocx({ extra: { 'word/padding.xml': Buffer.alloc(2 * 1024 * 1024) } });
    assert.ok(bomb.length < 100 * 1024, 'a small upload');
    const perPart = limits.archiveRatioCheckedAboveBytes - 1024;
    const parts = Math.ceil(limits.archiveMaxUncompressedBytes / perPart) + 1;
    const wide = await realisticDocx({ extra: Object.fromEntries(Array.from({ length: parts }, (_, i) => [`word/p${i}.xml`, Buffer.alloc(perPart)])) });
    const lying = understateSizes(await realisticDocx({ extra: { 'word/padding.xml': Buffer.alloc(500_000) } }), 600);
    const many = await realisticDocx({ extra: Object.fromEntries(Array.from({ length: limits.archiveMaxEntries }, (_, i) => [`word/n${i}.xml`, '<n/>'])) });
    for (const [name, data, key] of [
      ['bomb.docx', bomb, 'submissions.error-file-unsafe'], ['wide.docx', wide, 'submissions.error-file-unsafe'],
      ['lying.docx', lying, 'submissions.error-file-damaged'], ['many.docx', many, 'submissions.error-file-unsafe'],
    ] as const) {
      const { accepted, errors } = await refusal(name, data);
      assert.equal(accepted.length, 0, name);
      assert.deepEqual(errors.attachments, { key, values: { filename: name } }, name);
    }
  });

  it('refuses a zip nested where Word puts none, and a part named outside the document', async () => {
    const nested = await realisticDocx({ extra: { 'word/media/image2.png': await zipWith({ 'inner.txt': 'x' }) } });
    assert.equal((await refusal('nested.docx', nested)).errors.attachments?.key, 'submissions.error-file-unsafe');
    const traversal = renameEntries(await realisticDocx({ extra: { 'xxxxx/evil.sh': 'echo' } }), 'xxxxx/', '../../');
    assert.equal((await refusal('traversal.docx', traversal)).errors.attachments?.key, 'submissions.error-file-unsafe');
  });
});
