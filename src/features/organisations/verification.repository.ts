// SQL for staff verification notes. Only the staff verification pages call these: the evidence is private.
import type { Db, Transaction } from '../../db/database.ts';

type Executor = Db | Transaction;

export const verificationOutcomes = ['verified', 'unverified', 'lapsed'] as const;
export type VerificationOutcome = (typeof verificationOutcomes)[number];

export interface VerificationNote {
  id: string;
  organisationId: string;
  staffId: string | null;
  at: string;
  outcome: VerificationOutcome;
  evidence: string;
}

export async function insertVerificationNote(db: Executor, note: VerificationNote): Promise<void> {
  await db.insertInto('organisation_verification_notes').values({
    id: note.id, organisation_id: note.organisationId, staff_id: note.staffId, at: note.at, outcome: note.outcome, evidence: note.evidence,
  }).execute();
}

/** Newest first, with the name of the staff member who decided when their account still exists. */
export async function listVerificationNotes(db: Executor, organisationId: string): Promise<(VerificationNote & { staffName: string | null })[]> {
  const rows = await db.selectFrom('organisation_verification_notes')
    .leftJoin('staff_users', 'staff_users.id', 'organisation_verification_notes.staff_id')
    .select(['organisation_verification_notes.id', 'organisation_verification_notes.organisation_id', 'organisation_verification_notes.staff_id',
      'organisation_verification_notes.at', 'organisation_verification_notes.outcome', 'organisation_verification_notes.evidence',
      'staff_users.display_name'])
    .where('organisation_verification_notes.organisation_id', '=', organisationId)
    .orderBy('organisation_verification_notes.at', 'desc').orderBy('organisation_verification_notes.id', 'desc').execute();
  return rows.map((row) => ({
    id: row.id, organisationId: row.organisation_id, staffId: row.staff_id, at: row.at, outcome: row.outcome as VerificationOutcome,
    evidence: row.evidence, staffName: row.display_name ?? null,
  }));
}
