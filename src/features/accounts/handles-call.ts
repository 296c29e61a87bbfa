// Whether a member handles a call's inputs at all: recipients only those of the calls they are assigned to (the
// others do not even learn that an input exists); administrators and call managers every call's, though call
// managers see metadata only, having nothing sealed to them.
import type { Db } from '../../db/database.ts';
import { listAssignedIds } from './call-recipients.repository.ts';
import { recipientRoles, type StaffRole } from './staff.ts';

export async function handlesCall(db: Db, member: { id: string; role: string }, callId: string): Promise<boolean> {
  if (!recipientRoles.includes(member.role as StaffRole)) return true;
  return (await listAssignedIds(db, callId)).has(member.id);
}
