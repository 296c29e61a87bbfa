import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import {
  author, jpegWithExif, passwordProtectedDocx, pdfWithAuthor, pngWithText, realisticDocx, realisticOdt, zipWith,
} from '../../../test/support/documents.ts';
import { readZipArchive } from './zip-archive.ts';
import { imageKindOf } from './strip-image.ts';
import { gpsFingerprint, webpWithMetadata } from './test-images.ts';
import { docxMediaType, stripMetadata } from './strip-metadata.ts';

const odt = 'application/vnd.oasis.opendocument.text';

async function cleaned(data: Buffer, mediaType: string): Promise<Buffer> {
  const result = await stripMetadata(data, mediaType);
  assert.ok(result.ok, `expected a cleaned copy, got ${JSON.stringify(result)}`);
  return result.data;
}

/** Every entry's bytes, decoded as text, to search for the author's name wherever it hides. */
async function entriesOf(zip: Buffer): Promise<Map<string, Buffer>> {
  const reading = await readZipArchive(zip, { nestedArchivesUnder: ['word/embeddings/'] });
  assert.ok(reading.ok);
  return new Map(reading.entries.map((e) => [e.name, e.data]));
}

function assertNoAuthor(data: Buffer, where: string) {
  assert.ok(!data.toString('latin1').includes(author), `${where} still names the author`);
  assert.ok(!data.toString('utf16le').includes(author), `${where} still names the author (UTF-16)`);
}

describe('stripMetadata for PDF', () => {
  it('removes the document information dictionary and keeps the page', async () => {
    const original = pdfWithAuthor(author, 'Evidence of reprisals');
    assert.ok(original.toString('latin1').includes(author));
    const copy = await cleaned(original, 'application/pdf');
    assertNoAuthor(copy, 'the PDF');
    assert.ok(!copy.toString('latin1').includes('Acme PDF'), 'no producer');
    assert.ok(copy.toString('latin1').includes('Evidence of reprisals'), 'the content stays');
    const reopened = await PDFDocument.load(copy, { updateMetadata: false });
    assert.equal(reopened.getPageCount(), 1);
    assert.equal(reopened.getAuthor(), undefined);
    assert.equal(reopened.getProducer(), undefined);
    assert.equal(reopened.getCreationDate(), undefined);
  });

  it('removes XMP streams, comment authors and the Info of an earlier revision, from a compressed PDF too', async () => {
    const made = await PDFDocument.create();
    made.setAuthor(author);
    made.setKeywords(['secret']);
    const page = made.addPage();
    page.drawText('Published text');
    const xmp = made.context.stream(`<x:xmpmeta><dc:creator>${author}</dc:creator></x:xmpmeta>`, { Type: 'Metadata', Subtype: 'XML' });
    made.catalog.set(PDFName.of('Metadata'), made.context.register(xmp));
    const note = made.context.obj({ Type: 'Annot', Subtype: 'Text', Rect: [0, 0, 20, 20], T: PDFString.of(author), Contents: PDFString.of('A reviewer note') });
    page.node.set(PDFName.of('Annots'), made.context.obj([made.context.register(note)]));
    const original = Buffer.from(await made.save({ useObjectStreams: true }));
    // An incremental update pointing the trailer at a new Info: the old one stays in the file, unreferenced.
    const tail = `\n7000 0 obj\n<< /Author (Someone Else) >>\nendobj\n`;
    const startxref = /startxref\s+(\d+)/.exec(original.toString('latin1').slice(-100))![1];
    const updateOffset = original.length + 1;
    const update = Buffer.from(`${tail}xref\n7000 1\n${String(updateOffset).padStart(10, '0')} 00000 n \ntrailer\n<< /Size 7001 /Root 2 0 R /Info 7000 0 R /Prev ${startxref} >>\nstartxref\n${original.length + tail.length}\n%%EOF\n`, 'latin1');
    const updated = Buffer.concat([original, update]);

    const copy = await cleaned(updated, 'application/pdf');
    assertNoAuthor(copy, 'the PDF');
    assert.ok(!copy.toString('latin1').includes('Someone Else'));
    const reopened = await PDFDocument.load(copy, { updateMetadata: false });
    assert.equal(reopened.getAuthor(), undefined);
    assert.equal(reopened.catalog.get(PDFName.of('Metadata')), undefined);
    const annotation = reopened.getPage(0).node.Annots()!.lookup(0);
    assert.match(String(annotation), /A reviewer note/, 'the comment itself stays');
    assert.doesNotMatch(String(annotation), /\/T /);
  });

  it('removes an attached file and says so, and cannot clean one carried some other way', async () => {
    const withFile = await PDFDocument.create();
    withFile.addPage();
    await withFile.attach(Buffer.from('attached notes'), 'notes.txt', { mimeType: 'text/plain' });
    const result = await stripMetadata(Buffer.from(await withFile.save()), 'application/pdf');
    assert.ok(result.ok && !result.data.toString('latin1').includes('attached notes'));
    assert.deepEqual(result.removedActiveContent, ['embedded-file']);
    const file = withFile.context.obj({ Type: 'Filespec', EF: { F: withFile.context.register(withFile.context.stream('hidden notes')) } });
    withFile.catalog.set(PDFName.of('VendorFiles'), withFile.context.obj([file]));
    assert.deepEqual(await stripMetadata(Buffer.from(await withFile.save()), 'application/pdf'), { ok: false, problem: 'embedded-files' });
  });

  it('cannot clean an encrypted PDF, or bytes that are not a PDF', async () => {
    const encrypted = pdfWithAuthor().toString('latin1').replace('/Info 6 0 R', '/Info 6 0 R /Encrypt << /Filter /Standard >>');
    assert.deepEqual(await stripMetadata(Buffer.from(encrypted, 'latin1'), 'application/pdf'), { ok: false, problem: 'encrypted' });
    assert.deepEqual(await stripMetadata(Buffer.from('not a pdf'), 'application/pdf'), { ok: false, problem: 'malformed' });
  });
});

