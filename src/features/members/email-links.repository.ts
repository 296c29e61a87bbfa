// SQL for one-time links sent by email (confirming the address, resetting the password). Tokens arrive hashed.
import type { Db, Transaction } from '../../db/database.ts';
import type { MemberEmailLinksTable } from './members.table.ts';

type Executor = Db | Transaction;
export type EmailLinkPurpose = MemberEmailLinksTable['purpose'];

export async function insertEmailLink(db: Executor, link: { tokenHash: string; memberId: string; purpose: EmailLinkPurpose; expiresAt: string }): Promise<void> {
  await db.insertInto('member_email_links').values({
    token_hash: link.tokenHash, member_id: link.memberId, purpose: link.purpose, expires_at: link.expiresAt, used_at: null,
  }).execute();
}

export async function findUsableEmailLink(db: Executor, tokenHash: string, purpose: EmailLinkPurpose, now: string): Promise<string | undefined> {
  const row = await db.selectFrom('member_email_links').select('member_id')
    .where('token_hash', '=', tokenHash).where('purpose', '=', purpose).where('used_at', 'is', null).where('expires_at', '>', now)
    .executeTakeFirst();
  return row?.member_id;
}

/** Uses the link in the statement that checks it, so two simultaneous uses cannot both succeed; its member or undefined. */
export async function claimEmailLink(db: Executor, tokenHash: string, purpose: EmailLinkPurpose, now: string): Promise<string | undefined> {
  const row = await db.updateTable('member_email_links').set({ used_at: now })
    .where('token_hash', '=', tokenHash).where('purpose', '=', purpose).where('used_at', 'is', null).where('expires_at', '>', now)
    .returning('member_id').executeTakeFirst();
  return row?.member_id;
}

/** A new reset link voids the earlier ones, so only the latest email works. */
export async function voidEmailLinks(db: Executor, memberId: string, purpose: EmailLinkPurpose, now: string): Promise<void> {
  await db.updateTable('member_email_links').set({ used_at: now })
    .where('member_id', '=', memberId).where('purpose', '=', purpose).where('used_at', 'is', null).execute();
}

export async function deleteSpentEmailLinks(db: Executor, now: string): Promise<void> {
  await db.deleteFrom('member_email_links').where((eb) => eb.or([eb('used_at', 'is not', null), eb('expires_at', '<=', now)])).execute();
}
