// An organisation's administrator co-signs a published statement for the organisation, or withdraws the signature.
// A withdrawn signature leaves the list and the counts at once, and stays in the history with its time. The route
// has checked that the member administers the organisation. While moderators hide the statement nobody may sign it
// (it is off public view); a signature already given may still be withdrawn.
import { newId } from '../../platform/tokens.ts';
import { changeStatement, type StatementChangeDeps } from './statement-change.ts';
import { hasSignatureInForce, insertSignature, markWithdrawn } from './signatures.repository.ts';

export type SignOutcome = 'signed' | 'already-signed' | 'hidden' | 'not-published' | 'not-found';
export type WithdrawOutcome = 'withdrawn' | 'not-signed' | 'not-found';

export function signStatement(deps: StatementChangeDeps, statementId: string, organisationId: string, memberId: string): Promise<SignOutcome> {
  return changeStatement(deps, statementId, async (trx, statement, now) => {
    if (!statement.publishedAt) return { outcome: 'not-published' as const, changed: false };
    if (statement.hidden) return { outcome: 'hidden' as const, changed: false };
    if (await hasSignatureInForce(trx, statement.id, organisationId)) return { outcome: 'already-signed' as const, changed: false };
    await insertSignature(trx, { id: newId(), statementId: statement.id, organisationId, signedBy: memberId, signedAt: now.toISOString() });
    return { outcome: 'signed' as const, changed: true };
  });
}

export function withdrawSignature(deps: StatementChangeDeps, statementId: string, organisationId: string, memberId: string): Promise<WithdrawOutcome> {
  return changeStatement(deps, statementId, async (trx, statement, now) => {
    const withdrawn = await markWithdrawn(trx, statement.id, organisationId, memberId, now.toISOString());
    return withdrawn ? { outcome: 'withdrawn' as const, changed: true } : { outcome: 'not-signed' as const, changed: false };
  });
}
