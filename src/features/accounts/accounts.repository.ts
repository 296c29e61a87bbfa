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

export async function insertSetupToken(db: Executor, tokenHash: string, expiresAt: string): Promise<void> {
  await db.insertInto('setup_tokens').values({ token_hash: tokenHash, expires_at: expiresAt, used_at: null }).execute();
}
