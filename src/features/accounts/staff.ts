// Staff members of the mandate. Roles widen with the protection work (call manager, recipient, analyst).
export const staffRoles = ['admin', 'staff'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const staffSessionCookie = 'staff_session';

/** Sign-in attempts per address: enough for typos, too few to guess a 12-character password. */
export const signInRateLimit = { max: 10, timeWindow: '1 minute' } as const;

export interface StaffUser {
  id: string;
  email: string;
  displayName: string;
  role: StaffRole;
  passwordHash: string;
}

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (staffRoles as readonly string[]).includes(value);
}

/** Emails compare case-insensitively; stored trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function looksLikeEmail(email: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254;
}
