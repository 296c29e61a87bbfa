import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFStream, PDFString, StandardFonts } from 'pdf-lib';
import { extractText } from './extract-text.ts';
import { stripMetadata } from './strip-metadata.ts';

const pageText = 'Testimony of the workers';
const safeAddress = 'https://example.org/report';
/** Markers inside each active construct, to search for in the saved bytes. */
const markers = {
  documentScript: 'docScriptMarker',
  openScript: 'openScriptMarker',
  pageScript: 'pageScriptMarker',
  linkScript: 'linkScriptMarker',
  chainedScript: 'chainedScriptMarker',
  attachment: 'attachmentMarker',
  embedded: 'embeddedMarker',
  fieldScript: 'fieldScriptMarker',
  xfa: 'xfaMarker',
  beacon: 'beacon.example.net',
};

function javascript(document: PDFDocument, code: string): PDFRef {
  return document.context.register(document.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of(`app.alert("${code}")`) }));
}

/** A one-page PDF carrying every kind of active content a reader's viewer might run on opening or clicking. */
async function pdfWithActiveContent(): Promise<Buffer> {
  const made = await PDFDocument.create();
  const font = await made.embedFont(StandardFonts.Helvetica);
  const page = made.addPage([400, 400]);
  page.drawText(pageText, { x: 20, y: 350, size: 12, font });
  const { context } = made;
  // Document JavaScript through the Names tree, and a script when the file opens.
  const scripts = context.obj({ Names: [PDFString.of('init'), javascript(made, markers.documentScript)] });
  made.catalog.set(PDFName.of('Names'), context.obj({ JavaScript: context.register(scripts) }));
  made.catalog.set(PDFName.of('OpenAction'), javascript(made, markers.openScript));
  // The document's own additional action: an automatic request when the file closes.
  made.catalog.set(PDFName.of('AA'), context.obj({ WC: context.obj({ S: 'URI', URI: PDFString.of(`https://${markers.beacon}/closed`) }) }));
  // A script when the page is shown.
  page.node.set(PDFName.of('AA'), context.obj({ O: javascript(made, markers.pageScript) }));
  // An embedded file (pdf-lib writes it in the EmbeddedFiles name tree).
  await made.attach(Buffer.from(markers.embedded), 'notes.txt', { mimeType: 'text/plain' });
  // An XFA form and a field that runs a script when typed in.
  const field = context.register(context.obj({ FT: 'Tx', T: PDFString.of('name'), AA: { K: javascript(made, markers.fieldScript) } }));
  made.catalog.set(PDFName.of('AcroForm'), context.obj({ Fields: [field], XFA: context.register(context.stream(`<xdp>${markers.xfa}</xdp>`)) }));

  const annotation = (entries: Record<string, unknown>) => context.register(context.obj({ Type: 'Annot', Rect: [0, 0, 50, 20], ...entries } as never));
  const uriLink = annotation({ Subtype: 'Link', A: { S: 'URI', URI: PDFString.of(safeAddress) } });
  const scriptLink = annotation({ Subtype: 'Link', A: javascript(made, markers.linkScript) });
  const chainedLink = annotation({ Subtype: 'Link', A: { S: 'URI', URI: PDFString.of(`${safeAddress}#chained`), Next: javascript(made, markers.chainedScript) } });
  const shareLink = annotation({ Subtype: 'Link', A: { S: 'URI', URI: PDFString.of(`\\\\${markers.beacon}\\share`) } });
  const launchLink = annotation({ Subtype: 'Link', A: { S: 'Launch', F: PDFString.of('cmd.exe') } });
  const fileSpec = context.obj({ Type: 'Filespec', F: PDFString.of('evidence.txt'), EF: { F: context.register(context.stream(markers.attachment)) } });
  const fileAnnotation = annotation({ Subtype: 'FileAttachment', FS: fileSpec, T: PDFString.of('Someone') });
  // A popup still points at the attachment annotation after it leaves the page's list.
  const popup = annotation({ Subtype: 'Popup', Parent: fileAnnotation });
  page.node.set(PDFName.of('Annots'), context.obj([uriLink, scriptLink, chainedLink, shareLink, launchLink, fileAnnotation, popup]));
  return Buffer.from(await made.save({ useObjectStreams: true }));
}

