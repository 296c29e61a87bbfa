// Labels for inbox values, shared by the inbox and the reading view.
import { countryName } from '../../../i18n/countries.ts';
import type { Translator } from '../../../i18n/translator.ts';
import { answerLanguages } from '../../calls/index.ts';
import type { FilterName } from '../inbox.ts';

export function languageLabel(t: Translator['t'], code: string): string {
  return (answerLanguages as readonly string[]).includes(code) ? t(`domain.language.${code}`) : code;
}

export function filterValueLabel(i18n: Translator, name: FilterName, value: string): string {
  const { t } = i18n;
  switch (name) {
    case 'type': return t(`domain.stakeholder.${value}`);
    case 'country': return countryName(value, i18n.locale);
    case 'language': return languageLabel(t, value);
    case 'consent': return t(`domain.consent.${value}`);
    case 'late': return t(value === 'yes' ? 'review.late-only' : 'review.on-time-only');
    case 'review': return t(`review.status.${value}`);
    case 'publication': return t(`review.publication.${value}`);
  }
}
