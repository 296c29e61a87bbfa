// Documents built in the tests themselves: realistic DOCX, ODT, PDF and JPEG files carrying their author's name in
// the places real programs put it, and hostile variants (bombs, traversal names, encryption) made by patching bytes.
import { crc32 } from 'node:zlib';
import yazl from 'yazl';
import { tinyPdf } from './factories.ts';

export const author = 'Jane Doe';

/** A zip made by yazl; entries listed in `stored` are not compressed. */
export async function zipWith(entries: Record<string, string | Buffer>, stored: readonly string[] = []): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) {
    zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), name, { compress: !stored.includes(name) });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Local and central headers of every entry, to patch a zip into something no honest program writes. */
function headers(zip: Buffer): { local: number[]; central: number[] } {
  const local: number[] = [];
  const central: number[] = [];
  for (let at = 0; at < zip.length - 4; at += 1) {
    const signature = zip.readUInt32LE(at);
    if (signature === 0x04034b50) local.push(at);
    else if (signature === 0x02014b50) central.push(at);
  }
  return { local, central };
}

/** Marks every entry as encrypted (general-purpose flag bit 0), as ZipCrypto does. */
export function markEncrypted(zip: Buffer): Buffer {
  const copy = Buffer.from(zip);
  const { local, central } = headers(copy);
  for (const at of local) copy.writeUInt16LE(copy.readUInt16LE(at + 6) | 1, at + 6);
  for (const at of central) copy.writeUInt16LE(copy.readUInt16LE(at + 8) | 1, at + 8);
  return copy;
}

/** Declares every entry smaller than it inflates to: a bomb that lies in its headers. */
export function understateSizes(zip: Buffer, declared: number): Buffer {
  const copy = Buffer.from(zip);
  const { local, central } = headers(copy);
  for (const at of local) copy.writeUInt32LE(declared, at + 22);
  for (const at of central) copy.writeUInt32LE(declared, at + 24);
  return copy;
}

/** Replaces text of the same length in the names (e.g. "aaaaa/x" → "../../x", which yazl refuses to write). */
export function renameEntries(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error('same length only');
  return Buffer.from(zip.toString('latin1').split(from).join(to), 'latin1');
}

