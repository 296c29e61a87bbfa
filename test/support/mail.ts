// Emails and mailboxes built in the tests themselves: real RFC 822 messages from nodemailer's MailComposer, written
// as an mbox (mboxrd), a Maildir or a folder of .eml files, and the letters people attach (PDF, DOCX).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import { realisticDocx } from './documents.ts';

type Address = string | { name: string; address: string };

export interface ComposedEmail {
  from: Address;
  to: Address | Address[];
  cc?: Address | Address[];
  subject: string;
  text?: string;
  html?: string;
  date?: Date;
  messageId?: string;
  attachments?: { filename: string; content: Buffer; contentType?: string; cid?: string; contentDisposition?: string }[];
  /** A whole message, attached as message/rfc822 ("forward as attachment"). */
  forwardOf?: Buffer;
  headers?: Record<string, string>;
}

export async function composeEmail(email: ComposedEmail): Promise<Buffer> {
  const attachments = [...(email.attachments ?? [])];
  if (email.forwardOf) attachments.push({ filename: 'forwarded-message.eml', content: email.forwardOf, contentType: 'message/rfc822' });
  const composer = new MailComposer({
    from: email.from,
    to: email.to,
    cc: email.cc,
    subject: email.subject,
    text: email.text,
    html: email.html,
    date: email.date ?? new Date('2026-03-02T09:30:00Z'),
    messageId: email.messageId,
    attachments,
    headers: email.headers,
  });
  return composer.compile().build();
}

/** The "From sender asctime" envelope line that opens each message of an mbox. */
function envelopeLine(raw: Buffer, index: number): string {
  const sender = /^From:.*?<?([^\s<>]+@[^\s<>]+)>?\s*$/im.exec(raw.toString('latin1'))?.[1] ?? 'MAILER-DAEMON';
  const date = new Date(Date.UTC(2026, 2, 2, 9, 30, index % 60));
  const asctime = date.toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1 $3 $2 $5 $4');
  return `From ${sender} ${asctime}`;
}

/** An mbox as mboxrd writers make it: body lines matching /^>*From / get one more '>'. LF unless `crlf`. */
export async function writeMbox(path: string, raws: Buffer[], options: { crlf?: boolean } = {}): Promise<void> {
  const newline = options.crlf ? '\r\n' : '\n';
  const parts = raws.map((raw, index) => {
    const lines = raw.toString('latin1').replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
    const escaped = lines.map((line) => (/^>*From /.test(line) ? `>${line}` : line));
    return [envelopeLine(raw, index), ...escaped, ''].join(newline) + newline;
  });
  // latin1 round-trips every byte, so 8-bit bodies in any charset are written unchanged
  await writeFile(path, Buffer.from(parts.join(''), 'latin1'));
}

/** A Maildir: odd messages delivered and unread in new/, even ones read ("S" flag) in cur/, and an empty tmp/. */
export async function writeMaildir(dir: string, raws: Buffer[]): Promise<string[]> {
  await Promise.all(['cur', 'new', 'tmp'].map((folder) => mkdir(join(dir, folder), { recursive: true })));
  const names = raws.map((_raw, index) => {
    const unique = `${1_700_000_000 + index}.M${index}P4242.mail.example`;
    return index % 2 === 0 ? `cur/${unique}:2,S` : `new/${unique}`;
  });
  await Promise.all(raws.map((raw, index) => writeFile(join(dir, names[index]!), raw)));
  return names;
}

/** message-001.eml, message-002.eml, … in `dir`. */
export async function writeEmlFolder(dir: string, raws: Buffer[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const names = raws.map((_raw, index) => `message-${String(index + 1).padStart(3, '0')}.eml`);
  await Promise.all(raws.map((raw, index) => writeFile(join(dir, names[index]!), raw)));
  return names;
}

/** WinAnsi (what pdf-lib's standard fonts encode) has é, ñ, ü but not every character: the others become '?'. */
function encodable(font: PDFFont, text: string): string {
  return [...text].map((character) => {
    try {
      font.encodeText(character);
      return character;
    } catch {
      return '?';
    }
  }).join('');
}

/** A letter of two A4 pages: the first half of `lines` on page 1, the rest on page 2. */
export async function letterPdf(lines: string[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const half = Math.ceil(lines.length / 2);
  for (const pageLines of [lines.slice(0, half), lines.slice(half)]) {
    const page = pdf.addPage([595, 842]);
    pageLines.forEach((line, index) => page.drawText(encodable(font, line), { x: 60, y: 770 - index * 16, size: 11, font }));
  }
  return Buffer.from(await pdf.save());
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A Word letter, one paragraph per entry (realisticDocx's author metadata included). */
export async function letterDocx(paragraphs: string[]): Promise<Buffer> {
  return realisticDocx({ text: paragraphs.map(escapeXml).join('</w:t></w:r></w:p><w:p><w:r><w:t>') });
}
