// Instants in signed files are UTC; they are shown in UTC, said so, so every reader compares the same time.
import type { Translator } from '../../../i18n/translator.ts';

export function formatInstant(i18n: Translator, iso: string): string {
  return `${i18n.formatDate(iso, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' })} UTC`;
}
