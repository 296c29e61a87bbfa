// Keyed hashes that recognise a message, a sender or a mailbox again without storing them: HMAC-SHA256 under the
// site secret, so someone holding only a copy of the database cannot test whether a known message or address is in it.
import { createHash, createHmac } from 'node:crypto';

type Purpose = 'message-id' | 'content' | 'sender' | 'source' | 'item';

export function keyedHash(secret: string, purpose: Purpose, value: string | Buffer): string {
  return createHmac('sha256', secret).update(`${purpose}\0`).update(value).digest('base64url');
}

/**
 * The same message however it was exported: its text with whitespace normalised, and each attachment's bytes.
 * Headers are left out on purpose; mailbox tools rewrite them (Status:, X-Mozilla-*), the letter stays the same.
 */
export function contentDigest(text: string, attachments: readonly { data: Buffer }[]): string {
  const hash = createHash('sha256').update(text.replace(/\s+/g, ' ').trim());
  for (const attachment of attachments) hash.update('\0').update(attachment.data);
  return hash.digest('hex');
}

/** Fingerprints of one message: by Message-ID when it has one, and always by content. */
export function messageFingerprints(secret: string, messageId: string | null, digest: string): string[] {
  const byContent = keyedHash(secret, 'content', digest);
  const id = messageId?.trim().replace(/^<|>$/g, '').toLowerCase();
  return id ? [keyedHash(secret, 'message-id', id), byContent] : [byContent];
}
