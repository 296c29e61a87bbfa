// Who may do what with initiatives.
// Moderating (approve, reject) is for administrators and call managers. Initiatives are not confidential: they are
// written to be public, so no role that decrypts inputs is needed, and a call manager already decides what the
// mandate publishes (calls, their pages). Recipients handle the confidential inputs of calls they are assigned to
// and analysts read published content only; neither decides what the mandate makes public on its site.
import type { StaffRole } from '../accounts/index.ts';

export const initiativeModerators: readonly StaffRole[] = ['admin', 'call-manager'];

export function moderatesInitiatives(staff: { role: string } | null | undefined): boolean {
  return !!staff && (initiativeModerators as readonly string[]).includes(staff.role);
}
