// Platform staff verify an organisation (or withdraw the mark) and say what they checked. The evidence stays in
// organisation_verification_notes, read only by staff pages; the audit log records that it happened, not the evidence.
import type { Db } from '../../db/database.ts';
import { newId } from '../../platform/tokens.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { recordAudit } from '../accounts/index.ts';
import { organisationLimits } from './organisation.ts';
import { findOrganisation, setVerifiedAt } from './organisations.repository.ts';
import { insertVerificationNote } from './verification.repository.ts';

export type VerifyOutcome = { kind: 'done' } | { kind: 'invalid'; errors: FieldErrors } | { kind: 'not-found' };

export async function setVerification(db: Db, staffId: string, organisationId: string, verified: boolean, typedEvidence: string, now: Date): Promise<VerifyOutcome> {
  const evidence = typedEvidence.trim();
  if (evidence === '') return { kind: 'invalid', errors: { evidence: { key: 'organisations.error-evidence-required' } } };
  if (evidence.length > organisationLimits.evidenceMaxChars) {
    return { kind: 'invalid', errors: { evidence: { key: 'organisations.error-too-long', values: { max: organisationLimits.evidenceMaxChars } } } };
  }
  return db.transaction().execute(async (trx) => {
    if (!(await findOrganisation(trx, organisationId))) return { kind: 'not-found' } as const;
    const at = now.toISOString();
    await setVerifiedAt(trx, organisationId, verified ? at : null);
    await insertVerificationNote(trx, { id: newId(), organisationId, staffId, at, outcome: verified ? 'verified' : 'unverified', evidence });
    await recordAudit(trx, {
      at: now, actorId: staffId, action: verified ? 'organisation-verified' : 'organisation-unverified', subject: { type: 'organisation', id: organisationId },
    });
    return { kind: 'done' } as const;
  });
}
