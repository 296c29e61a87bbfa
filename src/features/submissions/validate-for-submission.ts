// Whether a draft can be submitted: a pure function of the questionnaire, the call and what was typed.
// Errors are keyed by the answer form's field names and carry message keys of the submissions namespace.
import { z } from 'zod';
import { limits } from '../../config.ts';
import { isCountryCode } from '../../i18n/countries.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { partRef, type Call, type Part, type Questionnaire } from '../calls/index.ts';
import { answerField, formFields } from './answer-form.ts';
import { consentChoices, submitterKinds, type PartAnswer, type SubmissionContent } from './submission.ts';

const tooLong = 'submissions.error-too-long';
const shortText = z.string().max(limits.shortTextMaxChars, tooLong);
const longText = z.string().max(limits.answerMaxChars, tooLong);
const countryCodes = z.array(z.string().refine(isCountryCode, 'submissions.error-country-unknown'));

const submitterSchema = z.object({
  kind: z.enum(submitterKinds, 'submissions.error-kind-required'),
  name: shortText.refine((v) => v.trim() !== '', 'submissions.error-name-required'),
  organisationType: shortText,
  countries: countryCodes,
  email: shortText.transform((v) => v.trim()).refine((v) => v !== '', 'submissions.error-email-required').pipe(z.email('submissions.error-email-format')),
  coSigners: longText,
});

/** Form field of each submitter property, for error keys. */
const submitterFields: Record<keyof z.infer<typeof submitterSchema>, string> = {
  kind: formFields.kind,
  name: formFields.name,
  organisationType: formFields.organisationType,
  countries: formFields.countries,
  email: formFields.email,
  coSigners: formFields.coSigners,
};

/** An issue as a message key; text that is too long also says the limit. */
function toError(issue: z.core.$ZodIssue): FieldErrors[string] {
  return issue.code === 'too_big' && issue.origin === 'string' ? { key: tooLong, values: { max: Number(issue.maximum) } } : { key: issue.message };
}

/** Records the first problem with a value under a field name. */
function check(errors: FieldErrors, field: string, schema: z.ZodType, value: unknown): void {
  if (errors[field]) return;
  const result = schema.safeParse(value);
  if (!result.success) errors[field] = toError(result.error.issues[0]!);
}

function isAnswered(part: Part, answer: PartAnswer | undefined, hasFile: boolean): boolean {
  switch (part.kind) {
    case 'long-text': return Boolean(answer?.text?.trim());
    case 'choose-one':
    case 'choose-many': return Boolean(answer?.choices?.length || (part.allowOther && answer?.other?.trim()));
    case 'country-list': return Boolean(answer?.countries?.length);
    case 'yes-no': return Boolean(answer?.yesNo);
    case 'file': return hasFile;
  }
}

/** The field where a part's "required" error is shown: its main input. */
function mainField(part: Part, ref: string): string {
  switch (part.kind) {
    case 'long-text': return answerField(ref, 'text');
    case 'choose-one':
    case 'choose-many': return answerField(ref, 'choices');
    case 'country-list': return answerField(ref, 'countries');
    case 'yes-no': return answerField(ref, 'yes-no');
    case 'file': return answerField(ref, 'files');
  }
}

function checkPart(errors: FieldErrors, part: Part, ref: string, answer: PartAnswer | undefined, hasFile: boolean): void {
  if (part.required && !isAnswered(part, answer, hasFile)) {
    errors[mainField(part, ref)] = { key: 'submissions.error-part-required' };
  }
  if (!answer) return;
  const keys = part.choices.map((c) => c.key);
  const choices = z.array(z.string().refine((key) => keys.includes(key), 'submissions.error-choice-unknown'));
  if (answer.choices) {
    check(errors, answerField(ref, 'choices'), part.kind === 'choose-one' ? choices.max(1, 'submissions.error-choose-one') : choices, answer.choices);
  }
  if (answer.other !== undefined) check(errors, answerField(ref, 'other'), shortText, answer.other);
  if (answer.countries) check(errors, answerField(ref, 'countries'), countryCodes, answer.countries);
  if (answer.text !== undefined) check(errors, answerField(ref, 'text'), longText, answer.text);
  if (answer.details !== undefined) check(errors, answerField(ref, 'details'), longText, answer.details);
}

export function validateForSubmission(
  questionnaire: Questionnaire,
  call: Pick<Call, 'languages'>,
  content: SubmissionContent,
  language: string | null,
  consent: string | null,
  /** The part refs of files already attached (null for general attachments), for required file parts. */
  attachedParts: readonly (string | null)[] = [],
): FieldErrors {
  const errors: FieldErrors = {};
  const submitter = submitterSchema.safeParse(content.submitter);
  if (!submitter.success) {
    for (const issue of submitter.error.issues) {
      const field = submitterFields[issue.path[0] as keyof typeof submitterFields];
      if (!field || errors[field]) continue;
      errors[field] = toError(issue);
    }
  }
  check(errors, formFields.language, z.enum(call.languages, 'submissions.error-language-required'), language);
  for (const question of questionnaire.questions) {
    for (const part of question.parts) {
      const ref = partRef(question, part);
      checkPart(errors, part, ref, content.answers[ref], attachedParts.includes(ref));
    }
  }
  // Checked last so the error summary follows the form's order: about you, questions, then consent.
  check(errors, formFields.consent, z.enum(consentChoices, 'submissions.error-consent-required'), consent);
  check(errors, formFields.processingConsent, z.literal(true, 'submissions.error-processing-consent-required'), content.processingConsent);
  return errors;
}
