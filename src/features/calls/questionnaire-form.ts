// The questionnaire form as typed, and its checks: who answers it, its title and introduction per language.
import { limits } from '../../config.ts';
import { stakeholderTypes, type Questionnaire, type StakeholderType, type Translated } from './call.ts';
import { editLanguages, filledTranslations, formList, formTranslated, translatedForForm, type FieldErrors } from './form-values.ts';

export interface QuestionnaireForm {
  stakeholderTypes: string[];
  title: Translated;
  intro: Translated;
}

export type QuestionnaireFields = Pick<Questionnaire, 'stakeholderTypes' | 'title' | 'intro'>;

export function emptyQuestionnaireForm(): QuestionnaireForm {
  return { stakeholderTypes: [], title: translatedForForm({}), intro: translatedForForm({}) };
}

export function questionnaireToForm(q: Questionnaire): QuestionnaireForm {
  return { stakeholderTypes: [...q.stakeholderTypes], title: translatedForForm(q.title), intro: translatedForForm(q.intro) };
}

export function readQuestionnaireForm(body: unknown): QuestionnaireForm {
  return { stakeholderTypes: formList(body, 'stakeholderTypes'), title: formTranslated(body, 'title'), intro: formTranslated(body, 'intro') };
}

export function validateQuestionnaireForm(form: QuestionnaireForm): { ok: true; fields: QuestionnaireFields } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const types = stakeholderTypes.filter((s) => form.stakeholderTypes.includes(s));
  if (!types.length || types.length !== new Set(form.stakeholderTypes).size) errors.stakeholderTypes = { key: 'calls-staff.error-stakeholders' };
  if (!form.title.en) errors['title-en'] = { key: 'calls-staff.error-title-en' };
  for (const lang of editLanguages) {
    if ((form.title[lang] ?? '').length > limits.shortTextMaxChars) errors[`title-${lang}`] = { key: 'calls-staff.error-too-long', values: { max: limits.shortTextMaxChars } };
    if ((form.intro[lang] ?? '').length > limits.answerMaxChars) errors[`intro-${lang}`] = { key: 'calls-staff.error-too-long', values: { max: limits.answerMaxChars } };
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, fields: { stakeholderTypes: types as StakeholderType[], title: filledTranslations(form.title), intro: filledTranslations(form.intro) } };
}

/** A kind of respondent answers one questionnaire of a call, so the answer form knows which to show them. */
export function stakeholderConflict(
  wanted: readonly StakeholderType[], others: readonly Pick<Questionnaire, 'stakeholderTypes'>[],
): StakeholderType[] {
  return wanted.filter((type) => others.some((q) => q.stakeholderTypes.includes(type)));
}
