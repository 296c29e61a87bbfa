// Secrets handed to people (resume links, setup links, session cookies) are random; only their hash is stored,
// so a copy of the database cannot be turned back into a working link.
import { createHash, randomBytes } from 'node:crypto';

export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newId(): string {
  return crypto.randomUUID();
}
