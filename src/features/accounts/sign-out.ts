// Ends a staff session on the server, so a copied cookie stops working at once.
import type { Db } from '../../db/database.ts';
import { deleteSession } from './accounts.repository.ts';

export async function signOut(db: Db, sessionTokenHash: string | null): Promise<void> {
  if (sessionTokenHash) await deleteSession(db, sessionTokenHash);
}
