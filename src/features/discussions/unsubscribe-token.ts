// The unsubscribe link in every discussion email: `<member id>.<kind>.<MAC>`, a MAC under a key derived from
// SESSION_SECRET. Nothing is stored, so every email works until the secret rotates; the MAC makes the link
// unguessable, so nobody can turn off another member's emails by changing the id.
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { NotificationKind } from './notifications.repository.ts';

const kinds: readonly NotificationKind[] = ['reply', 'mention', 'digest'];
const keys = new Map<string, Buffer>();

function keyFor(sessionSecret: string): Buffer {
  let key = keys.get(sessionSecret);
  if (!key) keys.set(sessionSecret, (key = Buffer.from(hkdfSync('sha256', sessionSecret, '', 'isp discussions unsubscribe v1', 32))));
  return key;
}

function mac(sessionSecret: string, memberId: string, kind: NotificationKind): Buffer {
  return createHmac('sha256', keyFor(sessionSecret)).update(`${memberId}\n${kind}`).digest().subarray(0, 24);
}

export function unsubscribeToken(sessionSecret: string, memberId: string, kind: NotificationKind): string {
  return `${memberId}.${kind}.${mac(sessionSecret, memberId, kind).toString('base64url')}`;
}

export function readUnsubscribeToken(sessionSecret: string, token: string): { memberId: string; kind: NotificationKind } | null {
  const [memberId = '', kind = '', given = '', ...rest] = token.split('.');
  if (rest.length || !memberId || !kinds.includes(kind as NotificationKind)) return null;
  const expected = mac(sessionSecret, memberId, kind as NotificationKind);
  const received = Buffer.from(given, 'base64url');
  return received.length === expected.length && timingSafeEqual(received, expected) ? { memberId, kind: kind as NotificationKind } : null;
}
