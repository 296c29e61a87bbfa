import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import {
  encryptedPdf, jpegWithExif, markEncrypted, passwordProtectedDocx, realisticDocx, realisticOdt,
} from '../../../test/support/documents.ts';
import { limits } from '../../config.ts';
import { cleanText, extractText } from './extract-text.ts';

/** A letter as a word processor prints it: one array of lines per page. */
async function letterPdf(pages: readonly (readonly string[])[]): Promise<Buffer> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = document.addPage();
    lines.forEach((line, i) => page.drawText(line, { x: 72, y: 760 - i * 18, size: 12, font }));
  }
  return Buffer.from(await document.save());
}

/** A one-page PDF whose page content is this stream, written as given (hostile filters included). */
async function pdfWithContentStream(build: (document: PDFDocument) => ReturnType<PDFDocument['context']['stream']>): Promise<Buffer> {
  const document = await PDFDocument.create();
  const page = document.addPage();
  page.node.set(PDFName.of('Contents'), document.context.register(build(document)));
  return Buffer.from(await document.save());
}

/** Word paragraphs inside realisticDocx's first <w:p>. */
function docxParagraphs(...paragraphs: string[]): string {
  return paragraphs.join('</w:t></w:r></w:p><w:p><w:r><w:t>');
}

const letter = [
  ['Madame la Rapporteuse spéciale,', '', 'Question 1', 'Notre réseau soutient les défenseurs.', 'Question 2'],
  ['Les États doivent coopérer.', '3) Pregunta 3', 'Avec nos salutations’ distinguées.'],
];

