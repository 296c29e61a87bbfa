// Unwrapped private keys of signed-in members, in this process's memory only, keyed by the session token's hash.
// A key leaves at sign-out, at the session's expiry and when the process ends; it is never written anywhere, so
// after a restart the member signs in again (their password unwraps it) before anything can be decrypted.
import type { KeyObject } from 'node:crypto';

interface Entry {
  userId: string;
  privateKey: KeyObject;
  expiresAt: number;
}

export class SessionKeyring {
  private readonly entries = new Map<string, Entry>();

  put(tokenHash: string, userId: string, privateKey: KeyObject, expiresAt: Date, now: Date): void {
    this.sweep(now);
    this.entries.set(tokenHash, { userId, privateKey, expiresAt: expiresAt.getTime() });
  }

  /** The session's key while the session lasts; an expired one is dropped on the way. */
  get(tokenHash: string, now: Date): KeyObject | null {
    const entry = this.entries.get(tokenHash);
    if (!entry) return null;
    if (entry.expiresAt <= now.getTime()) {
      this.entries.delete(tokenHash);
      return null;
    }
    return entry.privateKey;
  }

  drop(tokenHash: string): void {
    this.entries.delete(tokenHash);
  }

  /** Drops every session key of a member except one (password change keeps the session it was made in). */
  dropMember(userId: string, keepTokenHash?: string): void {
    for (const [hash, entry] of this.entries) if (entry.userId === userId && hash !== keepTokenHash) this.entries.delete(hash);
  }

  sweep(now: Date): void {
    for (const [hash, entry] of this.entries) if (entry.expiresAt <= now.getTime()) this.entries.delete(hash);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** A sign-in between its two steps: password accepted, code awaited. Short-lived, server-side, few attempts. */
export interface PendingSignIn {
  userId: string;
  privateKey: KeyObject;
  expiresAt: number;
  attemptsLeft: number;
}

export const pendingSignInMinutes = 5;
export const pendingSignInAttempts = 5;

export class PendingSignIns {
  private readonly entries = new Map<string, PendingSignIn>();

  put(tokenHash: string, userId: string, privateKey: KeyObject, now: Date): void {
    for (const [hash, entry] of this.entries) if (entry.expiresAt <= now.getTime()) this.entries.delete(hash);
    this.entries.set(tokenHash, { userId, privateKey, expiresAt: now.getTime() + pendingSignInMinutes * 60_000, attemptsLeft: pendingSignInAttempts });
  }

  get(tokenHash: string, now: Date): PendingSignIn | null {
    const entry = this.entries.get(tokenHash);
    if (!entry || entry.expiresAt <= now.getTime() || entry.attemptsLeft <= 0) {
      this.entries.delete(tokenHash);
      return null;
    }
    return entry;
  }

  /** Counts a wrong code; the pending step ends when none are left (back to the password). */
  fail(tokenHash: string): number {
    const entry = this.entries.get(tokenHash);
    if (!entry) return 0;
    entry.attemptsLeft -= 1;
    if (entry.attemptsLeft <= 0) this.entries.delete(tokenHash);
    return Math.max(entry.attemptsLeft, 0);
  }

  drop(tokenHash: string): void {
    this.entries.delete(tokenHash);
  }
}

const keyrings = new WeakMap<object, { sessions: SessionKeyring; pending: PendingSignIns }>();

/** One keyring per running app (its deps object): a new app, like a restarted process, starts empty. */
export function keyringsOf(owner: object): { sessions: SessionKeyring; pending: PendingSignIns } {
  let found = keyrings.get(owner);
  if (!found) {
    found = { sessions: new SessionKeyring(), pending: new PendingSignIns() };
    keyrings.set(owner, found);
  }
  return found;
}

export type Keyrings = ReturnType<typeof keyringsOf>;
