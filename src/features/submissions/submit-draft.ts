// Submits a draft: validates it again, applies the call's deadline policy, then in ONE transaction takes the next
// reference number and stores the input as submitted with the hash of a new receipt code, its content key wrapped
// under that code and sealed to every key holder of the call. The code itself goes back to the caller only, to be
// shown once. The receipt email goes out after the commit, so a mail failure never
// loses an input, and a database failure never sends a receipt for nothing; it carries neither the code nor a link
// that opens the input (an inbox can be seized), only the reference and where to follow up.
import type { AppDeps } from '../../deps.ts';
import type { Locale } from '../../i18n/locales.ts';
import { dayOf } from '../../platform/clock.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { recipientsForSealing } from '../accounts/index.ts';
import { acceptsAnswers, formatReference, isPastDeadline, takeNextSubmissionNumber } from '../calls/index.ts';
import { escrowHolder, receiptKeyBox, sealForHolders } from './input-keys.ts';
import type { OpenedSubmission } from './open-submission.ts';
import type { Consent } from './submission.ts';
import { deriveReceiptKey, hashReceiptCode, newReceiptCode } from './receipt-code.ts';
import { receiptLanguage, receiptMail } from './submission-mails.ts';
import { insertKeyBoxes, markSubmitted, receiptCodeHashTaken, replaceSubmissionCountries } from './submissions.repository.ts';
import { validateForSubmission } from './validate-for-submission.ts';

export type SubmitOutcome =
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'closed' }
  | { kind: 'no-key-holder' }
  | { kind: 'already-submitted' }
  | { kind: 'submitted'; reference: string; receiptCode: string; mail: 'sent' | 'failed' };

class AlreadySubmitted extends Error {}

/** Where a submitter comes back with their receipt code: a page that opens nothing by itself. */
export function followUpLink(baseUrl: string): string {
  return `${baseUrl}/follow-up`;
}

/** A fresh code whose hash no other input has; hashed before the transaction so it stays short. */
async function newUniqueReceiptCode(deps: Pick<AppDeps, 'db' | 'config'>): Promise<{ code: string; hash: string }> {
  for (;;) {
    const code = newReceiptCode();
    const hash = await hashReceiptCode(code, deps.config.sessionSecret);
    if (!(await receiptCodeHashTaken(deps.db, hash))) return { code, hash };
  }
}

export async function submitDraft(
  deps: Pick<AppDeps, 'db' | 'clock' | 'mailer' | 'config'>,
  opened: OpenedSubmission,
  uiLocale: Locale,
): Promise<SubmitOutcome> {
  const { submission, call, questionnaire } = opened;
  if (submission.status !== 'draft') return { kind: 'already-submitted' };
  const errors = validateForSubmission(
    questionnaire, call, submission.content, submission.language, submission.consent, submission.attachments.map((a) => a.partRef),
  );
  if (Object.keys(errors).length) return { kind: 'invalid', errors };
  const now = deps.clock.now();
  if (!acceptsAnswers(call, now)) return { kind: 'closed' };
  // Validation guarantees both; the casts only tell the compiler what it just checked.
  const language = submission.language as string;
  const consent = submission.consent as Consent;
  const late = isPastDeadline(call, now);
  const day = dayOf(now);
  // Nobody could ever read an input sealed to no one: refuse now, while the draft (and the link) still work.
  const holders = (await recipientsForSealing(deps, call.id)).map((r) => ({ holder: r.userId ?? escrowHolder, publicKey: r.publicKey }));
  if (!holders.length) return { kind: 'no-key-holder' };
  const receipt = await newUniqueReceiptCode(deps);
  const receiptKey = await deriveReceiptKey(receipt.code, deps.config.sessionSecret, submission.id);
  const boxes = sealForHolders(opened.cipher, holders);
  let reference: string;
  try {
    reference = await deps.db.transaction().execute(async (trx) => {
      const sequence = await takeNextSubmissionNumber(trx, call.id);
      const taken = formatReference(call.referenceCode, now.getUTCFullYear(), sequence);
      const marked = await markSubmitted(trx, submission.id, {
        reference: taken, language, consent, late, day, receiptCodeHash: receipt.hash, receiptKeyBox: receiptKeyBox(opened.cipher, receiptKey),
      });
      // Rolling back returns the number, so references stay without gaps when a second click loses the race.
      if (!marked) throw new AlreadySubmitted();
      await replaceSubmissionCountries(trx, submission.id, submission.content.submitter.countries);
      await insertKeyBoxes(trx, submission.id, boxes);
      return taken;
    });
  } catch (error) {
    if (error instanceof AlreadySubmitted) return { kind: 'already-submitted' };
    throw error;
  }
  try {
    await deps.mailer.send(receiptMail(receiptLanguage(language, uiLocale), call, {
      to: submission.content.submitter.email.trim(), reference, consent, late, followUpLink: followUpLink(deps.config.baseUrl),
    }));
    return { kind: 'submitted', reference, receiptCode: receipt.code, mail: 'sent' };
  } catch {
    return { kind: 'submitted', reference, receiptCode: receipt.code, mail: 'failed' };
  }
}
