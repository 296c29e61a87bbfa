// A moderator decides the reports do not call for hiding (MODERATION.md: "when in doubt, moderators do not hide").
// The pending reports are answered; the reporters are told they were handled, nothing more.
import type { AppDeps } from '../../deps.ts';
import { newId } from '../../platform/tokens.ts';
import { insertAction } from './actions.repository.ts';
import { handlePendingReports } from './cases.repository.ts';
import { auditStaffDecision, decisionContext } from './decision-context.ts';
import type { DecisionOutcome } from './hide-content.ts';
import { checkNoteField } from './moderation-form.ts';
import type { Moderator } from './moderation.ts';
import type { ModerationRegistry } from './registry.ts';

export async function dismissReports(
  deps: Pick<AppDeps, 'db' | 'clock'>, registry: ModerationRegistry, moderator: Moderator, caseId: string, typedNote: string,
): Promise<DecisionOutcome> {
  const context = await decisionContext(deps.db, registry, moderator, caseId);
  if (!context) return { kind: 'not-found' };
  const checked = checkNoteField('dismissNote', typedNote, false);
  if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    if (!(await handlePendingReports(trx, caseId, now.toISOString()))) return { kind: 'unchanged' } as const;
    await insertAction(trx, { id: newId(), caseId, action: 'dismiss', reason: null, note: checked.value, moderator }, now.toISOString());
    await auditStaffDecision(trx, moderator, 'moderation-dismissed', caseId, now);
    return { kind: 'done' } as const;
  });
}
