import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { realisticDocx, zipWith } from '../../../test/support/documents.ts';
import { withoutPrinterSettings } from './printer-settings.ts';
import { stripOfficeMetadata } from './strip-office.ts';
import { readZipArchive, type ZipEntry } from './zip-archive.ts';

const printer = '\\\\OFFICE-SRV\\Jane Doe LaserJet';
/** A DEVMODE as Windows writes it: the printer's name in UTF-16, 32 characters, then the settings. */
const devmode = () => Buffer.concat([Buffer.from(printer.padEnd(32, '\0'), 'utf16le'), Buffer.from('0104dc00', 'hex'), Buffer.alloc(180)]);
const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const printerRel = (id: string, target: string) => `<Relationship Id="${id}" Type="${relationships}/printerSettings" Target="${target}"/>`;
const types = (inner: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>${inner}</Types>`;
const rels = (inner: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${inner}</Relationships>`;

/** A spreadsheet whose sheet names its printer settings in pageSetup, beside a drawing that must stay. */
const spreadsheet = () => zipWith({
  '[Content_Types].xml': types('<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/>'),
  'xl/workbook.xml': '<workbook/>',
  'xl/worksheets/sheet1.xml': `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${relationships}"><sheetData/><pageSetup paperSize="9" r:id="rId1"/><drawing r:id="rId2"/></worksheet>`,
  'xl/worksheets/_rels/sheet1.xml.rels': rels(`${printerRel('rId1', '../printerSettings/printerSettings1.bin')}<Relationship Id="rId2" Type="${relationships}/drawing" Target="../drawings/drawing1.xml"/>`),
  'xl/drawings/drawing1.xml': '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>',
  'xl/printerSettings/printerSettings1.bin': devmode(),
});

/** A presentation pointing at its settings from the package root, with an end tag, as some writers do. */
const presentation = () => zipWith({
  '[Content_Types].xml': types('<Override PartName="/ppt/printerSettings/printerSettings1.bin" ContentType="application/vnd.openxmlformats-officedocument.presentationml.printerSettings"/>'),
  'ppt/presentation.xml': '<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>',
  'ppt/_rels/presentation.xml.rels': rels(`<Relationship Id="rId7" Type="${relationships}/printerSettings" Target="/ppt/printerSettings/printerSettings1.bin"></Relationship>`),
  'ppt/printerSettings/printerSettings1.bin': devmode(),
});

async function docxWithPrinterSettings(): Promise<Buffer> {
  const base = await entriesOf(await realisticDocx());
  return realisticDocx({ extra: {
    '[Content_Types].xml': base.get('[Content_Types].xml')!.toString().replace('</Types>',
      '<Override PartName="/word/printerSettings/printerSettings1.bin" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.printerSettings"/>'
      + '<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>'
      + '<Default Extension="pptx" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation"/></Types>'),
    'word/_rels/document.xml.rels': base.get('word/_rels/document.xml.rels')!.toString().replace('</Relationships>', `${printerRel('rId9', 'printerSettings/printerSettings1.bin')}</Relationships>`),
    'word/printerSettings/printerSettings1.bin': devmode(),
    'word/embeddings/Sheet1.xlsx': await spreadsheet(),
    'word/embeddings/Slides1.pptx': await presentation(),
  } });
}

async function entriesOf(zip: Buffer): Promise<Map<string, Buffer>> {
  const reading = await readZipArchive(zip, { nestedArchivesUnder: ['word/embeddings/'] });
  assert.ok(reading.ok, 'a zip');
  return new Map(reading.entries.map((e) => [e.name, e.data]));
}

/** Every internal relationship, every Override and every r:id still points at something that is there. */
function assertNoDanglingReference(entries: Map<string, Buffer>, where: string) {
  const names = new Set([...entries.keys()].map((n) => n.toLowerCase()));
  for (const [name, data] of entries) {
    const xml = data.toString('utf8');
    if (name.endsWith('.rels')) {
      const folder = name.replace(/_rels\/[^/]*$/, '');
      for (const [tag] of xml.matchAll(/<Relationship\b[^>]*>/g)) {
        if (/TargetMode="External"/.test(tag)) continue;
        const target = /Target="([^"]*)"/.exec(tag)![1]!;
        const path = target.startsWith('/') ? target.slice(1) : new URL(target, `file:///${folder}`).pathname.slice(1);
        assert.ok(names.has(path.toLowerCase()), `${where} ${name} points at ${path}, which is there`);
      }
    }
    for (const [, part] of xml.matchAll(/<Override PartName="\/([^"]*)"/g)) assert.ok(names.has(part!.toLowerCase()), `${where}: ${part} is declared and there`);
    const relsName = name.replace(/([^/]*)$/, '_rels/$1.rels');
    for (const [, id] of xml.matchAll(/\sr:id="([^"]*)"/g)) {
      assert.match(entries.get(relsName)?.toString() ?? '', new RegExp(`Id="${id}"`), `${where} ${name}: r:id ${id} names a relationship`);
    }
  }
}

describe('withoutPrinterSettings', () => {
  it('drops a DOCX’s printer settings and those of the spreadsheet and presentation inside it, and what pointed at them', async () => {
    const original = await docxWithPrinterSettings();
    const names = (entries: Map<string, Buffer>) => [...entries.values()].some((data) => data.includes(Buffer.from('OFFICE-SRV', 'utf16le')));
    assert.ok(names(await entriesOf(original)), 'the upload names the printer');
    const result = await stripOfficeMetadata(original, 'docx');
    assert.ok(result.ok);
    const entries = await entriesOf(result.data);
    assert.ok(![...entries.keys()].some((name) => /printerSettings/i.test(name)), 'no printer settings part is left');
    assertNoDanglingReference(entries, 'the document');
    assert.doesNotMatch(entries.get('word/_rels/document.xml.rels')!.toString(), /printerSettings/);
    assert.match(entries.get('word/_rels/document.xml.rels')!.toString(), /Target="media\/image1\.jpeg"/, 'other relationships stay');
    assert.doesNotMatch(entries.get('[Content_Types].xml')!.toString(), /printerSettings/);

    const sheet = await entriesOf(entries.get('word/embeddings/Sheet1.xlsx')!);
    assertNoDanglingReference(sheet, 'the spreadsheet');
    assert.match(sheet.get('xl/worksheets/sheet1.xml')!.toString(), /<pageSetup paperSize="9"\/><drawing r:id="rId2"\/>/, 'the page setup stays, without its printer');
    assert.ok(sheet.has('xl/drawings/drawing1.xml'));
    const slides = await entriesOf(entries.get('word/embeddings/Slides1.pptx')!);
    assert.ok(![entries, sheet, slides].some(names), 'the printer is named nowhere');
    assertNoDanglingReference(slides, 'the presentation');
    assert.doesNotMatch(slides.get('ppt/_rels/presentation.xml.rels')!.toString(), /Relationship\b/, 'the element and its end tag are gone');
    assert.doesNotMatch(slides.get('[Content_Types].xml')!.toString(), /printerSettings/);
  });

  it('leaves a package without printer settings as it was', async () => {
    const entries: ZipEntry[] = [...(await entriesOf(await realisticDocx()))].map(([name, data]) => ({ name, data }));
    assert.deepEqual(withoutPrinterSettings(entries), entries);
  });
});
