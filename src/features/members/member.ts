// Members of the solidarity network: people and organisations' representatives, apart from the mandate's staff.
// A display name need not be a real name; at-risk members post under per-context pseudonyms (pseudonyms.ts).

/** What every route may know about the signed-in member (request.member). */
export interface SignedInMember {
  id: string;
  displayName: string;
  atRisk: boolean;
  emailConfirmed: boolean;
}

export interface MemberAccount extends SignedInMember {
  email: string;
  passwordHash: string;
  twoFactorEnabled: boolean;
}

export const memberSessionCookie = 'member_session';
export const memberPendingCookie = 'member_pending';
export const displayNameMaxLength = 80;
export const confirmLinkHours = 7 * 24;
/** A reset link replaces the pseudonym secret, so it must be short-lived: an hour is enough to read an email. */
export const resetLinkHours = 1;
