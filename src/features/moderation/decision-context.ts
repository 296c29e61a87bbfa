// What every decision starts from: the case, the kind that lends its item, and whether this moderator may decide on
// it; and what every staff decision ends with, a line in the audit log. (A coordinator is a member, not staff: their
// decisions are in moderation_actions only.)
import type { Db, Transaction } from '../../db/database.ts';
import { recordAudit, type AuditAction } from '../accounts/index.ts';
import { findCase } from './cases.repository.ts';
import type { ModeratedKind, ModerationCase, Moderator } from './moderation.ts';
import { mayModerate } from './moderation.policy.ts';
import type { ModerationRegistry } from './registry.ts';

export interface DecisionContext {
  kase: ModerationCase;
  lender: ModeratedKind;
}

/** The case when this moderator may decide on it; otherwise undefined, which routes answer as a missing page. */
export async function decisionContext(db: Db, registry: ModerationRegistry, moderator: Moderator, caseId: string): Promise<DecisionContext | undefined> {
  const kase = await findCase(db, caseId);
  const lender = kase && registry.get(kase.kind);
  if (!kase || !lender || !(await mayModerate(db, moderator, kase))) return undefined;
  return { kase, lender };
}

export async function auditStaffDecision(
  trx: Transaction, moderator: Moderator, action: AuditAction, caseId: string, now: Date, details?: Record<string, string>,
): Promise<void> {
  if (moderator.kind !== 'staff') return;
  await recordAudit(trx, { at: now, actorId: moderator.staffId, action, subject: { type: 'moderation-case', id: caseId }, ...(details ? { details } : {}) });
}
