// Staff members of the mandate and what each role may do. The roles:
// - admin: manages members and their roles, reads the audit log, manages calls and their recipients, and
//   receives every call's inputs (administrators are the mandate's custodians, so no input is sealed to nobody).
// - call-manager: creates and edits calls and questionnaires, assigns recipients, follows the review workflow's
//   metadata; cannot decrypt inputs (holds a key pair, but nothing is sealed to it).
// - recipient: reads and handles the inputs of the calls they are assigned to (decrypts them in their session).
// - analyst: reads published and redacted content only; no confidential input, no call editing.
// Roles that can decrypt must sign in with a second factor (TOTP).
export const staffRoles = ['admin', 'call-manager', 'recipient', 'analyst'] as const;
export type StaffRole = (typeof staffRoles)[number];

/** Who may use which staff pages: guards take these lists, so the policy reads in one place. */
export const staffPermissions = {
  manageMembers: ['admin'],
  readAudit: ['admin'],
  manageCalls: ['admin', 'call-manager'],
  assignRecipients: ['admin', 'call-manager'],
  /** Inputs of calls (inbox, reading, review status, publishing): whoever handles them; decryption needs a sealed key too. */
  handleInputs: ['admin', 'call-manager', 'recipient'],
  decryptInputs: ['admin', 'recipient'],
} as const satisfies Record<string, readonly StaffRole[]>;

/** Roles whose members can decrypt inputs, and so must use a second factor. */
export const rolesRequiringTwoFactor: readonly StaffRole[] = staffPermissions.decryptInputs;

/** Roles assigned call by call to receive inputs (administrators receive every call's). */
export const recipientRoles: readonly StaffRole[] = ['recipient'];

export const staffSessionCookie = 'staff_session';
export const pendingSignInCookie = 'staff_pending';

export interface StaffUser {
  id: string;
  email: string;
  displayName: string;
  role: StaffRole;
  passwordHash: string;
  twoFactorEnabled: boolean;
}

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (staffRoles as readonly string[]).includes(value);
}

export function requiresTwoFactor(role: StaffRole): boolean {
  return rolesRequiringTwoFactor.includes(role);
}

/** Emails compare case-insensitively; stored trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function looksLikeEmail(email: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254;
}