describe('extractText', () => {
  it('reads every page of a PDF, a line per line, pages joined by a line break', async () => {
    const pdf = await letterPdf(letter);
    const copy = Buffer.from(pdf);
    const extraction = await extractText(pdf, { filename: 'letter.pdf', mediaType: 'application/pdf' });
    assert.deepEqual(extraction, {
      ok: true,
      kind: 'pdf',
      text: 'Madame la Rapporteuse spéciale,\nQuestion 1\nNotre réseau soutient les défenseurs.\nQuestion 2\n'
        + 'Les États doivent coopérer.\n3) Pregunta 3\nAvec nos salutations’ distinguées.',
    });
    assert.deepEqual(pdf, copy, "the caller's bytes are left as they were");
  });

  it('reads a DOCX: paragraphs apart by a blank line, tabs and line breaks kept, comments left out', async () => {
    const docx = await realisticDocx({
      text: docxParagraphs('Dear Special Rapporteur,', 'Question 1</w:t><w:tab/><w:t>Answer &amp; more', 'Line one</w:t><w:br/><w:t>2) Line two'),
    });
    const extraction = await extractText(docx, { filename: 'letter.docx' });
    assert.deepEqual(extraction, {
      ok: true,
      kind: 'docx',
      text: 'Dear Special Rapporteur,\n\nQuestion 1\tAnswer & more\n\nLine one\n2) Line two\n\nAdded later.',
    });
  });

  it('reads an ODT and an RTF', async () => {
    const odt = await extractText(await realisticOdt({ text: 'Pregunta 1</text:p><text:p>Respuesta' }), { filename: 'carta.odt' });
    assert.deepEqual(odt, { ok: true, kind: 'odt', text: 'Pregunta 1\n\nRespuesta' });
    const rtf = Buffer.from("{\\rtf1\\ansi\\ansicpg1252 {\\fonttbl{\\f0 Arial;}}\\f0 R\\'e9ponse \\u233?t\\u233?\\par 1) Suite}", 'latin1');
    assert.deepEqual(await extractText(rtf, { filename: 'lettre.rtf' }), { ok: true, kind: 'rtf', text: 'Réponse été\n\n1) Suite' });
  });

  it('reads plain text in UTF-8, in a declared charset, or as Windows-1252 when it is not UTF-8', async () => {
    assert.deepEqual(await extractText(Buffer.from('Réponse\r\nQuestion 2  \r\n'), { filename: 'reply.txt' }), { ok: true, kind: 'text', text: 'Réponse\nQuestion 2' });
    const cyrillic = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
    assert.deepEqual(await extractText(cyrillic, { filename: 'x', mediaType: 'text/plain; charset="windows-1251"' }), { ok: true, kind: 'text', text: 'Привет' });
    assert.deepEqual(await extractText(Buffer.from('caf\xe9 \x80', 'latin1'), { filename: 'note.TXT' }), { ok: true, kind: 'text', text: 'café €' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Pregunta 1', 'utf16le')]);
    assert.deepEqual(await extractText(utf16, { filename: 'a.txt' }), { ok: true, kind: 'text', text: 'Pregunta 1' });
  });

  it('decides the type by content, never by name alone', async () => {
    const pdf = await letterPdf([['Question 1']]);
    assert.deepEqual(await extractText(pdf, { filename: 'letter.docx', mediaType: 'application/msword' }), { ok: true, kind: 'pdf', text: 'Question 1' });
    const rtf = Buffer.from('{\\rtf1\\ansi Hello\\par}');
    assert.equal((await extractText(rtf, { filename: 'letter.txt' })).ok && 'rtf', 'rtf');
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300)]);
    assert.deepEqual(await extractText(exe, { filename: 'letter.pdf', mediaType: 'application/pdf' }), { ok: false, problem: 'unsupported' });
    assert.deepEqual(await extractText(jpegWithExif(), { filename: 'scan.docx' }), { ok: false, problem: 'unsupported' });
    assert.deepEqual(await extractText(Buffer.from('plain words'), { filename: 'letter', mediaType: 'application/octet-stream' }), { ok: false, problem: 'unsupported' });
  });

  it('refuses encrypted PDF, DOCX and ODT files', async () => {
    const manifest = '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>';
    const cases: [string, Buffer][] = [
      ['a.pdf', encryptedPdf()],
      ['a.docx', passwordProtectedDocx()],
      ['a.docx', markEncrypted(await realisticDocx())],
      ['a.odt', await realisticOdt({ extra: { 'META-INF/manifest.xml': manifest } })],
    ];
    for (const [filename, data] of cases) assert.deepEqual(await extractText(data, { filename }), { ok: false, problem: 'encrypted' }, filename);
  });

  it('refuses a zip bomb in a DOCX and a deflate bomb in a PDF, before inflating them whole', async () => {
    const docxBomb = await realisticDocx({ extra: { 'word/padding.xml': Buffer.alloc(2 * 1024 * 1024) } });
    assert.deepEqual(await extractText(docxBomb, { filename: 'a.docx' }), { ok: false, problem: 'unsafe-archive' });
    const pdfBomb = await pdfWithContentStream((document) => document.context.flateStream(Buffer.alloc(4 * 1024 * 1024)));
    assert.ok(pdfBomb.length < 20_000, 'a small file');
    assert.deepEqual(await extractText(pdfBomb, { filename: 'a.pdf' }), { ok: false, problem: 'unsafe-archive' });
    const twice = await pdfWithContentStream((document) => document.context.stream(deflateSync(deflateSync('BT ET')), { Filter: ['FlateDecode', 'FlateDecode'] }));
    assert.deepEqual(await extractText(twice, { filename: 'a.pdf' }), { ok: false, problem: 'unsafe-archive' });
    const lzw = await pdfWithContentStream((document) => document.context.stream('BT ET', { Filter: 'LZWDecode' }));
    assert.deepEqual(await extractText(lzw, { filename: 'a.pdf' }), { ok: false, problem: 'unsupported' });
  });

  it('refuses truncated and garbage files as malformed', async () => {
    const pdf = await letterPdf(letter);
    const docx = await realisticDocx();
    const garbage = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 251));
    const cases: [string, Buffer][] = [
      ['cut.pdf', pdf.subarray(0, pdf.length / 2)],
      ['cut.docx', docx.subarray(0, docx.length / 2)],
      ['noise.pdf', garbage],
      ['noise.docx', garbage],
      ['noise.txt', garbage],
      ['cut.rtf', Buffer.from('{\\rtf1\\ansi Hello {\\b bold')],
    ];
    for (const [filename, data] of cases) assert.deepEqual(await extractText(data, { filename }), { ok: false, problem: 'malformed' }, filename);
  });

  it('refuses a file over the limit without reading it', async () => {
    const pdf = await letterPdf(letter);
    assert.deepEqual(await extractText(pdf, { filename: 'a.pdf' }, { maxBytes: pdf.length - 1 }), { ok: false, problem: 'too-large' });
    const huge = Buffer.alloc(limits.attachmentMaxBytes + 1);
    huge.write('%PDF-1.7\n');
    assert.deepEqual(await extractText(huge, { filename: 'a.pdf' }), { ok: false, problem: 'too-large' });
  });
});

describe('cleanText', () => {
  it('gives NFC text with "\\n" line ends, no control characters, no trailing spaces, one blank line at most', () => {
    const decomposed = 'Re\u0301ponse';
    assert.equal(cleanText(`\n  ${decomposed}\u0000\u0007 \t\r\nline\u000ctwo\u00a0\n\n\n\nend\u2028x\ud800 `), 'Réponse\nline\ntwo\n\nend\nx');
  });

  it('takes linear time on a long run of spaces', () => {
    const started = performance.now();
    assert.equal(cleanText(`${' '.repeat(1_000_000)}x`), 'x');
    assert.ok(performance.now() - started < 1000);
  });
});
