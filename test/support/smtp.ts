// A real SMTP server for tests: the application sends over a real socket, and tests read what arrived.
// It keeps each raw RFC 822 message and decodes only what tests read (To, Subject, a text body), so no mail
// parsing library is needed; the decoders are small and tested in smtp.test.ts.
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

export interface ReceivedMail {
  /** Envelope sender and recipients, as given to MAIL FROM / RCPT TO. */
  envelopeFrom: string;
  envelopeTo: string[];
  raw: string;
  /** A decoded header (RFC 2047 encoded-words decoded, folding removed); undefined when absent. */
  header(name: string): string | undefined;
  to: string;
  subject: string;
  /** The decoded text/plain body (the first text/plain part of a multipart message). */
  text: string;
  /** Every http(s) address in the text body, in order. */
  links: string[];
}

export interface TestSmtpServer {
  /** For SMTP_URL / createMailer: `smtp://127.0.0.1:<port>`. */
  url: string;
  port: number;
  /** Every message received so far, oldest first. */
  messages: ReceivedMail[];
  /** The first message (already received or still to come) that matches; fails after timeoutMs with what did arrive. */
  waitForMessage(predicate?: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    disabledCommands: ['AUTH', 'STARTTLS'],
    authOptional: true,
    logger: false,
    banner: 'test SMTP server',
    // Tests must not hang on close waiting for a client that forgot to QUIT.
    closeTimeout: 1000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        // Binary-safe: 8bit bodies are decoded per their charset later, so keep bytes as latin1 here.
        const raw = Buffer.concat(chunks).toString('latin1');
        messages.push(parseMail(raw, session.envelope.mailFrom ? session.envelope.mailFrom.address : '', session.envelope.rcptTo.map((r) => r.address)));
        for (const wake of waiters) wake();
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    waitForMessage(predicate = () => true, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(predicate);
          if (!found) return false;
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(found);
          return true;
        };
        const wake = () => void check();
        const timer = setTimeout(() => {
          waiters.delete(wake);
          const seen = messages.map((m) => `  to ${m.to}: ${m.subject}`).join('\n') || '  (none)';
          reject(new Error(`No matching mail within ${timeoutMs} ms. Received:\n${seen}`));
        }, timeoutMs);
        waiters.add(wake);
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Splits a raw message into decoded headers and a decoded text body. */
export function parseMail(raw: string, envelopeFrom = '', envelopeTo: string[] = []): ReceivedMail {
  const { headers, body } = splitEntity(raw);
  const header = (name: string) => {
    const value = headers.get(name.toLowerCase());
    // Raw (SMTPUTF8) header bytes were kept as latin1; read them as UTF-8 before decoding encoded-words.
    return value === undefined ? undefined : decodeEncodedWords(decodeCharset(Buffer.from(value, 'latin1'), 'utf-8'));
  };
  const text = textBody(headers, body);
  return {
    envelopeFrom, envelopeTo, raw, header,
    to: header('to') ?? '',
    subject: header('subject') ?? '',
    text,
    links: text.match(/https?:\/\/[^\s<>"')]+/g) ?? [],
  };
}

function splitEntity(raw: string): { headers: Map<string, string>; body: string } {
  const match = /\r?\n\r?\n/.exec(raw);
  const head = match ? raw.slice(0, match.index) : raw;
  const body = match ? raw.slice(match.index + match[0].length) : '';
  const headers = new Map<string, string>();
  // Unfold continuation lines (RFC 5322 §2.2.3), then keep the first occurrence of each field.
  for (const line of head.replace(/\r?\n(?=[ \t])/g, '').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** A header parameter such as charset or boundary, quoted or not. */
function parameter(value: string | undefined, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value ?? '');
  return match ? (match[1] ?? match[2]) : undefined;
}

function textBody(headers: Map<string, string>, body: string): string {
  const type = headers.get('content-type') ?? 'text/plain';
  if (/^multipart\//i.test(type)) {
    const boundary = parameter(type, 'boundary');
    if (!boundary) return '';
    const parts = body.split(new RegExp(`\\r?\\n?--${boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:--)?[ \\t]*\\r?\\n?`));
    for (const part of parts.slice(1)) {
      const entity = splitEntity(part);
      const partType = entity.headers.get('content-type') ?? 'text/plain';
      if (/^(text\/plain|multipart\/)/i.test(partType)) {
        const text = textBody(entity.headers, entity.body);
        if (text) return text;
      }
    }
    return '';
  }
  if (!/^text\/plain/i.test(type)) return '';
  const bytes = decodeTransfer(body, headers.get('content-transfer-encoding'));
  return decodeCharset(bytes, parameter(type, 'charset') ?? 'us-ascii');
}

function decodeTransfer(body: string, encoding = '7bit'): Buffer {
  const kind = encoding.trim().toLowerCase();
  if (kind === 'base64') return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (kind === 'quoted-printable') return decodeQuotedPrintable(body);
  return Buffer.from(body, 'latin1');
}

/** RFC 2045 §6.7: `=XX` is a byte, `=` at a line end is a soft break, trailing spaces on a line are dropped. */
export function decodeQuotedPrintable(text: string): Buffer {
  const unwrapped = text.replace(/[ \t]+(?=\r?\n)/g, '').replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < unwrapped.length; i += 1) {
    const hex = unwrapped.slice(i + 1, i + 3);
    if (unwrapped[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(unwrapped.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

function decodeCharset(bytes: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset.toLowerCase()).decode(bytes);
  } catch {
    return bytes.toString('latin1'); // an unknown label: show something rather than fail the test here
  }
}

/** RFC 2047: `=?charset?B|Q?text?=`; whitespace between two adjacent encoded-words is not part of the text. */
export function decodeEncodedWords(value: string): string {
  const word = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;
  return value
    .replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?[^?]+\?[BbQq]\?[^?]*\?=)/g, '$1')
    .replace(word, (_all, charset: string, encoding: string, text: string) => {
      const bytes = encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64')
        : decodeQuotedPrintable(text.replace(/_/g, ' '));
      // RFC 2231 allows a language after the charset (`utf-8*fr`); TextDecoder wants the charset alone.
      return decodeCharset(bytes, charset.split('*')[0]!);
    });
}
