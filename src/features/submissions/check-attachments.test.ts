import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tinyPdf } from '../../../test/support/factories.ts';
import { tinyDocx, zipOf } from '../../../test/support/submitter.ts';
import { limits } from '../../config.ts';
import type { IncomingFile } from './answer-form.ts';
import { checkAttachments, detectAcceptedType, displayFilename } from './check-attachments.ts';

function incoming(filename: string, data: Buffer, options: { truncated?: boolean; partRef?: string | null } = {}): IncomingFile {
  return { partRef: options.partRef ?? null, field: 'attachments', file: { field: 'attachments', filename, data, truncated: options.truncated ?? false } };
}

describe('detectAcceptedType', () => {
  it('recognises PDF and DOCX by their content', async () => {
    assert.deepEqual(await detectAcceptedType(tinyPdf()), { extension: 'pdf', mediaType: 'application/pdf' });
    assert.deepEqual(await detectAcceptedType(tinyDocx()), {
      extension: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
  });

  it('refuses text, HTML and archives that are not office documents', async () => {
    assert.equal(await detectAcceptedType(Buffer.from('Not a PDF, just text in a file named .pdf')), undefined);
    assert.equal(await detectAcceptedType(Buffer.from('<html><script>alert(1)</script></html>')), undefined);
    assert.equal(await detectAcceptedType(zipOf({ 'readme.txt': 'hello' })), undefined);
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
    assert.match(accepted[0]!.sha256, /^[0-9a-f]{64}$/);
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
