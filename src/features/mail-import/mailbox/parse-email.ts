// One raw message (RFC 822 bytes) into what the import needs, with mailparser doing the MIME work. Whatever the bytes
// are — noise, a cut-off download, nothing at all — the answer is a result, never an exception, so one bad message
// cannot stop an import of a thousand.
import { simpleParser, type AddressObject, type Attachment, type ParsedMail, type SimpleParserOptions, type StructuredHeader } from 'mailparser';
import type { EmailAttachment, EmailParse, ParsedEmail } from './email.ts';
import { htmlToText } from './html-text.ts';
import { readInlineForwards } from './inline-forwards.ts';
import { looksLikeMessage } from './sniff.ts';

export type { EmailAddress, EmailAttachment, EmailParse, ParsedEmail, ParseProblem } from './email.ts';
export { originalMessage } from './original-message.ts';

export const DEFAULT_MAX_EMAIL_BYTES = 50 * 1024 * 1024;
/** Forwards of forwards are followed this deep; a message nested deeper is kept as a file. */
export const MAX_FORWARD_DEPTH = 5;
/** Smaller images embedded by Content-ID are logos and signatures, not documents someone meant to send. */
export const SIGNATURE_IMAGE_BYTES = 50 * 1024;

const PARSER_OPTIONS: SimpleParserOptions = {
  ignoreEmbedded: true, // forwarded messages stay message/rfc822 parts, parsed below, instead of merged into the text
  skipHtmlToText: true, // see html-text.ts
  skipTextToHtml: true,
  skipImageLinks: true,
  keepCidLinks: true,
  checksumAlgo: false,
};

const FORWARDED_TYPES = new Set(['message/rfc822', 'message/global']);
const EXTENSIONS: Record<string, string> = {
  'application/pdf': '.pdf',
  'application/msword': '.doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.oasis.opendocument.text': '.odt',
  'text/plain': '.txt',
  'image/jpeg': '.jpg',
  'image/png': '.png',
};

const failed = (problem: 'malformed' | 'empty', detail?: string): EmailParse =>
  detail === undefined ? { ok: false, problem } : { ok: false, problem, detail };

/** A message saved from an mbox may still begin with its "From sender date" envelope line, which is no header. */
function withoutEnvelope(raw: Buffer): Buffer {
  let start = raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? 3 : 0;
  if (raw.subarray(start, start + 5).toString('latin1') === 'From ') {
    const lineEnd = raw.indexOf(0x0a, start);
    start = lineEnd === -1 ? raw.length : lineEnd + 1;
  }
  return start === 0 ? raw : raw.subarray(start);
}

function isBlank(message: Buffer): boolean {
  for (const byte of message) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d && byte !== 0x0a) return false;
  return true;
}

/** A multipart message without its closing boundary was cut off: its last file would be a fragment. */
function isTruncated(message: Buffer, mail: ParsedMail): boolean {
  const type = mail.headers.get('content-type') as StructuredHeader | undefined; // mailparser's documented shape
  const boundary = type?.value.startsWith('multipart/') ? type.params.boundary : undefined;
  return boundary !== undefined && message.lastIndexOf(`--${boundary}--`) === -1;
}

/** mailparser turns an unreadable Date header into the current time; an unknown date must stay unknown. */
function dateOf(mail: ParsedMail): Date | null {
  const line = mail.headerLines.find((header) => header.key === 'date')?.line;
  if (!line || !mail.date) return null;
  const written = new Date(line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim());
  return Number.isNaN(written.getTime()) ? null : mail.date;
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const entries = (Array.isArray(field) ? field : field ? [field] : []).flatMap((object) => object.value);
  return entries
    .flatMap((entry) => (entry.group ? entry.group : [entry]))
    .map((entry) => entry.address?.toLowerCase() ?? '')
    .filter((address) => address !== '');
}

function senderOf(mail: ParsedMail): ParsedEmail['from'] {
  const entries = (mail.from?.value ?? []).flatMap((entry) => (entry.group ? entry.group : [entry]));
  const sender = entries.find((entry) => entry.address) ?? entries[0];
  return sender ? { name: sender.name.trim(), address: sender.address?.toLowerCase() ?? '' } : null;
}

function isSignatureImage(part: Attachment): boolean {
  return part.contentType.startsWith('image/') && Boolean(part.cid) && part.contentDisposition !== 'attachment'
    && part.size < SIGNATURE_IMAGE_BYTES;
}

/** Only the last segment of a sender-chosen name, without control characters: it will be a file name here too. */
function filenameOf(part: Attachment, index: number): string {
  const name = (part.filename ?? '').replace(/[\u0000-\u001f\u007f]/g, '').split(/[\\/]/).pop()!.trim();
  return name || `attachment-${index + 1}${EXTENSIONS[part.contentType] ?? ''}`;
}

async function toParsedEmail(mail: ParsedMail, depth: number): Promise<ParsedEmail> {
  const text = (mail.text?.trim() ? mail.text : typeof mail.html === 'string' ? htmlToText(mail.html) : '')
    .replace(/\r\n?/g, '\n')
    .trim();
  const inline = readInlineForwards(text, MAX_FORWARD_DEPTH - depth);
  const attachments: EmailAttachment[] = [];
  const forwarded: ParsedEmail[] = [];
  for (const part of mail.attachments) {
    if (FORWARDED_TYPES.has(part.contentType) && depth < MAX_FORWARD_DEPTH) {
      const inner = await parseAt(part.content, depth + 1);
      if (inner.ok) {
        forwarded.push(inner.email);
        continue;
      }
    }
    if (isSignatureImage(part)) continue;
    attachments.push({ filename: filenameOf(part, attachments.length), contentType: part.contentType, data: part.content, size: part.size });
  }
  return {
    messageId: mail.messageId?.trim() || null,
    from: senderOf(mail),
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    date: dateOf(mail),
    subject: mail.subject?.trim() ?? '',
    text,
    ownText: inline.ownText,
    attachments,
    forwarded: [...forwarded, ...inline.forwarded],
  };
}

async function parseAt(raw: Buffer, depth: number): Promise<EmailParse> {
  const message = withoutEnvelope(raw);
  if (isBlank(message)) return failed('empty');
  if (!looksLikeMessage(message)) return failed('malformed', 'no-headers');
  let mail: ParsedMail;
  try {
    mail = await simpleParser(message, PARSER_OPTIONS);
  } catch (error) {
    return failed('malformed', error instanceof Error ? error.message : String(error));
  }
  if (!['from', 'to', 'subject', 'date', 'message-id'].some((key) => mail.headers.has(key))) return failed('malformed', 'no-headers');
  if (isTruncated(message, mail)) return failed('malformed', 'truncated');
  const email = await toParsedEmail(mail, depth);
  if (email.text === '' && email.attachments.length === 0 && email.forwarded.length === 0) return failed('empty');
  return { ok: true, email };
}

export async function parseEmail(raw: Buffer, options: { maxBytes?: number } = {}): Promise<EmailParse> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_EMAIL_BYTES;
  if (raw.length > maxBytes) return { ok: false, problem: 'too-large', detail: `${raw.length} > ${maxBytes} bytes` };
  try {
    return await parseAt(raw, 0);
  } catch (error) {
    // Our own code on input nobody foresaw: still one message's problem, not the import's.
    return failed('malformed', error instanceof Error ? error.message : String(error));
  }
}
