import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markEncrypted, passwordProtectedDocx, realisticDocx, realisticOdt, zipWith } from '../../../test/support/documents.ts';
import { tinyDocx } from '../../../test/support/submitter.ts';
import { checkOfficeDocument, isEncryptedOfficeFile } from './office-document.ts';

describe('checkOfficeDocument', () => {
  it('accepts realistic DOCX and ODT files, and the minimal DOCX of the submitter tests', async () => {
    assert.deepEqual(await checkOfficeDocument(await realisticDocx(), 'docx'), { ok: true });
    assert.deepEqual(await checkOfficeDocument(await tinyDocx(), 'docx'), { ok: true });
    assert.deepEqual(await checkOfficeDocument(await realisticOdt(), 'odt'), { ok: true });
  });

  it('accepts a spreadsheet embedded where Word puts one', async () => {
    const sheet = await zipWith({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
    assert.deepEqual(await checkOfficeDocument(await realisticDocx({ extra: { 'word/embeddings/Microsoft_Excel_Worksheet.xlsx': sheet } }), 'docx'), { ok: true });
  });

  it('refuses a DOCX without its document part or its content types', async () => {
    assert.deepEqual(await checkOfficeDocument(await zipWith({ '[Content_Types].xml': '<Types/>', 'word/other.xml': '<x/>' }), 'docx'), { ok: false, problem: 'malformed' });
    assert.deepEqual(await checkOfficeDocument(await zipWith({ 'word/document.xml': '<w:document/>' }), 'docx'), { ok: false, problem: 'malformed' });
  });

  it('refuses an ODT whose mimetype is not a text document', async () => {
    const odt = await realisticOdt({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet' });
    assert.deepEqual(await checkOfficeDocument(odt, 'odt'), { ok: false, problem: 'malformed' });
  });

  it('refuses an ODT encrypted by its own manifest, and a DOCX with encrypted zip entries', async () => {
    const manifest = '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum-type="SHA1"/></manifest:file-entry></manifest:manifest>';
    assert.deepEqual(await checkOfficeDocument(await realisticOdt({ extra: { 'META-INF/manifest.xml': manifest } }), 'odt'), { ok: false, problem: 'encrypted' });
    assert.deepEqual(await checkOfficeDocument(markEncrypted(await realisticDocx()), 'docx'), { ok: false, problem: 'encrypted' });
  });

  it('refuses a zip nested in a DOCX outside word/embeddings', async () => {
    const docx = await realisticDocx({ extra: { 'word/media/archive.bin': await zipWith({ 'a.txt': 'a' }) } });
    assert.deepEqual(await checkOfficeDocument(docx, 'docx'), { ok: false, problem: 'unsafe-archive' });
  });
});

describe('isEncryptedOfficeFile', () => {
  it('recognises the OLE file Office writes for a password-protected document, and nothing else', async () => {
    assert.equal(isEncryptedOfficeFile(passwordProtectedDocx()), true);
    const plainOle = passwordProtectedDocx();
    plainOle.fill(0, 512);
    assert.equal(isEncryptedOfficeFile(plainOle), false);
    assert.equal(isEncryptedOfficeFile(await realisticDocx()), false);
  });
});
