// Forwards pasted into the body by a mail client: a marker line ("---------- Forwarded message ---------",
// "Begin forwarded message:") or Outlook's bare "From: / Sent: / To: / Subject:" block, then the quoted sender, date
// and subject, then the forwarded text. Each client writes them in the user's language, hence the word lists.
import type { ParsedEmail } from './email.ts';
import { parseQuotedAddress, parseQuotedAddressList, parseQuotedDate } from './quoted-headers.ts';

type Field = 'from' | 'date' | 'subject' | 'to' | 'cc';
export type QuotedHeaders = Partial<Record<Field, string>>;
export interface InlineForward { own: string; headers: QuotedHeaders; body: string }

const MARKERS = [
  /^-{2,}\s*(forwarded message|original message|message transféré|message d'origine|message original|mensaje reenviado|mensaje original)\s*-{2,}$/i,
  /^(begin forwarded message|début du message réexpédié|début du message transféré|inicio del mensaje reenviado)\s*:$/i,
];

const LABELS = new Map<string, Field | null>([
  ['from', 'from'], ['de', 'from'],
  ['date', 'date'], ['sent', 'date'], ['envoyé', 'date'], ['enviado', 'date'], ['enviado el', 'date'], ['fecha', 'date'],
  ['subject', 'subject'], ['objet', 'subject'], ['sujet', 'subject'], ['asunto', 'subject'],
  ['to', 'to'], ['à', 'to'], ['a', 'to'], ['pour', 'to'], ['para', 'to'],
  ['cc', 'cc'],
  // Part of the block, but nothing the import needs.
  ['reply-to', null], ['répondre à', null], ['responder a', null], ['bcc', null], ['cci', null], ['cco', null],
  ['importance', null], ['priorité', null],
]);

const HEADER_LINE = /^\s*\*?([^:*]{1,20}?)\*?\s*:\s*\*?\s*(.*)$/;
const SEPARATOR = /^\s*(_{5,}|-{5,})\s*$/;

/** French typography puts a no-break space before the colon ("De :"); the labels are matched without it. */
function plain(line: string): string {
  return line.replace(/[\u00a0\u202f]/g, ' ').trim();
}

function headerLine(line: string): { field: Field | null; value: string } | undefined {
  const match = HEADER_LINE.exec(plain(line));
  if (!match) return undefined;
  const field = LABELS.get(match[1]!.trim().toLowerCase());
  return field === undefined ? undefined : { field, value: match[2]!.replace(/\*+$/, '').trim() };
}

/** The quoted header lines from `start`, and where the forwarded text begins. */
function headerBlock(lines: string[], start: number): { headers: QuotedHeaders; end: number } {
  const headers: QuotedHeaders = {};
  let at = start;
  while (at < lines.length && at < start + 2 && plain(lines[at]!) === '') at += 1;
  let previous: Field | null = null;
  for (; at < lines.length; at += 1) {
    const header = headerLine(lines[at]!);
    if (header) {
      if (header.field && headers[header.field] === undefined) headers[header.field] = header.value;
      previous = header.field;
    } else if ((previous === 'to' || previous === 'cc') && /[@;,]/.test(lines[at]!) && plain(lines[at]!) !== '') {
      headers[previous] = `${headers[previous]} ${plain(lines[at]!)}`; // a long address list wraps
    } else break;
  }
  return { headers, end: at };
}

function forwardAt(lines: string[], at: number): { headers: QuotedHeaders; end: number; ownEnd: number } | undefined {
  const line = plain(lines[at]!);
  if (MARKERS.some((marker) => marker.test(line))) {
    const block = headerBlock(lines, at + 1);
    return block.headers.from !== undefined || block.headers.subject !== undefined ? { ...block, ownEnd: at } : undefined;
  }
  if (headerLine(line)?.field !== 'from') return undefined;
  const block = headerBlock(lines, at);
  const { from, date, subject } = block.headers;
  if (from === undefined || date === undefined || subject === undefined) return undefined;
  let ownEnd = at;
  while (ownEnd > 0 && (SEPARATOR.test(lines[ownEnd - 1]!) || plain(lines[ownEnd - 1]!) === '')) ownEnd -= 1;
  return { ...block, ownEnd };
}

/** The first inline forward in a text body, or null when there is none. */
export function splitInlineForward(text: string): InlineForward | null {
  const lines = text.split(/\r?\n/);
  for (let at = 0; at < lines.length; at += 1) {
    const found = forwardAt(lines, at);
    if (found) {
      return {
        own: lines.slice(0, found.ownEnd).join('\n').trim(),
        headers: found.headers,
        body: lines.slice(found.end).join('\n').trim(),
      };
    }
  }
  return null;
}

/** The text a sender wrote above any inline forward, and that forward (itself holding any deeper one). */
export function readInlineForwards(text: string, depthLeft: number): { ownText: string; forwarded: ParsedEmail[] } {
  const split = depthLeft > 0 ? splitInlineForward(text) : null;
  if (!split) return { ownText: text.trim(), forwarded: [] };
  const { headers, body } = split;
  const nested = readInlineForwards(body, depthLeft - 1);
  const forwarded: ParsedEmail = {
    messageId: null,
    from: headers.from === undefined ? null : parseQuotedAddress(headers.from),
    to: parseQuotedAddressList(headers.to ?? ''),
    cc: parseQuotedAddressList(headers.cc ?? ''),
    date: headers.date === undefined ? null : parseQuotedDate(headers.date),
    subject: headers.subject ?? '',
    text: body,
    ownText: nested.ownText,
    attachments: [],
    forwarded: nested.forwarded,
  };
  return { ownText: split.own, forwarded: [forwarded] };
}
