// Ends a follow-up session on the server; the route clears the cookie and asks the browser to forget the site's data.
import type { Db } from '../../db/database.ts';
import { endFollowUpSession } from './sessions.ts';

export async function signOutOfFollowUp(db: Db, tokenHash: string | null): Promise<void> {
  await endFollowUpSession(db, tokenHash);
}
