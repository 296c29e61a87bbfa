// Ends a staff session on the server and forgets its key, so a copied cookie stops working and decrypts nothing.
import type { Db } from '../../db/database.ts';
import { deleteSession } from './accounts.repository.ts';
import { recordAudit } from './record-audit.ts';
import type { Keyrings } from './session-keyring.ts';

export async function signOut(db: Db, keyrings: Keyrings, sessionTokenHash: string | null, actorId: string | null, now: Date): Promise<void> {
  if (!sessionTokenHash) return;
  keyrings.sessions.drop(sessionTokenHash);
  await deleteSession(db, sessionTokenHash);
  if (actorId) await recordAudit(db, { at: now, actorId, action: 'sign-out' });
}
