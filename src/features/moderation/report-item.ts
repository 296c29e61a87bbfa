// A signed-in member reports an item or a person. Reports of one item join its case (one queue entry); the same
// person reporting again while their report is pending changes it rather than counting twice.
import type { Db } from '../../db/database.ts';
import { newId } from '../../platform/tokens.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { ensureCase, findPendingReport, insertReport, updateReport } from './cases.repository.ts';
import { checkReasonAndNote } from './moderation-form.ts';
import type { ModeratedItem } from './moderation.ts';
import type { ModerationRegistry } from './registry.ts';

export type ReportOutcome = { kind: 'not-found' } | { kind: 'invalid'; item: ModeratedItem; errors: FieldErrors } | { kind: 'reported' };

/** The item as a reporter may see it, or undefined when it does not exist or is not theirs to read. */
export async function reportableItem(db: Db, registry: ModerationRegistry, kind: string, itemId: string, memberId: string): Promise<ModeratedItem | undefined> {
  const lender = registry.get(kind);
  if (!lender) return undefined;
  const item = await lender.find(db, itemId);
  return item && (await lender.visibleTo(db, itemId, memberId)) ? item : undefined;
}

export async function reportItem(
  db: Db, registry: ModerationRegistry, reporterId: string, kind: string, itemId: string, typed: { reason: string; note: string }, now: Date,
): Promise<ReportOutcome> {
  const item = await reportableItem(db, registry, kind, itemId, reporterId);
  if (!item) return { kind: 'not-found' };
  const checked = checkReasonAndNote(typed);
  if (!checked.ok) return { kind: 'invalid', item, errors: checked.errors };
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const kase = await ensureCase(trx, { id: newId(), kind, itemId, scope: item.scope, author: item.author, organisationId: item.organisationId }, at);
    const pending = await findPendingReport(trx, kase.id, reporterId);
    if (pending) await updateReport(trx, pending.id, checked.value, at);
    else await insertReport(trx, { id: newId(), caseId: kase.id, reporterId, ...checked.value }, at);
  });
  return { kind: 'reported' };
}
