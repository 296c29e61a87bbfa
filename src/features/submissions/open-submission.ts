// Finds an input by the private token in its link, with the call and questionnaire it answers, and opens it with
// whatever secret the submitter holds at that stage: the link itself while it is a draft, the receipt code (from
// the receipt cookie of the browser that submitted) once it is submitted.
import type { Db } from '../../db/database.ts';
import { hashToken } from '../../platform/tokens.ts';
import { findCallById, loadQuestionnaires, type CallWithQuestionnaires, type Questionnaire } from '../calls/index.ts';
import { openStoredInput, type InputCipher } from './input-cipher.ts';
import { cipherFromDraftLink, cipherFromReceipt } from './input-keys.ts';
import { deriveReceiptKey } from './receipt-code.ts';
import type { Submission } from './submission.ts';
import { findStoredInputByTokenHash, type StoredInput } from './submissions.repository.ts';

/** An input found by its link, still sealed. */
export interface LocatedSubmission {
  token: string;
  stored: StoredInput;
  call: CallWithQuestionnaires;
  questionnaire: Questionnaire;
}

export interface OpenedSubmission {
  token: string;
  submission: Submission;
  call: CallWithQuestionnaires;
  questionnaire: Questionnaire;
  cipher: InputCipher;
}

export async function locateSubmission(db: Db, token: string): Promise<LocatedSubmission | undefined> {
  // Tokens are 43 base64url characters; anything else cannot match and is not worth a query.
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const stored = await findStoredInputByTokenHash(db, hashToken(token));
  if (!stored) return undefined;
  const call = await findCallById(db, stored.callId);
  if (!call) return undefined;
  const withQuestionnaires = await loadQuestionnaires(db, call);
  const questionnaire = withQuestionnaires.questionnaires.find((q) => q.id === stored.questionnaireId);
  if (!questionnaire) return undefined;
  return { token, stored, call: withQuestionnaires, questionnaire };
}

function opened(located: LocatedSubmission, cipher: InputCipher): OpenedSubmission {
  const { token, call, questionnaire, stored } = located;
  return { token, call, questionnaire, cipher, submission: openStoredInput(stored, cipher) };
}

/** A draft, opened with its own link; undefined once submitted (the link's key box is gone then). */
export function openDraftWithLink(located: LocatedSubmission): OpenedSubmission | undefined {
  const { stored, token } = located;
  if (stored.status !== 'draft' || !stored.draftKeyBox) return undefined;
  return opened(located, cipherFromDraftLink(stored.id, stored.draftKeyBox, token));
}

/** A submitted input, opened with its receipt code (about 100 ms of argon2id). */
export async function openWithReceiptCode(located: LocatedSubmission, code: string, siteSecret: string): Promise<OpenedSubmission | undefined> {
  const { stored } = located;
  if (stored.status !== 'submitted' || !stored.receiptKeyBox) return undefined;
  const key = await deriveReceiptKey(code, siteSecret, stored.id);
  return opened(located, cipherFromReceipt(stored.id, stored.receiptKeyBox, key));
}

/** Shortcut for a draft link: found and still a draft, opened; otherwise undefined. */
export async function openDraft(db: Db, token: string): Promise<OpenedSubmission | undefined> {
  const located = await locateSubmission(db, token);
  return located && openDraftWithLink(located);
}
