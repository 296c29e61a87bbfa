// SQL for the one thing moderation reads about members: the name a reported member goes by, and that they exist.
import type { Db, Transaction } from '../../db/database.ts';

export async function memberDisplayName(db: Db | Transaction, memberId: string): Promise<string | undefined> {
  const row = await db.selectFrom('members').select('display_name').where('id', '=', memberId).executeTakeFirst();
  return row?.display_name;
}