/** A JPEG with an EXIF segment naming the author and a comment, then a (tiny, fake) scan. */
export function jpegWithExif(name = author): Buffer {
  const segment = (marker: number, body: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt16BE(0xff00 | marker, 0);
    head.writeUInt16BE(body.length + 2, 2);
    return Buffer.concat([head, body]);
  };
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
    segment(0xe1, Buffer.from(`Exif\0\0Artist=${name};GPS=46.2044N,6.1432E`, 'latin1')),
    segment(0xfe, Buffer.from(`Photo by ${name}`, 'latin1')),
    segment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])),
    Buffer.from([0x12, 0x34, 0xff, 0x00, 0x56, 0xff, 0xd0, 0x78]), // scan data with a stuffed byte and a restart
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** A PNG with tEXt Author and eXIf chunks around an (unchecked) image data chunk. */
export function pngWithText(name = author): Buffer {
  const chunk = (type: string, body: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
    return Buffer.concat([head, body, crc]);
  };
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', Buffer.from('00000001000000010800000000', 'hex')),
    chunk('tEXt', Buffer.from(`Author\0${name}`, 'latin1')),
    chunk('eXIf', Buffer.from(`MM\0*Artist ${name}`, 'latin1')),
    chunk('IDAT', Buffer.from('789c6300010000050001', 'hex')),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A DOCX as Word writes it: properties, a comment and a tracked change by the author, a photo with EXIF. */
export async function realisticDocx(options: { text?: string; name?: string; extra?: Record<string, string | Buffer> } = {}): Promise<Buffer> {
  const name = options.name ?? author;
  const text = options.text ?? 'Our network supports defenders across the region.';
  const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return zipWith({
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="jpeg" ContentType="image/jpeg"/>'
      + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      + '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
      + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      + '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
      + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
      + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${w}"><w:body>`
      + `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`
      + `<w:p><w:ins w:id="1" w:author="${name}" w:date="2026-11-02T10:00:00Z"><w:r><w:t>Added later.</w:t></w:r></w:ins><w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`
      + '</w:body></w:document>',
    'word/_rels/document.xml.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
      + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.jpeg"/></Relationships>',
    'word/_rels/settings.xml.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="file:///C:\\Users\\${name}\\Templates\\Normal.dotm" TargetMode="External"/></Relationships>`,
    'word/comments.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${w}"><w:comment w:id="0" w:author="${name}" w:initials="JD"><w:p><w:r><w:t>Check this</w:t></w:r></w:p></w:comment></w:comments>`,
    'word/media/image1.jpeg': jpegWithExif(name),
    'docProps/core.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
      + `<dc:title>Input</dc:title><dc:creator>${name}</dc:creator><cp:lastModifiedBy>${name}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2026-11-01T09:00:00Z</dcterms:created></cp:coreProperties>`,
    'docProps/app.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><Company>${name} Associates</Company><TotalTime>42</TotalTime></Properties>`,
    ...options.extra,
  });
}

/** An ODT as LibreOffice writes it: stored mimetype first, meta.xml with the author, a tracked change, a printer. */
export async function realisticOdt(options: { text?: string; name?: string; mimetype?: string; extra?: Record<string, string | Buffer> } = {}): Promise<Buffer> {
  const name = options.name ?? author;
  const text = options.text ?? 'Nuestra red apoya a personas defensoras.';
  const office = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
  return zipWith({
    mimetype: options.mimetype ?? 'application/vnd.oasis.opendocument.text',
    'META-INF/manifest.xml': '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
      + '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
      + '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
      + '<manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/></manifest:manifest>',
    'content.xml': `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="${office}" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:body><office:text>`
      + `<text:tracked-changes><text:changed-region text:id="ct1"><text:insertion><office:change-info><dc:creator>${name}</dc:creator><dc:date>2026-11-02T10:00:00</dc:date></office:change-info></text:insertion></text:changed-region></text:tracked-changes>`
      + `<text:p>${text}</text:p></office:text></office:body></office:document-content>`,
    'meta.xml': `<?xml version="1.0" encoding="UTF-8"?><office:document-meta xmlns:office="${office}" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:meta>`
      + `<meta:initial-creator>${name}</meta:initial-creator><dc:creator>${name}</dc:creator><meta:generator>LibreOffice/7.6</meta:generator></office:meta></office:document-meta>`,
    'settings.xml': `<?xml version="1.0" encoding="UTF-8"?><office:document-settings xmlns:office="${office}" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><office:settings><config:config-item-set config:name="ooo:configuration-settings">`
      + `<config:config-item config:name="PrinterName" config:type="string">${name}-HP-LaserJet</config:config-item></config:config-item-set></office:settings></office:document-settings>`,
    'Pictures/photo.png': pngWithText(name),
    ...options.extra,
  }, ['mimetype']);
}

/** A PDF whose document information dictionary (an indirect object, as most writers do) names the author. */
export function pdfWithAuthor(name = author, text = 'Submission letter'): Buffer {
  const pdf = tinyPdf(text).toString('latin1');
  const info = `6 0 obj\n<< /Author (${name}) /Creator (Microsoft Word) /Producer (Acme PDF 2.1) /Title (Input of ${name}) /CreationDate (D:20261101090000Z) >>\nendobj\n`;
  // The new object goes before the cross-reference table, which is then rebuilt by offsets.
  const body = pdf.slice(0, pdf.indexOf('xref\n'));
  const objects = `${body}${info}`;
  const offsets = [...objects.matchAll(/(\d+) 0 obj\n/g)].map((m) => m.index);
  const xref = objects.length;
  return Buffer.from(`${objects}xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
    + `trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1');
}

/** A PDF whose trailer says it is encrypted (the structure is enough: readers then refuse to read it in clear). */
export function encryptedPdf(): Buffer {
  const pdf = tinyPdf().toString('latin1').replace('trailer\n<<', 'trailer\n<< /Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /O <00> /U <00> /P -3904 >>');
  return Buffer.from(pdf, 'latin1');
}

/** The start of an OLE compound file, as Office writes a password-protected .docx, with its stream names. */
export function passwordProtectedDocx(): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0);
  const directory = Buffer.alloc(512);
  for (const [i, name] of ['Root Entry', 'EncryptionInfo', 'EncryptedPackage'].entries()) directory.write(name, i * 128, 'utf16le');
  return Buffer.concat([header, directory, Buffer.alloc(1024)]);
}
