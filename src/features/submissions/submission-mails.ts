// The two messages a submitter receives: the private link to resume a draft, and the receipt of a submitted input.
// Written in one language chosen by the caller. The receipt carries no link that opens the input and never the
// receipt code: a seized inbox must not lead to the input or its conversation.
import { isLocale, type Locale } from '../../i18n/locales.ts';
import { pickTranslation, translator } from '../../i18n/translator.ts';
import type { OutgoingMail } from '../../platform/mail.ts';
import type { Call } from '../calls/index.ts';
import type { Consent } from './submission.ts';

export function resumeLinkMail(locale: Locale, call: Pick<Call, 'title'>, to: string, link: string): OutgoingMail {
  const { t } = translator(locale);
  const title = pickTranslation(call.title, locale).text;
  return {
    to,
    language: locale,
    subject: t('submissions.mail-resume-subject', { title }),
    text: t('submissions.mail-resume-body', { title, link }),
  };
}

/** The answer language when the interface speaks it, else the language the submitter was reading in. */
export function receiptLanguage(answerLanguage: string | null, uiLocale: Locale): Locale {
  return isLocale(answerLanguage) ? answerLanguage : uiLocale;
}

export function receiptMail(
  locale: Locale,
  call: Pick<Call, 'title' | 'contactEmail'>,
  receipt: { to: string; reference: string; consent: Consent; late: boolean; followUpLink: string },
): OutgoingMail {
  const { t } = translator(locale);
  const title = pickTranslation(call.title, locale).text;
  return {
    to: receipt.to,
    language: locale,
    subject: t('submissions.mail-receipt-subject', { reference: receipt.reference, title }),
    text: t('submissions.mail-receipt-body', {
      reference: receipt.reference,
      title,
      consent: t(`domain.consent.${receipt.consent}`),
      late: receipt.late ? 'yes' : 'no',
      followUp: receipt.followUpLink,
      contact: call.contactEmail,
    }),
  };
}
