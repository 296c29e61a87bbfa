import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Resvg } from '@resvg/resvg-js';
import { author, jpegWithExif, realisticDocx, realisticOdt, zipWith } from '../../../test/support/documents.ts';
import { pictureFormatOf, placeholderPng, placeholderSvg } from './embedded-pictures.ts';
import { stripImageMetadata } from './strip-image.ts';
import { stripOfficeMetadata, type OfficeStripping } from './strip-office.ts';
import { cleanGif, gifBlocks, gifWithMetadata, svgWithMetadata, tiffWithGps } from './test-embedded-pictures.ts';
import { gpsFingerprint } from './test-images.ts';
import { readZipArchive } from './zip-archive.ts';

const traces = [author, 'xmpmeta', '<metadata', '<script', 'tracker.example', 'Geneva'];

function assertClean(name: string, data: Buffer) {
  for (const trace of traces) assert.ok(!data.includes(Buffer.from(trace, 'utf8')), `${name} still holds “${trace}”`);
  assert.ok(!data.includes(gpsFingerprint()), `${name} still holds the GPS position`);
}

async function entriesOf(zip: Buffer): Promise<Map<string, Buffer>> {
  const reading = await readZipArchive(zip, { nestedArchivesUnder: ['word/embeddings/'] });
  assert.ok(reading.ok, 'the copy opens as a zip');
  return new Map(reading.entries.map((e) => [e.name, e.data]));
}

function cleaned(result: OfficeStripping): Extract<OfficeStripping, { ok: true }> {
  assert.ok(result.ok, `expected a cleaned copy, got ${JSON.stringify(result)}`);
  return result;
}

const mediaTypes: Record<string, string> = { gif: 'image/gif', png: 'image/png', jpeg: 'image/jpeg', svg: 'image/svg+xml' };
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** What [Content_Types].xml declares each part to be, read here independently of the code under test. */
function ooxmlTypes(entries: Map<string, Buffer>): (part: string) => string | undefined {
  const xml = entries.get('[Content_Types].xml')!.toString('utf8');
  const tags = [...xml.matchAll(/<(Default|Override)\b[^>]*>/g)].map((m) => m[0]);
  return (part) => tags.find((t) => t.startsWith('<Override') && attribute(t, 'PartName') === `/${part}`)?.replace(/.*ContentType="([^"]*)".*/s, '$1')
    ?? tags.find((t) => t.startsWith('<Default') && attribute(t, 'Extension') === part.split('.').pop())?.replace(/.*ContentType="([^"]*)".*/s, '$1');
}

/** Every part is declared, and every picture is declared as what its bytes are. */
function assertConsistent(entries: Map<string, Buffer>, typeOf: (part: string) => string | undefined, skip: (part: string) => boolean) {
  for (const [name, data] of entries) {
    if (name.endsWith('/') || skip(name)) continue;
    const declared = typeOf(name);
    assert.ok(declared !== undefined, `${name} is declared`);
    const format = pictureFormatOf(data);
    if (format) assert.equal(declared, mediaTypes[format], `${name} is declared as the ${format} it holds`);
  }
}

