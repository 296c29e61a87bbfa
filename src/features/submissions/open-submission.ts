// Finds an input by the private token in its link, with the call and questionnaire it answers.
import type { Db } from '../../db/database.ts';
import { hashToken } from '../../platform/tokens.ts';
import { findCallById, loadQuestionnaires, type CallWithQuestionnaires, type Questionnaire } from '../calls/index.ts';
import type { Submission } from './submission.ts';
import { findAttachmentFile, findSubmissionByTokenHash } from './submissions.repository.ts';

export interface OpenedSubmission {
  token: string;
  submission: Submission;
  call: CallWithQuestionnaires;
  questionnaire: Questionnaire;
}

export async function openSubmission(db: Db, token: string): Promise<OpenedSubmission | undefined> {
  // Tokens are 43 base64url characters; anything else cannot match and is not worth a query.
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const submission = await findSubmissionByTokenHash(db, hashToken(token));
  if (!submission) return undefined;
  const call = await findCallById(db, submission.callId);
  if (!call) return undefined;
  const withQuestionnaires = await loadQuestionnaires(db, call);
  const questionnaire = withQuestionnaires.questionnaires.find((q) => q.id === submission.questionnaireId);
  if (!questionnaire) return undefined;
  return { token, submission, call: withQuestionnaires, questionnaire };
}

/** A submitter's own file: reachable only with the token of the input it belongs to, in the expected state. */
export async function readOwnAttachment(
  db: Db,
  token: string,
  attachmentId: string,
  status: 'draft' | 'submitted',
): Promise<{ filename: string; mediaType: string; data: Buffer } | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const submission = await findSubmissionByTokenHash(db, hashToken(token));
  if (!submission || submission.status !== status) return undefined;
  return findAttachmentFile(db, submission.id, attachmentId);
}
