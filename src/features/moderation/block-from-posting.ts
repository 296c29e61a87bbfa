// A moderator stops an item's author posting (MODERATION.md "Blocking"): a coordinator in their network, platform
// staff on the whole platform; with a reason, an optional last day, and a note. A pseudonymous author is blocked by
// pseudonym: the block is written against what the case holds, so no account is ever looked up.
import type { AppDeps } from '../../deps.ts';
import { newId } from '../../platform/tokens.ts';
import { insertAction } from './actions.repository.ts';
import { findPostingBlock, insertPostingBlock, liftPostingBlockRow } from './blocks.repository.ts';
import { auditStaffDecision, decisionContext } from './decision-context.ts';
import type { DecisionOutcome } from './hide-content.ts';
import { checkBlockForm } from './moderation-form.ts';
import { networkIdOf, type Moderator } from './moderation.ts';
import type { ModerationRegistry } from './registry.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;

export async function blockFromPosting(
  deps: Deps, registry: ModerationRegistry, moderator: Moderator, caseId: string, typed: { reason: string; endsOn: string; note: string },
): Promise<DecisionOutcome> {
  const context = await decisionContext(deps.db, registry, moderator, caseId);
  const author = context?.kase.author;
  if (!context || !author) return { kind: 'not-found' };
  const now = deps.clock.now();
  const checked = checkBlockForm(typed, now.toISOString().slice(0, 10));
  if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
  const blockId = newId();
  // Staff block everywhere; a coordinator only where they moderate.
  const networkId = moderator.kind === 'staff' ? null : networkIdOf(context.kase.scope);
  await deps.db.transaction().execute(async (trx) => {
    await insertPostingBlock(trx, { id: blockId, caseId, networkId, target: author, ...checked.value }, now.toISOString());
    await insertAction(trx, { id: newId(), caseId, action: 'block', reason: checked.value.reason, note: checked.value.note, postingBlockId: blockId, moderator }, now.toISOString());
    await auditStaffDecision(trx, moderator, 'moderation-blocked', caseId, now, { reason: checked.value.reason });
  });
  return { kind: 'done' };
}

export async function liftPostingBlock(deps: Deps, registry: ModerationRegistry, moderator: Moderator, caseId: string, blockId: string): Promise<DecisionOutcome> {
  const context = await decisionContext(deps.db, registry, moderator, caseId);
  const block = context && (await findPostingBlock(deps.db, blockId));
  // A coordinator lifts only their network's blocks, never one platform staff made.
  if (!block || block.caseId !== caseId || (moderator.kind === 'coordinator' && block.networkId === null)) return { kind: 'not-found' };
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    if (!(await liftPostingBlockRow(trx, blockId, now.toISOString()))) return { kind: 'unchanged' } as const;
    await insertAction(trx, { id: newId(), caseId, action: 'lift-block', reason: null, note: null, postingBlockId: blockId, moderator }, now.toISOString());
    await auditStaffDecision(trx, moderator, 'moderation-block-lifted', caseId, now);
    return { kind: 'done' } as const;
  });
}
