// Inputs often reach the mandate's address second-hand: a colleague forwards what a submitter sent to them. The
// input belongs to the person who wrote it, so a message that is nothing but a forward stands for what it forwards.
import type { EmailAttachment, ParsedEmail } from './email.ts';

/** Own text up to this many characters (a "FYI, received yesterday" and a signature) still counts as only a forward. */
export const MAX_FORWARDER_TEXT = 500;

const REPLY_SUBJECT = /^\s*(re|aw|rép|rep|res|sv)\s*:/i;
const FORWARD_SUBJECT = /^\s*(fwd?|tr|rv|enc|wg)\s*:/i;

function withoutSignature(text: string): string {
  const separator = text.search(/^-- ?$/m); // the RFC 3676 signature separator
  return (separator === -1 ? text : text.slice(0, separator)).replace(/\s+/g, ' ').trim();
}

function isOnlyAForward(email: ParsedEmail, maxOwnText: number): boolean {
  if (email.forwarded.length !== 1 || !email.forwarded[0]!.from) return false;
  // A short reply above a quoted message is a conversation, not a hand-over ("Re: …" but not "Re: Fwd: …").
  if (REPLY_SUBJECT.test(email.subject) && !FORWARD_SUBJECT.test(email.subject.replace(REPLY_SUBJECT, ''))) return false;
  return withoutSignature(email.ownText).length <= maxOwnText;
}

function sameFile(a: EmailAttachment, b: EmailAttachment): boolean {
  return a.size === b.size && a.data.equals(b.data);
}

/**
 * The original sender when a message was forwarded by staff or a colleague: the innermost forwarded message if the
 * outer one is only a forward (and so on inward), else the message itself. Files travel with the forward: Gmail and
 * Outlook put a forwarded message's attachments on the forwarding message, so the result carries those of every
 * message it was wrapped in, each file once.
 */
export function originalMessage(email: ParsedEmail, options: { maxOwnText?: number } = {}): ParsedEmail {
  const maxOwnText = options.maxOwnText ?? MAX_FORWARDER_TEXT;
  let current = email;
  const carried: EmailAttachment[] = [];
  while (isOnlyAForward(current, maxOwnText)) {
    carried.push(...current.attachments);
    current = current.forwarded[0]!;
  }
  if (current === email) return email;
  const attachments: EmailAttachment[] = [];
  for (const file of [...current.attachments, ...carried]) {
    if (!attachments.some((kept) => sameFile(kept, file))) attachments.push(file);
  }
  return { ...current, attachments };
}
