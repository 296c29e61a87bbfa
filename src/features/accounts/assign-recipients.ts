// Which recipients receive a call's inputs: the form sends the whole chosen set; the difference is stored and audited.
import type { Db } from '../../db/database.ts';
import { deleteAssignments, insertAssignments, listAssignableMembers } from './call-recipients.repository.ts';
import { recordAudit } from './record-audit.ts';

export async function assignRecipients(
  db: Db, actorId: string, callId: string, chosenIds: readonly string[], now: Date,
): Promise<{ added: string[]; removed: string[] }> {
  const members = await listAssignableMembers(db, callId);
  const chosen = new Set(chosenIds);
  const added = members.filter((m) => !m.assigned && chosen.has(m.id)).map((m) => m.id);
  const removed = members.filter((m) => m.assigned && !chosen.has(m.id)).map((m) => m.id);
  await db.transaction().execute(async (trx) => {
    await insertAssignments(trx, callId, added, now.toISOString());
    await deleteAssignments(trx, callId, removed);
    for (const id of added) await recordAudit(trx, { at: now, actorId, action: 'recipient-assigned', subject: { type: 'call', id: callId }, details: { member: id } });
    for (const id of removed) await recordAudit(trx, { at: now, actorId, action: 'recipient-removed', subject: { type: 'call', id: callId }, details: { member: id } });
  });
  return { added, removed };
}
