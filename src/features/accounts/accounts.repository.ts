// SQL for staff members, their sessions and one-time setup links. Tokens arrive here already hashed.
import type { Db, Transaction } from '../../db/database.ts';
import type { StaffRole, StaffUser } from './staff.ts';

type Executor = Db | Transaction;

export async function findSessionUser(db: Executor, tokenHash: string, now: string): Promise<(StaffUser & { sessionExpiresAt: string }) | undefined> {
  const row = await db
    .selectFrom('staff_sessions')
    .innerJoin('staff_users', 'staff_users.id', 'staff_sessions.user_id')
    .select([...userColumns.map((c) => `staff_users.${c}` as const), 'staff_sessions.expires_at'])
    .where('staff_sessions.token_hash', '=', tokenHash)
    .where('staff_sessions.expires_at', '>', now)
    .executeTakeFirst();
  return row && { ...toStaffUser(row), sessionExpiresAt: row.expires_at };
}

const userColumns = ['id', 'email', 'display_name', 'role', 'password_hash', 'totp_enabled_at'] as const;

function toStaffUser(row: { id: string; email: string; display_name: string; role: string; password_hash: string; totp_enabled_at: string | null }): StaffUser {
  return {
    id: row.id, email: row.email, displayName: row.display_name, role: row.role as StaffRole, passwordHash: row.password_hash,
    twoFactorEnabled: row.totp_enabled_at !== null,
  };
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
  keys: StoredStaffKeys;
}

/** A member's public key and their private key as stored: wrapped under their password-derived key. */
export interface StoredStaffKeys {
  publicKey: Buffer;
  wrappedPrivateKey: Buffer;
  kekSalt: Buffer;
}

export async function insertStaffUser(db: Executor, user: NewStaffUser, now: string): Promise<void> {
  await db.insertInto('staff_users').values({
    id: user.id, email: user.email, display_name: user.displayName, password_hash: user.passwordHash, role: user.role,
    created_at: now, password_changed_at: now,
    public_key: user.keys.publicKey, wrapped_private_key: user.keys.wrappedPrivateKey, kek_salt: user.keys.kekSalt,
  }).execute();
}

export async function findStaffKeys(db: Executor, userId: string): Promise<StoredStaffKeys | undefined> {
  const row = await db.selectFrom('staff_users').select(['public_key', 'wrapped_private_key', 'kek_salt']).where('id', '=', userId).executeTakeFirst();
  if (!row?.public_key || !row.wrapped_private_key || !row.kek_salt) return undefined;
  return { publicKey: Buffer.from(row.public_key), wrappedPrivateKey: Buffer.from(row.wrapped_private_key), kekSalt: Buffer.from(row.kek_salt) };
}

export async function updateStaffKeys(db: Executor, userId: string, keys: StoredStaffKeys): Promise<void> {
  await db.updateTable('staff_users')
    .set({ public_key: keys.publicKey, wrapped_private_key: keys.wrappedPrivateKey, kek_salt: keys.kekSalt })
    .where('id', '=', userId).execute();
}

/** Public keys of these members (those that have one), by member id. */
export async function findPublicKeys(db: Executor, userIds: readonly string[]): Promise<Map<string, Buffer>> {
  if (!userIds.length) return new Map();
  const rows = await db.selectFrom('staff_users').select(['id', 'public_key']).where('id', 'in', [...userIds]).execute();
  return new Map(rows.flatMap((r) => (r.public_key ? [[r.id, Buffer.from(r.public_key)] as const] : [])));
}

/** Members in these roles who hold a key pair. */
export async function findKeyHoldersByRole(db: Executor, roles: readonly StaffRole[]): Promise<{ id: string; publicKey: Buffer }[]> {
  const rows = await db.selectFrom('staff_users').select(['id', 'public_key']).where('role', 'in', [...roles]).where('public_key', 'is not', null).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, publicKey: Buffer.from(r.public_key!) }));
}

export async function updateRole(db: Executor, userId: string, role: StaffRole): Promise<void> {
  await db.updateTable('staff_users').set({ role }).where('id', '=', userId).execute();
}

export async function countAdmins(db: Executor): Promise<number> {
  const row = await db.selectFrom('staff_users').select((eb) => eb.fn.countAll<number>().as('n')).where('role', '=', 'admin').executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findStaffUserByEmail(db: Executor, email: string): Promise<StaffUser | undefined> {
  const row = await db.selectFrom('staff_users').select(userColumns).where('email', '=', email).executeTakeFirst();
  return row && toStaffUser(row);
}

export async function findStaffUserById(db: Executor, id: string): Promise<StaffUser | undefined> {
  const row = await db.selectFrom('staff_users').select(userColumns).where('id', '=', id).executeTakeFirst();
  return row && toStaffUser(row);
}

export interface StaffMemberSummary {
  id: string;
  email: string;
  displayName: string;
  role: StaffRole;
  createdAt: string;
  twoFactorEnabled: boolean;
}

export async function listStaffUsers(db: Executor): Promise<StaffMemberSummary[]> {
  const rows = await db.selectFrom('staff_users').select(['id', 'email', 'display_name', 'role', 'created_at', 'totp_enabled_at']).orderBy('display_name').orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id, email: r.email, displayName: r.display_name, role: r.role as StaffRole, createdAt: r.created_at, twoFactorEnabled: r.totp_enabled_at !== null,
  }));
}

/** The new password hash and the private key re-wrapped under the new password, in one statement. */
export async function updatePassword(db: Executor, userId: string, passwordHash: string, keys: StoredStaffKeys, now: string): Promise<void> {
  await db.updateTable('staff_users').set({
    password_hash: passwordHash, password_changed_at: now,
    public_key: keys.publicKey, wrapped_private_key: keys.wrappedPrivateKey, kek_salt: keys.kekSalt,
  }).where('id', '=', userId).execute();
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

export async function deleteSessionsOf(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('user_id', '=', userId).execute();
}
