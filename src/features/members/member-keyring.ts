// Unwrapped pseudonym secrets of signed-in members, in this process's memory only, keyed by the session token's
// hash (the staff keyring's classes, a separate instance): gone at sign-out, at the session's expiry and at restart.
import { PendingSignIns, SessionKeyring } from '../accounts/index.ts';
import { PasskeyChallenges } from './passkey.ts';

export interface MemberKeyrings {
  sessions: SessionKeyring;
  /** Sign-ins between the password and the second-factor code. */
  pending: PendingSignIns;
  /** Passkey challenges awaiting their answer, bound to a session or to a pending sign-in. */
  challenges: PasskeyChallenges;
}

const keyrings = new WeakMap<object, MemberKeyrings>();

/** One keyring per running app (its deps object): a new app, like a restarted process, starts empty. */
export function memberKeyringsOf(owner: object): MemberKeyrings {
  let found = keyrings.get(owner);
  if (!found) {
    found = { sessions: new SessionKeyring(), pending: new PendingSignIns(), challenges: new PasskeyChallenges() };
    keyrings.set(owner, found);
  }
  return found;
}
