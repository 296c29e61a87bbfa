// Lets the receipt page show the receipt code to the browser that submitted, and to no other, without the server
// keeping the code: the code travels sealed (AES-256-GCM, key derived from the site secret) in a cookie scoped to
// that input's receipt address, bound to the input and valid for a few minutes. Someone who later opens the
// emailed draft link, or the address from the browser history, gets no code.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

const cookieName = 'receipt_code';

function key(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, '', 'receipt-code cookie', 32));
}

interface Sealed {
  /** The input the code belongs to. */
  s: string;
  c: string;
  /** Expiry, ms since epoch, enforced by the server whatever the browser does with Max-Age. */
  e: number;
}

export function sealReceiptCode(secret: string, submissionId: string, code: string, expiresAt: Date): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(secret), iv);
  const payload: Sealed = { s: submissionId, c: code, e: expiresAt.getTime() };
  const body = Buffer.concat([cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

export function openReceiptCode(secret: string, submissionId: string, sealed: string | undefined, now: Date): string | null {
  if (!sealed) return null;
  try {
    const bytes = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key(secret), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    const json = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    const payload = JSON.parse(json) as Sealed;
    return payload.s === submissionId && payload.e > now.getTime() ? payload.c : null;
  } catch {
    return null;
  }
}

const cookiePath = (token: string) => `/submissions/${token}`;

export function setReceiptCodeCookie(reply: FastifyReply, token: string, sealed: string, secure: boolean, maxAgeSeconds: number): void {
  reply.setCookie(cookieName, sealed, { path: cookiePath(token), httpOnly: true, sameSite: 'strict', secure, maxAge: maxAgeSeconds });
}

export function clearReceiptCodeCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.clearCookie(cookieName, { path: cookiePath(token), httpOnly: true, sameSite: 'strict', secure });
}

export function receiptCodeCookie(request: FastifyRequest): string | undefined {
  return request.cookies[cookieName];
}
