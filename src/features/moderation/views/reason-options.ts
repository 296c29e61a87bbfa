// The reasons as choices a form offers, each with its name (and, for reporters, what it covers) in the reader's language.
import type { Translator } from '../../../i18n/translator.ts';
import { moderationReasons } from '../moderation.ts';

export function reasonOptions(i18n: Translator): { value: string; label: string }[] {
  return moderationReasons.map((reason) => ({ value: reason, label: i18n.t(`moderation.reason.${reason}`) }));
}

/** Reasons with what each covers, so a reporter can tell harsh criticism from harassment before choosing. */
export function explainedReasonOptions(i18n: Translator): { value: string; label: string }[] {
  return moderationReasons.map((reason) => ({
    value: reason, label: `${i18n.t(`moderation.reason.${reason}`)} — ${i18n.t(`moderation.reason-covers.${reason}`)}`,
  }));
}
