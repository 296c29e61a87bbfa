// Staff members of the mandate. Roles widen with the protection work (call manager, recipient, analyst).
export const staffRoles = ['admin', 'staff'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const staffSessionCookie = 'staff_session';

export interface StaffUser {
  id: string;
  email: string;
  displayName: string;
  role: StaffRole;
  passwordHash: string;
}
