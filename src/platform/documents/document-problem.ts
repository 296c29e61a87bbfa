// Why a document was refused at upload or could not be cleaned for publication: codes, never prose, so each caller
// words them for its reader (a submitter beside the file field, staff on the input page).

export type DocumentProblem =
  /** Protected by a password (an encrypted PDF, zip entries, an ODF package or an Office "EncryptedPackage"). */
  | 'encrypted'
  /** Damaged, incomplete or not what it claims to be: it cannot be read reliably. */
  | 'malformed'
  /** A zip that expands far beyond its size, holds too many parts, or names parts outside itself. */
  | 'unsafe-archive'
  /** Holds other files (PDF attachments, embedded objects) whose own metadata cannot be removed. */
  | 'embedded-files'
  /** A type the platform does not know how to clean. */
  | 'unsupported';

export type DocumentCheck = { ok: true } | { ok: false; problem: DocumentProblem };

export const documentOk: DocumentCheck = Object.freeze({ ok: true });

export function documentProblem(problem: DocumentProblem): { ok: false; problem: DocumentProblem } {
  return { ok: false, problem };
}
