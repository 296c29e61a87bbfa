// SQL for the synthesis: which inputs a call has (to open those the reader holds) and its published inputs.
import type { Db } from '../../db/database.ts';

export async function listSubmittedInputIds(db: Db, callId: string): Promise<string[]> {
  const rows = await db.selectFrom('submissions').select('id').where('call_id', '=', callId).where('status', '=', 'submitted')
    .orderBy('reference').execute();
  return rows.map((r) => r.id);
}
