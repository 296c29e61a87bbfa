// SQL for staff members, their sessions and one-time setup links. Tokens arrive here already hashed.
import type { Db, Transaction } from '../../db/database.ts';
import type { StaffRole, StaffUser } from './staff.ts';

type Executor = Db | Transaction;

export async function findSessionUser(db: Executor, tokenHash: string, now: string): Promise<StaffUser | undefined> {
  const row = await db
    .selectFrom('staff_sessions')
    .innerJoin('staff_users', 'staff_users.id', 'staff_sessions.user_id')
    .select(['staff_users.id', 'staff_users.email', 'staff_users.display_name', 'staff_users.role', 'staff_users.password_hash'])
    .where('staff_sessions.token_hash', '=', tokenHash)
    .where('staff_sessions.expires_at', '>', now)
    .executeTakeFirst();
  return row && { id: row.id, email: row.email, displayName: row.display_name, role: row.role as StaffRole, passwordHash: row.password_hash };
}

export async function countStaffUsers(db: Executor): Promise<number> {
  const row = await db.selectFrom('staff_users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface SetupInvitation {
  email: string;
  role: StaffRole;
}

export async function insertSetupToken(db: Executor, tokenHash: string, expiresAt: string, invitation?: SetupInvitation): Promise<void> {
  await db.insertInto('setup_tokens').values({
    token_hash: tokenHash, expires_at: expiresAt, used_at: null, email: invitation?.email ?? null, role: invitation?.role ?? null,
  }).execute();
}

/** An unused, unexpired setup token; `invitation` is null for the first-account link. */
export async function findUsableSetupToken(db: Executor, tokenHash: string, now: string): Promise<{ invitation: SetupInvitation | null } | undefined> {
  const row = await db
    .selectFrom('setup_tokens')
    .select(['email', 'role'])
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return undefined;
  return { invitation: row.email && row.role ? { email: row.email, role: row.role as StaffRole } : null };
}

/** Marks the token used in the same statement that checks it, so two simultaneous uses cannot both succeed. */
export async function claimSetupToken(trx: Transaction, tokenHash: string, now: string): Promise<boolean> {
  const result = await trx
    .updateTable('setup_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface NewStaffUser {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  role: StaffRole;
}

export async function insertStaffUser(db: Executor, user: NewStaffUser, now: string): Promise<void> {
  await db.insertInto('staff_users').values({
    id: user.id, email: user.email, display_name: user.displayName, password_hash: user.passwordHash, role: user.role,
    created_at: now, password_changed_at: now,
  }).execute();
}

export async function findStaffUserByEmail(db: Executor, email: string): Promise<StaffUser | undefined> {
  const row = await db.selectFrom('staff_users').select(['id', 'email', 'display_name', 'role', 'password_hash']).where('email', '=', email).executeTakeFirst();
  return row && { id: row.id, email: row.email, displayName: row.display_name, role: row.role as StaffRole, passwordHash: row.password_hash };
}

export async function findStaffUserById(db: Executor, id: string): Promise<StaffUser | undefined> {
  const row = await db.selectFrom('staff_users').select(['id', 'email', 'display_name', 'role', 'password_hash']).where('id', '=', id).executeTakeFirst();
  return row && { id: row.id, email: row.email, displayName: row.display_name, role: row.role as StaffRole, passwordHash: row.password_hash };
}

export interface StaffMemberSummary {
  id: string;
  email: string;
  displayName: string;
  role: StaffRole;
  createdAt: string;
}

export async function listStaffUsers(db: Executor): Promise<StaffMemberSummary[]> {
  const rows = await db.selectFrom('staff_users').select(['id', 'email', 'display_name', 'role', 'created_at']).orderBy('display_name').execute();
  return rows.map((r) => ({ id: r.id, email: r.email, displayName: r.display_name, role: r.role as StaffRole, createdAt: r.created_at }));
}

export async function updatePasswordHash(db: Executor, userId: string, passwordHash: string, now: string): Promise<void> {
  await db.updateTable('staff_users').set({ password_hash: passwordHash, password_changed_at: now }).where('id', '=', userId).execute();
}

export async function insertSession(db: Executor, tokenHash: string, userId: string, now: string, expiresAt: string): Promise<void> {
  await db.insertInto('staff_sessions').values({ token_hash: tokenHash, user_id: userId, created_at: now, expires_at: expiresAt }).execute();
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteOtherSessions(db: Executor, userId: string, keepTokenHash: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('user_id', '=', userId).where('token_hash', '!=', keepTokenHash).execute();
}

export async function deleteExpiredSessions(db: Executor, now: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('expires_at', '<=', now).execute();
}
