// Words the analysis pages share: code and question labels in the reader's language, regions, attributions.
import type { Translator } from '../../../i18n/translator.ts';
import { pickTranslation } from '../../../i18n/translator.ts';
import { answerLanguages, type Question } from '../../calls/index.ts';
import type { Code } from '../codebook.ts';
import { generalCommentsRef } from '../coding.ts';
import type { Attribution } from '../quote-attribution.ts';

export function regionLabel(t: Translator['t'], group: string): string {
  return t(`analysis.region.${group}`);
}

export function codeLabel(code: Pick<Code, 'label'> | undefined, locale: string): { text: string; lang: string } {
  return code ? pickTranslation(code.label, locale) : { text: '?', lang: locale };
}

export function attributionText(i18n: Translator, attribution: Attribution): string {
  const { t } = i18n;
  if (attribution.kind === 'named') return t('analysis.attribution-named', { name: attribution.name });
  if (attribution.kind === 'not-quotable') return t('analysis.attribution-not-quotable');
  const who = t(`analysis.attribution-who.${attribution.stakeholderType}`);
  if (!attribution.regions.length) return t('analysis.attribution-anonymous-no-region', { who });
  const regions = new Intl.ListFormat(i18n.locale, { type: 'conjunction' }).format(attribution.regions.map((r) => regionLabel(t, r)));
  return t('analysis.attribution-anonymous', { who, regions });
}

/** "Question 5: …" for a part ref, or the general comments of an emailed letter. */
export function questionOfRef(i18n: Translator, questions: readonly Question[], partRef: string): string {
  if (partRef === generalCommentsRef) return i18n.t('analysis.general-comments');
  const question = questions.find((q) => partRef.startsWith(`${q.id}:`));
  if (!question) return i18n.t('analysis.unknown-question');
  return i18n.t('analysis.question-number', { number: question.number, text: pickTranslation(question.text, i18n.locale).text });
}

export function languageName(t: Translator['t'], code: string | null): string {
  if (!code) return t('analysis.language-unknown');
  return (answerLanguages as readonly string[]).includes(code) ? t(`domain.language.${code}`) : code;
}
