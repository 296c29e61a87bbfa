// Appends to the staff audit trail. Other features call this (through index.ts) for what staff do with inputs.
import type { Db, Transaction } from '../../db/database.ts';
import { newId } from '../../platform/tokens.ts';
import { insertAuditEvent } from './audit.repository.ts';

export const auditActions = [
  'sign-in', 'sign-in-failed', 'sign-out', 'two-factor-enrolled', 'two-factor-disabled', 'recovery-code-used',
  'password-changed', 'account-created', 'member-invited', 'role-changed', 'recipient-assigned', 'recipient-removed',
  'input-opened', 'email-opened', 'email-sorted', 'email-dismissed', 'synthesis-exported',
  'organisation-verified', 'organisation-unverified', 'initiative-approved', 'initiative-rejected',
  'moderation-hidden', 'moderation-restored', 'moderation-dismissed', 'moderation-blocked', 'moderation-block-lifted', 'moderation-appeal-decided',
] as const;
export type AuditAction = (typeof auditActions)[number];

export interface AuditEvent {
  at: Date;
  /** The staff member who acted; null when nobody is identified (a failed sign-in for an unknown address). */
  actorId: string | null;
  action: AuditAction;
  subject?: { type: 'staff' | 'call' | 'input' | 'email' | 'organisation' | 'initiative' | 'moderation-case'; id: string };
  /** Small facts about the action (a role, a method). Never a submitter's personal data, never a secret. */
  details?: Record<string, string | number | boolean>;
}

export async function recordAudit(db: Db | Transaction, event: AuditEvent): Promise<void> {
  await insertAuditEvent(db, {
    id: newId(), at: event.at.toISOString(), actorId: event.actorId, action: event.action,
    subjectType: event.subject?.type ?? null, subjectId: event.subject?.id ?? null, details: JSON.stringify(event.details ?? {}),
  });
}

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === 'string' && (auditActions as readonly string[]).includes(value);
}