/** Every dictionary reachable from the trailer, to look for active content in the parsed object graph. */
function reachableDictionaries(document: PDFDocument): PDFDict[] {
  const found: PDFDict[] = [];
  const seen = new Set<unknown>();
  const pending: unknown[] = [document.context.trailerInfo.Root];
  while (pending.length) {
    const next = pending.pop();
    if (seen.has(next)) continue;
    seen.add(next);
    if (next instanceof PDFRef) pending.push(document.context.lookup(next));
    else if (next instanceof PDFStream) pending.push(next.dict);
    else if (next instanceof PDFArray) pending.push(...next.asArray());
    else if (next instanceof PDFDict) {
      found.push(next);
      pending.push(...next.values());
    }
  }
  return found;
}

describe('stripMetadata removes a PDF’s active content', () => {
  it('drops scripts, automatic actions, launch and share links, embedded files and the XFA form, keeping the page and its web link', async () => {
    const original = await pdfWithActiveContent();
    const result = await stripMetadata(original, 'application/pdf');
    assert.ok(result.ok, JSON.stringify(result));

    const bytes = result.data.toString('latin1');
    for (const [what, marker] of Object.entries(markers)) assert.ok(!bytes.includes(marker), `${what} is still in the file`);
    for (const key of ['/JavaScript', '/JS', '/OpenAction', '/AA', '/EmbeddedFiles', '/EF', '/XFA', '/Launch', '/FileAttachment']) {
      assert.ok(!new RegExp(`${key}\\b`).test(bytes), `${key} is still in the file`);
    }
    assert.ok(bytes.includes(safeAddress), 'the web link stays');

    const copy = await PDFDocument.load(result.data, { updateMetadata: false });
    assert.equal(copy.getPageCount(), 1);
    const dictionaries = reachableDictionaries(copy);
    const withKey = (key: string) => dictionaries.filter((dict) => dict.has(PDFName.of(key)));
    for (const key of ['JS', 'OpenAction', 'AA', 'EF', 'XFA', 'JavaScript', 'EmbeddedFiles', 'FS', 'Next']) assert.deepEqual(withKey(key), [], `a /${key} is left`);
    const annotations = copy.getPage(0).node.Annots()!.asArray().map((ref) => copy.context.lookup(ref, PDFDict));
    const subtypes = annotations.map((dict) => dict.get(PDFName.of('Subtype'))!.toString());
    assert.deepEqual(subtypes, ['/Link', '/Link', '/Link', '/Link', '/Link', '/Popup'], 'the file attachment left the page');
    const actions = annotations.map((dict) => copy.context.lookup(dict.get(PDFName.of('A'))));
    const addresses = actions.map((action) => (action instanceof PDFDict ? action.lookup(PDFName.of('URI'), PDFString).decodeText() : undefined));
    assert.deepEqual(addresses, [safeAddress, undefined, `${safeAddress}#chained`, undefined, undefined, undefined], 'web links stay, others lose their action');

    const text = await extractText(result.data, { filename: 'copy.pdf', mediaType: 'application/pdf' });
    assert.ok(text.ok && text.text.includes(pageText), 'the page text stays');
    assert.deepEqual([...result.removedActiveContent!].sort(), [
      'embedded-file', 'embedded-file', 'javascript', 'javascript', 'javascript', 'javascript', 'javascript', 'javascript',
      'launch', 'remote-link', 'remote-link', 'xfa-form',
    ].sort());
  });

  it('keeps a PDF without active content as it was, with nothing to report', async () => {
    const made = await PDFDocument.create();
    made.addPage().drawText(pageText);
    const result = await stripMetadata(Buffer.from(await made.save()), 'application/pdf');
    assert.ok(result.ok);
    assert.deepEqual(result.removedActiveContent, []);
  });

  it('drops actions that point at objects that are not there or are not dictionaries, without failing', async () => {
    const made = await PDFDocument.create();
    const page = made.addPage();
    page.node.set(PDFName.of('AA'), PDFRef.of(9999));
    page.node.set(PDFName.of('Annots'), made.context.obj([PDFRef.of(9998), 42, made.context.obj({ Subtype: 'Link', A: PDFRef.of(9997) })]));
    made.catalog.set(PDFName.of('Names'), made.context.obj({ JavaScript: 12 }));
    made.catalog.set(PDFName.of('OpenAction'), made.context.obj([PDFRef.of(9996), 'XYZ', null]));
    const result = await stripMetadata(Buffer.from(await made.save()), 'application/pdf');
    assert.ok(result.ok, 'a dangling reference is only dropped');
    const bytes = result.data.toString('latin1');
    assert.ok(!/\/(AA|JavaScript|OpenAction)\b/.test(bytes));
  });
});
