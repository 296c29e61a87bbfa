// SQL for who receives which call's inputs. Reads the call's id and title itself (the staff actor's view of the
// calls table), so the accounts feature needs no import of the calls feature, which imports accounts' guard.
import type { Db, Transaction } from '../../db/database.ts';
import { recipientRoles, type StaffRole } from './staff.ts';

type Executor = Db | Transaction;

export async function findCallTitle(db: Executor, callId: string): Promise<{ id: string; title: string } | undefined> {
  return db.selectFrom('calls').select(['id', 'title']).where('id', '=', callId).executeTakeFirst();
}

export interface AssignableMember {
  id: string;
  displayName: string;
  email: string;
  assigned: boolean;
}

/** Every member in a recipient role, each marked assigned to this call or not. */
export async function listAssignableMembers(db: Executor, callId: string): Promise<AssignableMember[]> {
  const [members, assigned] = await Promise.all([
    db.selectFrom('staff_users').select(['id', 'display_name', 'email']).where('role', 'in', [...recipientRoles]).orderBy('display_name').orderBy('id').execute(),
    listAssignedIds(db, callId),
  ]);
  return members.map((m) => ({ id: m.id, displayName: m.display_name, email: m.email, assigned: assigned.has(m.id) }));
}

export async function listAssignedIds(db: Executor, callId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('call_recipients').select('user_id').where('call_id', '=', callId).execute();
  return new Set(rows.map((r) => r.user_id));
}

export async function insertAssignments(db: Executor, callId: string, userIds: readonly string[], now: string): Promise<void> {
  if (!userIds.length) return;
  await db.insertInto('call_recipients').values(userIds.map((user_id) => ({ call_id: callId, user_id, assigned_at: now }))).execute();
}

export async function deleteAssignments(db: Executor, callId: string, userIds: readonly string[]): Promise<void> {
  if (!userIds.length) return;
  await db.deleteFrom('call_recipients').where('call_id', '=', callId).where('user_id', 'in', [...userIds]).execute();
}

/** Assigned members still in a recipient role and holding a key pair, with their public keys. */
export async function findAssignedKeyHolders(db: Executor, callId: string, roles: readonly StaffRole[] = recipientRoles): Promise<{ id: string; publicKey: Buffer }[]> {
  const rows = await db.selectFrom('call_recipients')
    .innerJoin('staff_users', 'staff_users.id', 'call_recipients.user_id')
    .select(['staff_users.id', 'staff_users.public_key'])
    .where('call_recipients.call_id', '=', callId)
    .where('staff_users.role', 'in', [...roles])
    .where('staff_users.public_key', 'is not', null)
    .orderBy('staff_users.id')
    .execute();
  return rows.map((r) => ({ id: r.id, publicKey: Buffer.from(r.public_key!) }));
}
