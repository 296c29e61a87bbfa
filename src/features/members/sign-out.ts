// Ends a member session on the server and forgets its pseudonym secret, so a copied cookie stops working.
import type { Db } from '../../db/database.ts';
import type { MemberKeyrings } from './member-keyring.ts';
import { deleteMemberSession } from './members.repository.ts';

export async function signOutMember(db: Db, keyrings: MemberKeyrings, sessionTokenHash: string | null): Promise<void> {
  if (!sessionTokenHash) return;
  keyrings.sessions.drop(sessionTokenHash);
  await deleteMemberSession(db, sessionTokenHash);
}
