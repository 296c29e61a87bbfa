// The author asks for a review of a decision about them, once per decision (MODERATION.md "Appeals"): a hiding that
// still keeps their item hidden, or a posting block still in force. Only the author can: their member id, or a
// pseudonym their own session recognises — the appeal never records which account asked; for an item nobody wrote
// personally (an organisation's profile), whoever answers for it now (its administrators).
import type { Db } from '../../db/database.ts';
import { newId } from '../../platform/tokens.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { findAction, lastVisibilityAction, type RecordedAction } from './actions.repository.ts';
import { insertAppeal } from './appeals.repository.ts';
import { activeBlocksOfCase } from './blocks.repository.ts';
import { findCase } from './cases.repository.ts';
import { checkAppealStatement } from './moderation-form.ts';
import type { AuthorRef } from './moderation.ts';

export type AppealOutcome = { kind: 'not-found' } | { kind: 'invalid'; errors: FieldErrors } | { kind: 'already-appealed' } | { kind: 'appealed' };

/** Whether the decision still holds: the item is still hidden by it, or the block is still in force. */
export async function stillInForce(db: Db, action: RecordedAction, now: Date): Promise<boolean> {
  if (action.action === 'hide') return (await lastVisibilityAction(db, action.caseId))?.id === action.id;
  if (action.action === 'block') return (await activeBlocksOfCase(db, action.caseId, now.toISOString())).some((b) => b.id === action.postingBlockId);
  return false;
}

/** `answersFor`: whether the member answers for an item with no personal author (an organisation's administrators). */
export async function appealDecision(
  db: Db, isAuthor: (author: AuthorRef) => boolean, actionId: string, typed: string, now: Date,
  answersFor: (kind: string, itemId: string) => Promise<boolean> = async () => false,
): Promise<AppealOutcome> {
  const action = await findAction(db, actionId);
  const kase = action ? await findCase(db, action.caseId) : undefined;
  const appellant = !!kase && (kase.author ? isAuthor(kase.author) : await answersFor(kase.kind, kase.itemId));
  if (!action || !kase || !appellant || !(await stillInForce(db, action, now))) return { kind: 'not-found' };
  const checked = checkAppealStatement(typed);
  if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
  const inserted = await insertAppeal(db, { id: newId(), actionId, caseId: kase.id, statement: checked.value }, now.toISOString());
  return inserted ? { kind: 'appealed' } : { kind: 'already-appealed' };
}
