import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { encryptedPdf, pdfWithAuthor } from '../../../test/support/documents.ts';
import { tinyPdf } from '../../../test/support/factories.ts';
import { checkPdf } from './pdf-document.ts';

describe('checkPdf', () => {
  it('accepts the hand-made PDF of the factories and one made by a PDF library', async () => {
    assert.deepEqual(await checkPdf(tinyPdf()), { ok: true });
    assert.deepEqual(await checkPdf(pdfWithAuthor()), { ok: true });
    const made = await PDFDocument.create();
    made.addPage();
    assert.deepEqual(await checkPdf(Buffer.from(await made.save({ useObjectStreams: true }))), { ok: true });
  });

  it('refuses a PDF whose trailer has /Encrypt', async () => {
    assert.deepEqual(await checkPdf(encryptedPdf()), { ok: false, problem: 'encrypted' });
  });

  it('refuses an encrypted PDF whose /Encrypt is in a cross-reference stream, as PDF 1.5 writers put it', async () => {
    const made = await PDFDocument.create();
    made.addPage();
    const saved = Buffer.from(await made.save({ useObjectStreams: true })).toString('latin1');
    const encrypted = saved.replace('/Type /XRef', '/Type /XRef\n/Encrypt 99 0 R');
    assert.deepEqual(await checkPdf(Buffer.from(encrypted, 'latin1')), { ok: false, problem: 'encrypted' });
  });

  it('refuses a PDF cut short, one without a cross-reference, and one without pages', async () => {
    const pdf = tinyPdf();
    assert.deepEqual(await checkPdf(pdf.subarray(0, pdf.length - 40)), { ok: false, problem: 'malformed' });
    const noXref = pdf.toString('latin1').replace(/startxref\n\d+\n/, '');
    assert.deepEqual(await checkPdf(Buffer.from(noXref, 'latin1')), { ok: false, problem: 'malformed' });
    assert.deepEqual(await checkPdf(Buffer.from('%PDF-1.7\nnothing here\nstartxref\n0\n%%EOF\n')), { ok: false, problem: 'malformed' });
  });
});