const rel = (id: string, target: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${target}"/>`;

/** A DOCX whose media folder holds a GIF with a comment, a TIFF with GPS and an SVG with <metadata>, all declared. */
async function docxWithPictures(extra: Record<string, Buffer> = {}): Promise<Buffer> {
  const base = await entriesOf(await realisticDocx());
  const types = base.get('[Content_Types].xml')!.toString().replace('</Types>',
    '<Default Extension="gif" ContentType="image/gif"/><Default Extension="tiff" ContentType="image/tiff"/><Default Extension="svg" ContentType="image/svg+xml"/>'
    + '<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/></Types>');
  const rels = base.get('word/_rels/document.xml.rels')!.toString().replace('</Relationships>',
    `${rel('rId3', 'media/image2.gif')}${rel('rId4', 'media/image3.tiff')}${rel('rId5', 'media/image4.svg')}</Relationships>`);
  return realisticDocx({ extra: {
    '[Content_Types].xml': types, 'word/_rels/document.xml.rels': rels,
    'word/media/image2.gif': gifWithMetadata(), 'word/media/image3.tiff': tiffWithGps(), 'word/media/image4.svg': svgWithMetadata(), ...extra,
  } });
}

const manifestEntry = (path: string, type: string) => `<manifest:file-entry manifest:full-path="${path}" manifest:media-type="${type}"/>`;
const drawImage = (href: string, type: string) => `<draw:frame><draw:image xlink:href="${href}" xlink:type="simple" loext:mime-type="${type}"/></draw:frame>`;

/** An ODT with the same three pictures in Pictures/, and a TIFF written inline as base64, as ODF allows. */
async function odtWithPictures(): Promise<Buffer> {
  const base = await entriesOf(await realisticOdt());
  const manifest = base.get('META-INF/manifest.xml')!.toString().replace('</manifest:manifest>',
    `${manifestEntry('Pictures/photo.png', 'image/png')}${manifestEntry('Pictures/a.gif', 'image/gif')}${manifestEntry('Pictures/b.tif', 'image/tiff')}${manifestEntry('Pictures/c.svg', 'image/svg+xml')}</manifest:manifest>`);
  const content = base.get('content.xml')!.toString()
    .replace('<office:document-content ', '<office:document-content xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" ')
    .replace('</office:text>', `<text:p>${drawImage('Pictures/a.gif', 'image/gif')}${drawImage('Pictures/b.tif', 'image/tiff')}${drawImage('Pictures/c.svg', 'image/svg+xml')}`
      + `<draw:frame><draw:image loext:mime-type="image/tiff"><office:binary-data>${tiffWithGps().toString('base64').replace(/(.{60})/g, '$1\n')}</office:binary-data></draw:image></draw:frame></text:p></office:text>`);
  return realisticOdt({ extra: {
    'META-INF/manifest.xml': manifest, 'content.xml': content,
    'Pictures/a.gif': gifWithMetadata(), 'Pictures/b.tif': tiffWithGps(), 'Pictures/c.svg': svgWithMetadata(),
  } });
}

describe('stripOfficeMetadata with pictures other than JPEG, PNG and WebP', () => {
  it('uses placeholders that decoders draw as one light grey pixel, with nothing else in them', () => {
    const png = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><image width="1" height="1" href="data:image/png;base64,${placeholderPng.toString('base64')}"/></svg>`).render();
    assert.deepEqual([...png.pixels], [0xd0, 0xd0, 0xd0, 255]);
    assert.ok(stripImageMetadata(placeholderPng)!.equals(placeholderPng), 'only the chunks a PNG needs');
    assert.deepEqual([...new Resvg(placeholderSvg).render().pixels], [0xd0, 0xd0, 0xd0, 255]);
  });

  it('cleans a GIF in a DOCX block by block and replaces its TIFF and SVG, declaring the TIFF’s part a PNG now', async () => {
    const original = await docxWithPictures();
    const result = cleaned(await stripOfficeMetadata(original, 'docx'));
    assert.deepEqual(result.replacedPictures, [{ part: 'word/media/image3.tiff', format: 'tiff' }, { part: 'word/media/image4.svg', format: 'svg' }]);
    const entries = await entriesOf(result.data);
    assert.deepEqual([...entries.keys()].sort(), [...(await entriesOf(original)).keys()].sort(), 'every part keeps its name');
    for (const [name, data] of entries) assertClean(name, data);
    assert.deepEqual(gifBlocks(entries.get('word/media/image2.gif')!).map((b) => b.kind), ['application', 'graphic-control', 'image']);
    assert.ok(entries.get('word/media/image3.tiff')!.equals(placeholderPng));
    assert.ok(entries.get('word/media/image4.svg')!.equals(placeholderSvg));
    const types = entries.get('[Content_Types].xml')!.toString();
    assert.match(types, /<Override PartName="\/word\/media\/image3\.tiff" ContentType="image\/png"\/><\/Types>$/);
    assert.doesNotMatch(types, /image4\.svg/, 'an SVG placeholder needs no new declaration');
    assertConsistent(entries, ooxmlTypes(entries), () => false);
    assert.match(entries.get('word/_rels/document.xml.rels')!.toString(), /Target="media\/image3\.tiff"/, 'relationships still point at the part');
  });

  it('rewrites an existing Override, and reports a picture replaced inside an embedded spreadsheet by its path', async () => {
    const sheet = await zipWith({
      '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/media/image1.emf" ContentType="image/x-emf"/></Types>',
      'xl/workbook.xml': '<workbook/>',
      'xl/media/image1.emf': Buffer.concat([Buffer.from('01000000', 'hex'), Buffer.alloc(36), Buffer.from(' EMF', 'latin1'), Buffer.from(`Jane Doe's drawing`)]),
    });
    const result = cleaned(await stripOfficeMetadata(await docxWithPictures({ 'word/embeddings/Sheet1.xlsx': sheet }), 'docx'));
    assert.deepEqual(result.replacedPictures.map((p) => `${p.part} ${p.format}`), [
      'word/media/image3.tiff tiff', 'word/media/image4.svg svg', 'word/embeddings/Sheet1.xlsx/xl/media/image1.emf emf',
    ]);
    const inner = await entriesOf((await entriesOf(result.data)).get('word/embeddings/Sheet1.xlsx')!);
    assert.ok(inner.get('xl/media/image1.emf')!.equals(placeholderPng));
    assert.match(inner.get('[Content_Types].xml')!.toString(), /<Override PartName="\/xl\/media\/image1\.emf" ContentType="image\/png"\/><\/Types>/);
    assert.doesNotMatch(inner.get('[Content_Types].xml')!.toString(), /x-emf/);
  });

  it('replaces bytes it cannot recognise in the media folder, and cannot clean a video or a GIF that is cut short', async () => {
    const unknown = cleaned(await stripOfficeMetadata(await realisticDocx({ extra: { 'word/media/image9.bin': Buffer.from('Jane Doe raw sensor dump') } }), 'docx'));
    assert.deepEqual(unknown.replacedPictures, [{ part: 'word/media/image9.bin', format: 'unrecognised' }]);
    const video = Buffer.concat([Buffer.from('0000001866747970', 'hex'), Buffer.from('isom\0\0\0\0isomiso2', 'latin1'), Buffer.from('Jane Doe ©xyz +46.2+006.1')]);
    assert.deepEqual(await stripOfficeMetadata(await realisticDocx({ extra: { 'word/media/media1.mp4': video } }), 'docx'), { ok: false, problem: 'embedded-files' });
    assert.deepEqual(await stripOfficeMetadata(await realisticDocx({ extra: { 'word/media/image2.gif': cleanGif().subarray(0, 30) } }), 'docx'), { ok: false, problem: 'malformed' });
  });

  it('cleans the same pictures in an ODT, its manifest and media-type hints following each replacement', async () => {
    const result = cleaned(await stripOfficeMetadata(await odtWithPictures(), 'odt'));
    assert.deepEqual(result.replacedPictures, [
      { part: 'content.xml', format: 'tiff' }, { part: 'Pictures/b.tif', format: 'tiff' }, { part: 'Pictures/c.svg', format: 'svg' },
    ]);
    assert.equal(result.data.subarray(30, 38).toString(), 'mimetype', 'the mimetype still comes first');
    const entries = await entriesOf(result.data);
    for (const [name, data] of entries) assertClean(name, data);
    assert.deepEqual(gifBlocks(entries.get('Pictures/a.gif')!).map((b) => b.kind), ['application', 'graphic-control', 'image']);
    assert.ok(entries.get('Pictures/b.tif')!.equals(placeholderPng));
    assert.ok(entries.get('Pictures/c.svg')!.equals(placeholderSvg));
    const manifest = entries.get('META-INF/manifest.xml')!.toString();
    const manifestTags = [...manifest.matchAll(/<manifest:file-entry\b[^>]*>/g)].map((m) => m[0]);
    const declared = (part: string) => { const tag = manifestTags.find((t) => attribute(t, 'manifest:full-path') === part); return tag && attribute(tag, 'manifest:media-type'); };
    assertConsistent(entries, declared, (part) => part === 'mimetype' || part === 'META-INF/manifest.xml');
    const content = entries.get('content.xml')!.toString();
    assert.match(content, /xlink:href="Pictures\/b\.tif" xlink:type="simple" loext:mime-type="image\/png"/);
    assert.match(content, /xlink:href="Pictures\/a\.gif" xlink:type="simple" loext:mime-type="image\/gif"/);
    assert.match(content, new RegExp(`<draw:image loext:mime-type="image/png"><office:binary-data>${placeholderPng.toString('base64').replace(/[+/]/g, '\\$&')}</office:binary-data>`));
  });
});

