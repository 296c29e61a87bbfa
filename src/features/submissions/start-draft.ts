// Creates a draft from the first save of the answer form: whatever was typed, plus the files that pass the checks.
// The submitter gets a private link (only its hash is stored) and, when they gave an address, an email with it.
import type { AppDeps } from '../../deps.ts';
import type { Locale } from '../../i18n/locales.ts';
import { dayOf } from '../../platform/clock.ts';
import { hashToken, newId, newToken } from '../../platform/tokens.ts';
import type { FieldErrors } from '../../views/form.tsx';
import type { CallWithQuestionnaires, Questionnaire, StakeholderType } from '../calls/index.ts';
import type { DraftInput } from './answer-form.ts';
import { checkAttachments } from './check-attachments.ts';
import { InputCipher, sealAcceptedFile } from './input-cipher.ts';
import { draftKeyBox } from './input-keys.ts';
import { resumeLinkMail } from './submission-mails.ts';
import { insertAttachment, insertDraft } from './submissions.repository.ts';

export interface StartedDraft {
  token: string;
  fileErrors: FieldErrors;
  /** Whether the resume link went out by email: none when no address was given. */
  resumeMail: 'sent' | 'failed' | 'none';
}

export function resumeLink(baseUrl: string, token: string): string {
  return `${baseUrl}/drafts/${token}`;
}

export async function startDraft(
  deps: Pick<AppDeps, 'db' | 'clock' | 'mailer' | 'config'>,
  call: CallWithQuestionnaires,
  questionnaire: Questionnaire,
  stakeholderType: StakeholderType,
  input: DraftInput,
  locale: Locale,
): Promise<StartedDraft> {
  const token = newToken(deps.config.limits.draftResumeTokenBytes);
  const id = newId();
  const day = dayOf(deps.clock.now());
  const { accepted, errors } = await checkAttachments(input.files, 0);
  // A fresh content key, reachable through the link only: staff get it sealed to them at submission.
  const cipher = InputCipher.fresh(id);
  await deps.db.transaction().execute(async (trx) => {
    await insertDraft(trx, {
      id, callId: call.id, questionnaireId: questionnaire.id, stakeholderType, accessTokenHash: hashToken(token),
      language: input.language, consent: input.consent, sealedContent: cipher.sealContent(input.content),
      draftKeyBox: draftKeyBox(cipher, token), day,
    });
    for (const file of accepted) await insertAttachment(trx, sealAcceptedFile(cipher, file, day));
  });
  let resumeMail: StartedDraft['resumeMail'] = 'none';
  const email = input.content.submitter.email.trim();
  if (/^[^\s@]+@[^\s@]+$/.test(email)) {
    try {
      await deps.mailer.send(resumeLinkMail(locale, call, email, resumeLink(deps.config.baseUrl, token)));
      resumeMail = 'sent';
    } catch {
      // The draft is stored and the link is on screen; a mail failure must not lose it.
      resumeMail = 'failed';
    }
  }
  return { token, fileErrors: errors, resumeMail };
}
