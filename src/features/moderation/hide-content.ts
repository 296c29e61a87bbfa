// A moderator hides an item for one of the listed reasons (MODERATION.md "What is removed"). The owning feature keeps
// the content and shows "hidden by moderators"; this records who decided, why, and answers the pending reports.
import { newId } from '../../platform/tokens.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { insertAction } from './actions.repository.ts';
import { handlePendingReports } from './cases.repository.ts';
import { auditStaffDecision, decisionContext } from './decision-context.ts';
import { checkReasonAndNote } from './moderation-form.ts';
import type { Moderator, ModerationDeps } from './moderation.ts';
import type { ModerationRegistry } from './registry.ts';

export type DecisionOutcome = { kind: 'not-found' } | { kind: 'invalid'; errors: FieldErrors } | { kind: 'unchanged' } | { kind: 'done' };

export async function hideContent(
  deps: ModerationDeps, registry: ModerationRegistry, moderator: Moderator, caseId: string, typed: { reason: string; note: string },
): Promise<DecisionOutcome> {
  const context = await decisionContext(deps.db, registry, moderator, caseId);
  if (!context?.lender.hide) return { kind: 'not-found' };
  const checked = checkReasonAndNote(typed, { reason: 'hideReason', note: 'hideNote' });
  if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
  const { kase, lender } = context;
  const item = await lender.find(deps.db, kase.itemId);
  if (!item) return { kind: 'not-found' };
  if (item.hidden) return { kind: 'unchanged' };
  if (!(await lender.hide?.(deps, kase.itemId, checked.value.reason))) return { kind: 'not-found' };
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await insertAction(trx, { id: newId(), caseId, action: 'hide', ...checked.value, moderator }, now.toISOString());
    await handlePendingReports(trx, caseId, now.toISOString());
    await auditStaffDecision(trx, moderator, 'moderation-hidden', caseId, now, { reason: checked.value.reason });
  });
  return { kind: 'done' };
}