describe('stripMetadata for DOCX and ODT', () => {
  it('empties a DOCX’s properties, blanks comment and change authors, the template path and the photo’s EXIF', async () => {
    const original = await realisticDocx({ text: 'Defenders were followed home.' });
    const entries = await entriesOf(await cleaned(original, docxMediaType));
    for (const [name, data] of entries) assertNoAuthor(data, name);
    assert.deepEqual([...entries.keys()].sort(), [...(await entriesOf(original)).keys()].sort(), 'every part is still there');
    assert.match(entries.get('word/document.xml')!.toString(), /Defenders were followed home\./);
    assert.match(entries.get('word/comments.xml')!.toString(), /Check this/);
    assert.doesNotMatch(entries.get('docProps/app.xml')!.toString(), /Company|TotalTime/);
    const photo = entries.get('word/media/image1.jpeg')!;
    assert.equal(imageKindOf(photo), 'jpeg');
    assert.ok(!photo.includes(Buffer.from('Exif')));
  });

  it('strips a WebP picture in a DOCX too (it used to pass through whole, GPS and all)', async () => {
    const copy = await cleaned(await realisticDocx({ extra: { 'word/media/image2.webp': webpWithMetadata() } }), docxMediaType);
    const photo = (await entriesOf(copy)).get('word/media/image2.webp')!;
    assert.equal(imageKindOf(photo), 'webp');
    assert.ok(!photo.includes(gpsFingerprint()) && !photo.includes(Buffer.from('xmpmeta')), 'EXIF and XMP gone');
  });

  it('cleans a spreadsheet embedded in a DOCX, and cannot clean an embedded OLE object', async () => {
    const sheet = await zipWith({ '[Content_Types].xml': '<Types/>', 'docProps/core.xml': `<cp:coreProperties><dc:creator>${author}</dc:creator></cp:coreProperties>`, 'xl/comments1.xml': `<comments><authors><author>${author}</author></authors></comments>` });
    const copy = await cleaned(await realisticDocx({ extra: { 'word/embeddings/Sheet1.xlsx': sheet } }), docxMediaType);
    const inner = await entriesOf((await entriesOf(copy)).get('word/embeddings/Sheet1.xlsx')!);
    for (const [name, data] of inner) assertNoAuthor(data, `Sheet1.xlsx/${name}`);
    const withOle = await realisticDocx({ extra: { 'word/embeddings/oleObject1.bin': passwordProtectedDocx() } });
    assert.deepEqual(await stripMetadata(withOle, docxMediaType), { ok: false, problem: 'embedded-files' });
  });

  it('empties an ODT’s meta.xml, blanks change authors and the printer, keeps the stored mimetype first', async () => {
    const copy = await cleaned(await realisticOdt({ text: 'Nuestra red fue bloqueada.' }), odt);
    assert.equal(copy.subarray(30, 38).toString(), 'mimetype');
    assert.equal(copy.readUInt16LE(8), 0, 'mimetype stored, not compressed');
    const entries = await entriesOf(copy);
    for (const [name, data] of entries) assertNoAuthor(data, name);
    assert.equal(entries.get('mimetype')!.toString(), odt);
    assert.match(entries.get('content.xml')!.toString(), /Nuestra red fue bloqueada\./);
    assert.match(entries.get('meta.xml')!.toString(), /<office:meta\/>/);
    assert.equal(imageKindOf(entries.get('Pictures/photo.png')!), 'png');
  });

  it('cannot clean a file whose zip is refused', async () => {
    assert.deepEqual(await stripMetadata(Buffer.from('PK\u0003\u0004broken'), docxMediaType), { ok: false, problem: 'malformed' });
  });
});

describe('stripMetadata for images and other types', () => {
  it('drops EXIF and comments from a JPEG and text and EXIF chunks from a PNG, keeping the picture', async () => {
    const jpeg = await cleaned(jpegWithExif(), 'image/jpeg');
    assertNoAuthor(jpeg, 'the JPEG');
    assert.ok(jpeg.includes(Buffer.from('JFIF')), 'JFIF header kept');
    assert.ok(jpeg.subarray(-10).equals(jpegWithExif().subarray(-10)), 'scan data and end kept');
    const png = await cleaned(pngWithText(), 'image/png');
    assertNoAuthor(png, 'the PNG');
    assert.ok(png.includes(Buffer.from('IDAT')) && png.includes(Buffer.from('IHDR')));
  });

  it('cannot clean a damaged image or a type it does not know', async () => {
    assert.deepEqual(await stripMetadata(jpegWithExif().subarray(0, 30), 'image/jpeg'), { ok: false, problem: 'malformed' });
    const png = pngWithText();
    png.writeUInt8(png.readUInt8(png.length - 20) ^ 0xff, png.length - 20);
    assert.deepEqual(await stripMetadata(png, 'image/png'), { ok: false, problem: 'malformed' });
    assert.deepEqual(await stripMetadata(Buffer.from('hello'), 'text/plain'), { ok: false, problem: 'unsupported' });
  });
});
