// The call form as staff typed it, and its checks. Kept apart from the use cases so a failed save can show
// exactly what was typed, and so the checks are tested without a database.
import { limits } from '../../config.ts';
import { answerLanguages, callStatuses, latePolicies, type AnswerLanguage, type Call, type CallStatus, type LatePolicy, type Translated } from './call.ts';
import {
  editLanguages, filledTranslations, formList, formText, formTranslated, isEmailAddress, translatedForForm, type FieldErrors,
} from './form-values.ts';
import { mandate as defaultMandate } from './seed/hrc56.ts';
import { instantToZonedTime, isClockTime, isIsoDate, zonedTimeToInstant } from './time-zone.ts';

export const translatedCallFields = ['title', 'mandate', 'report', 'summary', 'body', 'publicationPolicy'] as const;
export type TranslatedCallField = (typeof translatedCallFields)[number];

export interface CallForm {
  slug: string;
  referenceCode: string;
  text: Record<TranslatedCallField, Translated>;
  opensOn: string;
  deadlineDate: string;
  deadlineTime: string;
  timeZone: string;
  languages: string[];
  contactEmail: string;
  emailSubject: string;
  latePolicy: string;
  status: string;
}

/** The zones a deadline may be set in: the runtime's IANA list, plus UTC which that list leaves out. */
export const timeZones: readonly string[] = ['UTC', ...Intl.supportedValuesOf('timeZone')];
const timeZoneSet = new Set(timeZones);

const longTextFields = new Set<TranslatedCallField>(['summary', 'body', 'publicationPolicy']);

export function emptyCallForm(now: Date): CallForm {
  const blank = () => translatedForForm({});
  return {
    slug: '', referenceCode: '',
    text: { title: blank(), mandate: translatedForForm(defaultMandate), report: blank(), summary: blank(), body: blank(), publicationPolicy: blank() },
    opensOn: now.toISOString().slice(0, 10), deadlineDate: '', deadlineTime: '23:59', timeZone: 'Europe/Zurich',
    languages: ['en', 'fr', 'es'], contactEmail: '', emailSubject: '', latePolicy: 'refuse', status: 'draft',
  };
}

export function callToForm(call: Call): CallForm {
  const deadline = instantToZonedTime(call.deadlineAt, call.timeZone);
  return {
    slug: call.slug, referenceCode: call.referenceCode,
    text: Object.fromEntries(translatedCallFields.map((f) => [f, translatedForForm(call[f])])) as CallForm['text'],
    opensOn: call.opensOn, deadlineDate: deadline.date, deadlineTime: deadline.time, timeZone: call.timeZone,
    languages: [...call.languages], contactEmail: call.contactEmail, emailSubject: call.emailSubject,
    latePolicy: call.latePolicy, status: call.status,
  };
}

export function readCallForm(body: unknown): CallForm {
  return {
    slug: formText(body, 'slug').trim(),
    referenceCode: formText(body, 'referenceCode').trim().toUpperCase(),
    text: Object.fromEntries(translatedCallFields.map((f) => [f, formTranslated(body, f)])) as CallForm['text'],
    opensOn: formText(body, 'opensOn').trim(),
    deadlineDate: formText(body, 'deadlineDate').trim(),
    deadlineTime: formText(body, 'deadlineTime').trim(),
    timeZone: formText(body, 'timeZone').trim(),
    languages: formList(body, 'languages'),
    contactEmail: formText(body, 'contactEmail').trim(),
    emailSubject: formText(body, 'emailSubject').trim(),
    latePolicy: formText(body, 'latePolicy'),
    status: formText(body, 'status'),
  };
}

export type CallFields = Omit<Call, 'id'>;

/** The call the form describes, or the errors to show beside each field. Slug uniqueness is the use case's job. */
export function validateCallForm(form: CallForm): { ok: true; call: CallFields } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(form.slug) || form.slug.length > 100) errors.slug = { key: 'calls-staff.error-slug' };
  if (!/^[A-Za-z0-9]{1,20}$/.test(form.referenceCode)) errors.referenceCode = { key: 'calls-staff.error-reference-code' };
  if (!form.text.title.en) errors['title-en'] = { key: 'calls-staff.error-title-en' };
  for (const field of translatedCallFields) {
    const max = longTextFields.has(field) ? limits.answerMaxChars : limits.shortTextMaxChars;
    for (const lang of editLanguages) {
      if ((form.text[field][lang] ?? '').length > max) errors[`${field}-${lang}`] = { key: 'calls-staff.error-too-long', values: { max } };
    }
  }
  if (!isIsoDate(form.opensOn)) errors.opensOn = { key: 'calls-staff.error-date' };
  if (!isIsoDate(form.deadlineDate)) errors.deadlineDate = { key: 'calls-staff.error-date' };
  else if (isIsoDate(form.opensOn) && form.deadlineDate < form.opensOn) errors.deadlineDate = { key: 'calls-staff.error-deadline-before-opening' };
  if (!isClockTime(form.deadlineTime)) errors.deadlineTime = { key: 'calls-staff.error-time' };
  if (!timeZoneSet.has(form.timeZone)) errors.timeZone = { key: 'calls-staff.error-time-zone' };
  const languages = answerLanguages.filter((l) => form.languages.includes(l));
  if (!languages.length || languages.length !== new Set(form.languages).size) errors.languages = { key: 'calls-staff.error-languages' };
  if (!isEmailAddress(form.contactEmail)) errors.contactEmail = { key: 'calls-staff.error-email' };
  if (form.emailSubject.length > limits.shortTextMaxChars) errors.emailSubject = { key: 'calls-staff.error-too-long', values: { max: limits.shortTextMaxChars } };
  if (!(latePolicies as readonly string[]).includes(form.latePolicy)) errors.latePolicy = { key: 'calls-staff.error-choose' };
  if (!(callStatuses as readonly string[]).includes(form.status)) errors.status = { key: 'calls-staff.error-choose' };
  if (Object.keys(errors).length) return { ok: false, errors };
  const text = Object.fromEntries(translatedCallFields.map((f) => [f, filledTranslations(form.text[f])])) as Record<TranslatedCallField, Translated>;
  return {
    ok: true,
    call: {
      slug: form.slug,
      referenceCode: form.referenceCode.toUpperCase(),
      ...text,
      opensOn: form.opensOn,
      deadlineAt: zonedTimeToInstant(form.deadlineDate, form.deadlineTime, form.timeZone),
      timeZone: form.timeZone,
      languages: languages as AnswerLanguage[],
      contactEmail: form.contactEmail,
      emailSubject: form.emailSubject,
      latePolicy: form.latePolicy as LatePolicy,
      status: form.status as CallStatus,
    },
  };
}

/** Errors for unique fields another call already uses, or null when both are free. */
export function uniqueFieldErrors(taken: { slug: boolean; referenceCode: boolean }): FieldErrors | null {
  const errors: FieldErrors = {};
  if (taken.slug) errors.slug = { key: 'calls-staff.error-slug-taken' };
  if (taken.referenceCode) errors.referenceCode = { key: 'calls-staff.error-reference-code-taken' };
  return Object.keys(errors).length ? errors : null;
}