describe('stripOfficeMetadata on a document it cleaned before', () => {
  it('reports no picture as replaced and changes no part, in a DOCX and in an ODT', async () => {
    for (const [kind, original] of [['docx', await docxWithPictures()], ['odt', await odtWithPictures()]] as const) {
      const once = cleaned(await stripOfficeMetadata(original, kind));
      assert.ok(once.replacedPictures.some((p) => p.format === 'svg'), `${kind}: the SVG was replaced the first time`);
      const twice = cleaned(await stripOfficeMetadata(once.data, kind));
      assert.deepEqual(twice.replacedPictures, [], `${kind}: nothing is reported the second time`);
      assert.deepEqual(await entriesOf(twice.data), await entriesOf(once.data), `${kind}: the same parts, byte for byte`);
    }
  });
});

describe('stripOfficeMetadata with VML shapes', () => {
  it('removes the preview copy a VML shape carries (o:gfxdata), in the document and in a spreadsheet’s drawing', async () => {
    // What Word writes there: a zipped DrawingML copy of the shape, with its picture (here one with EXIF) inside.
    const preview = (await zipWith({ 'drs/e2oDoc.xml': '<xdr:wsDr/>', 'drs/media/image1.jpeg': jpegWithExif() })).toString('base64');
    const namespaces = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"';
    const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ${namespaces} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body><w:p><w:r><w:pict>`
      + `<v:shape id="_x0000_s1026" type="#_x0000_t75" o:gfxdata="${preview.replace(/(.{76})/g, '$1\n')}" style="width:40pt;height:20pt"><v:imagedata r:id="rId2" o:title=""/></v:shape>`
      + '</w:pict></w:r></w:p></w:body></w:document>';
    const drawing = (gfxdata: string) => Buffer.from(`<xml ${namespaces}><v:shape id="_x0000_s1025"${gfxdata}><v:textbox>Caf\xe9</v:textbox></v:shape></xml>`, 'latin1');
    const sheet = await zipWith({
      '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/></Types>',
      'xl/workbook.xml': '<workbook/>', 'xl/drawings/vmlDrawing1.vml': drawing(` o:gfxdata='${preview}'`),
    });
    const result = cleaned(await stripOfficeMetadata(await realisticDocx({ extra: { 'word/document.xml': document, 'word/embeddings/Sheet1.xlsx': sheet } }), 'docx'));
    const entries = await entriesOf(result.data);
    assert.match(entries.get('word/document.xml')!.toString(),
      /<v:shape id="_x0000_s1026" type="#_x0000_t75" style="width:40pt;height:20pt"><v:imagedata r:id="rId2" o:title=""\/><\/v:shape>/, 'the shape stays, without its copy');
    const inner = await entriesOf(entries.get('word/embeddings/Sheet1.xlsx')!);
    assert.ok(inner.get('xl/drawings/vmlDrawing1.vml')!.equals(drawing('')), 'only the copy goes; the code page’s bytes stay');
  });
});
