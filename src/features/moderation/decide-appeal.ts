// Platform staff review an appeal: someone other than whoever decided (a coordinator's decisions always come to
// staff; a staff decision goes to another staff member). Granting it restores the item or lifts the block;
// upholding it leaves the decision in force. Either way the outcome and its reason are kept for the author.
import type { Transaction } from '../../db/database.ts';
import { newId } from '../../platform/tokens.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { findAction, insertAction, type RecordedAction } from './actions.repository.ts';
import { decideAppealRow, findAppeal } from './appeals.repository.ts';
import { liftPostingBlockRow } from './blocks.repository.ts';
import { auditStaffDecision, decisionContext, type DecisionContext } from './decision-context.ts';
import { checkAppealDecision } from './moderation-form.ts';
import type { Moderator, ModerationDeps } from './moderation.ts';
import type { ModerationRegistry } from './registry.ts';
import { restoreAndRecord } from './restore-content.ts';

export type AppealDecisionOutcome =
  | { kind: 'not-found' } | { kind: 'same-moderator' } | { kind: 'invalid'; errors: FieldErrors } | { kind: 'already-decided' } | { kind: 'done' };

export async function decideAppeal(
  deps: ModerationDeps, registry: ModerationRegistry, staffId: string, appealId: string, typed: { outcome: string; note: string },
): Promise<AppealDecisionOutcome> {
  const appeal = await findAppeal(deps.db, appealId);
  const decision = appeal && (await findAction(deps.db, appeal.actionId));
  if (!appeal || !decision) return { kind: 'not-found' };
  if (appeal.decidedAt) return { kind: 'already-decided' };
  if (decision.moderatorStaffId === staffId) return { kind: 'same-moderator' };
  const moderator: Moderator = { kind: 'staff', staffId };
  const context = await decisionContext(deps.db, registry, moderator, appeal.caseId);
  if (!context) return { kind: 'not-found' };
  const checked = checkAppealDecision(typed);
  if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
  const { outcome, note } = checked.value;
  let decided = false;
  const record = async (trx: Transaction) => {
    const now = deps.clock.now();
    decided = await decideAppealRow(trx, appealId, { outcome, note, staffId }, now.toISOString());
    if (decided) await auditStaffDecision(trx, moderator, 'moderation-appeal-decided', appeal.caseId, now, { outcome });
  };
  if (outcome === 'restored') await undo(deps, context, decision, moderator, note, record);
  else await deps.db.transaction().execute(record);
  return decided ? { kind: 'done' } : { kind: 'already-decided' };
}

/** Reverses the appealed decision, recording the appeal's outcome in the same transaction. */
async function undo(deps: ModerationDeps, context: DecisionContext, decision: RecordedAction, moderator: Moderator, note: string, record: (trx: Transaction) => Promise<void>) {
  if (decision.action === 'hide') {
    const restored = await restoreAndRecord(deps, context, moderator, note, record);
    // Already visible again (restored meanwhile): the appeal's outcome is still recorded.
    if (restored.kind !== 'done') await deps.db.transaction().execute(record);
    return;
  }
  await deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    if (decision.postingBlockId && (await liftPostingBlockRow(trx, decision.postingBlockId, now.toISOString()))) {
      await insertAction(trx, { id: newId(), caseId: context.kase.id, action: 'lift-block', reason: null, note, postingBlockId: decision.postingBlockId, moderator }, now.toISOString());
      await auditStaffDecision(trx, moderator, 'moderation-block-lifted', context.kase.id, now);
    }
    await record(trx);
  });
}
