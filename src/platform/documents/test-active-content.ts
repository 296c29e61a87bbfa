// A PDF carrying what a viewer would run or hand over on opening, for tests outside this folder: a document
// JavaScript (in the /Names tree), a script when the file opens, and an attached file.
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';

export async function pdfWithScriptsAndAttachment(): Promise<Buffer> {
  const made = await PDFDocument.create();
  made.addPage([200, 200]).drawText('Report');
  const { context } = made;
  const script = (code: string) => context.register(context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of(code) }));
  const scripts = context.obj({ Names: [PDFString.of('init'), script('app.alert("init")')] });
  made.catalog.set(PDFName.of('Names'), context.obj({ JavaScript: context.register(scripts) }));
  made.catalog.set(PDFName.of('OpenAction'), script('app.alert("opened")'));
  await made.attach(Buffer.from('notes'), 'notes.txt', { mimeType: 'text/plain' });
  return Buffer.from(await made.save());
}
