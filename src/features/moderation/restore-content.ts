// A moderator restores a hidden item, saying why (a note is required: the decision it reverses had a reason too).
// Restoring from an appeal goes through decide-appeal.ts, which records the same action.
import type { Transaction } from '../../db/database.ts';
import { newId } from '../../platform/tokens.ts';
import { insertAction } from './actions.repository.ts';
import { auditStaffDecision, decisionContext, type DecisionContext } from './decision-context.ts';
import type { DecisionOutcome } from './hide-content.ts';
import { checkNoteField } from './moderation-form.ts';
import type { Moderator, ModerationDeps } from './moderation.ts';
import type { ModerationRegistry } from './registry.ts';

export async function restoreContent(
  deps: ModerationDeps, registry: ModerationRegistry, moderator: Moderator, caseId: string, typedNote: string,
): Promise<DecisionOutcome> {
  const context = await decisionContext(deps.db, registry, moderator, caseId);
  if (!context?.lender.restore) return { kind: 'not-found' };
  const checked = checkNoteField('restoreNote', typedNote, true);
  if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
  return restoreAndRecord(deps, context, moderator, checked.value);
}

/** Restores the item and records it, with whatever else the caller records in the same transaction. */
export async function restoreAndRecord(
  deps: ModerationDeps, { kase, lender }: DecisionContext, moderator: Moderator, note: string | null, alsoRecord?: (trx: Transaction) => Promise<void>,
): Promise<DecisionOutcome> {
  const item = await lender.find(deps.db, kase.itemId);
  if (!item) return { kind: 'not-found' };
  if (!item.hidden) return { kind: 'unchanged' };
  if (!(await lender.restore?.(deps, kase.itemId))) return { kind: 'not-found' };
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await insertAction(trx, { id: newId(), caseId: kase.id, action: 'restore', reason: null, note, moderator }, now.toISOString());
    await auditStaffDecision(trx, moderator, 'moderation-restored', kase.id, now);
    await alsoRecord?.(trx);
  });
  return { kind: 'done' };
}
