// SQL for member accounts and their sessions. Tokens arrive here already hashed; secrets arrive wrapped.
import type { Db, Transaction } from '../../db/database.ts';
import type { MemberAccount } from './member.ts';
import type { MembersTable } from './members.table.ts';

type Executor = Db | Transaction;

export interface NewMember {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  atRisk: boolean;
  wrappedSecret: WrappedSecret;
}

export interface WrappedSecret {
  wrapped: Buffer;
  salt: Buffer;
}

export async function insertMember(db: Executor, member: NewMember, now: string): Promise<void> {
  await db.insertInto('members').values({
    id: member.id, email: member.email, display_name: member.displayName, password_hash: member.passwordHash,
    at_risk: member.atRisk ? 1 : 0, created_at: now, email_confirmed_at: null, password_changed_at: now,
    pseudonym_secret_wrapped: member.wrappedSecret.wrapped, pseudonym_kek_salt: member.wrappedSecret.salt,
    totp_secret_wrapped: null, totp_pending_wrapped: null, totp_enabled_at: null, totp_last_step: null,
  }).execute();
}

const accountColumns = ['id', 'email', 'display_name', 'password_hash', 'at_risk', 'email_confirmed_at', 'totp_enabled_at'] as const;
type AccountRow = Pick<MembersTable, (typeof accountColumns)[number]>;

function toAccount(row: AccountRow): MemberAccount {
  return {
    id: row.id, email: row.email, displayName: row.display_name, passwordHash: row.password_hash, atRisk: Number(row.at_risk) === 1,
    emailConfirmed: row.email_confirmed_at !== null, twoFactorEnabled: row.totp_enabled_at !== null,
  };
}

export async function findMemberByEmail(db: Executor, email: string): Promise<MemberAccount | undefined> {
  const row = await db.selectFrom('members').select(accountColumns).where('email', '=', email).executeTakeFirst();
  return row && toAccount(row);
}

export async function findMemberById(db: Executor, id: string): Promise<MemberAccount | undefined> {
  const row = await db.selectFrom('members').select(accountColumns).where('id', '=', id).executeTakeFirst();
  return row && toAccount(row);
}

export async function findWrappedSecret(db: Executor, memberId: string): Promise<WrappedSecret | undefined> {
  const row = await db.selectFrom('members').select(['pseudonym_secret_wrapped', 'pseudonym_kek_salt']).where('id', '=', memberId).executeTakeFirst();
  return row && { wrapped: Buffer.from(row.pseudonym_secret_wrapped), salt: Buffer.from(row.pseudonym_kek_salt) };
}

export async function findSessionMember(db: Executor, tokenHash: string, now: string): Promise<MemberAccount | undefined> {
  const row = await db
    .selectFrom('member_sessions')
    .innerJoin('members', 'members.id', 'member_sessions.member_id')
    .select(accountColumns.map((c) => `members.${c}` as const))
    .where('member_sessions.token_hash', '=', tokenHash)
    .where('member_sessions.expires_at', '>', now)
    .executeTakeFirst();
  return row && toAccount(row);
}

export async function insertMemberSession(db: Executor, tokenHash: string, memberId: string, now: string, expiresAt: string): Promise<void> {
  await db.insertInto('member_sessions').values({ token_hash: tokenHash, member_id: memberId, created_at: now, expires_at: expiresAt }).execute();
}

export async function deleteMemberSession(db: Executor, tokenHash: string): Promise<void> {
  await db.deleteFrom('member_sessions').where('token_hash', '=', tokenHash).execute();
}

/** Every session of a member but one (empty keeps none): password change and reset lock out other browsers. */
export async function deleteOtherMemberSessions(db: Executor, memberId: string, keepTokenHash: string): Promise<void> {
  await db.deleteFrom('member_sessions').where('member_id', '=', memberId).where('token_hash', '<>', keepTokenHash).execute();
}

export async function deleteExpiredMemberSessions(db: Executor, now: string): Promise<void> {
  await db.deleteFrom('member_sessions').where('expires_at', '<=', now).execute();
}

export async function updateMemberPassword(db: Executor, memberId: string, passwordHash: string, wrappedSecret: WrappedSecret, now: string): Promise<void> {
  await db.updateTable('members').set({
    password_hash: passwordHash, password_changed_at: now,
    pseudonym_secret_wrapped: wrappedSecret.wrapped, pseudonym_kek_salt: wrappedSecret.salt,
  }).where('id', '=', memberId).execute();
}

export async function updateMemberSettings(db: Executor, memberId: string, settings: { displayName: string; atRisk: boolean }): Promise<void> {
  await db.updateTable('members').set({ display_name: settings.displayName, at_risk: settings.atRisk ? 1 : 0 }).where('id', '=', memberId).execute();
}

export async function markEmailConfirmed(db: Executor, memberId: string, now: string): Promise<void> {
  await db.updateTable('members').set({ email_confirmed_at: now }).where('id', '=', memberId).where('email_confirmed_at', 'is', null).execute();
}
