// The answer form's field names, in one place for the view, the reader and the validator, and the reading of a
// posted form into a draft's content. Reading keeps whatever was typed; judging it is validate-for-submission's job.
import { answerLanguages, partRef, type Questionnaire } from '../calls/index.ts';
import type { FormBody, UploadedFile } from './form-body.ts';
import { consentChoices, submitterKinds, type Consent, type PartAnswer, type SubmissionContent } from './submission.ts';

export const formFields = Object.freeze({
  kind: 'submitter.kind',
  name: 'submitter.name',
  organisationType: 'submitter.organisation-type',
  countries: 'submitter.countries',
  email: 'submitter.email',
  coSigners: 'submitter.co-signers',
  language: 'language',
  consent: 'consent',
  processingConsent: 'processing-consent',
  generalFiles: 'attachments',
  removeAttachment: 'remove-attachment',
  action: 'action',
});

export type AnswerAspect = 'text' | 'choices' | 'other' | 'details' | 'countries' | 'yes-no' | 'files';

/** `a.<partRef>.<aspect>`: stable, simple names; fieldId() turns them into HTML ids. */
export function answerField(ref: string, aspect: AnswerAspect): string {
  return `a.${ref}.${aspect}`;
}

export interface IncomingFile {
  /** The question part the file answers, or null for a general attachment (the submission letter…). */
  partRef: string | null;
  /** The form field it came from, where its error is shown. */
  field: string;
  file: UploadedFile;
}

export interface DraftInput {
  content: SubmissionContent;
  /** Only known codes are kept; whether the call accepts them is checked on review. */
  language: string | null;
  consent: Consent | null;
  removeAttachmentIds: string[];
  files: IncomingFile[];
  action: 'save' | 'review';
}

/** Browsers send CRLF in textareas; stored text uses LF so lengths and comparisons are stable. */
function text(value: string): string {
  return value.replace(/\r\n?/g, '\n');
}

function readAnswer(body: FormBody, ref: string, kind: string): PartAnswer {
  const answer: PartAnswer = {};
  if (kind === 'long-text') answer.text = text(body.one(answerField(ref, 'text')));
  if (kind === 'choose-one' || kind === 'choose-many') {
    answer.choices = body.many(answerField(ref, 'choices'));
    answer.other = text(body.one(answerField(ref, 'other')));
  }
  if (kind === 'country-list') answer.countries = body.many(answerField(ref, 'countries'));
  if (kind === 'yes-no') {
    const yesNo = body.one(answerField(ref, 'yes-no'));
    answer.yesNo = yesNo === 'yes' || yesNo === 'no' ? yesNo : '';
  }
  answer.details = text(body.one(answerField(ref, 'details')));
  // Empty strings and lists are dropped so a draft stores only what was actually typed or chosen.
  for (const [key, value] of Object.entries(answer)) {
    if (value === '' || (Array.isArray(value) && value.length === 0)) delete answer[key as keyof PartAnswer];
  }
  return answer;
}

export function readAnswerForm(questionnaire: Questionnaire, body: FormBody): DraftInput {
  const kind = body.one(formFields.kind);
  const answers: Record<string, PartAnswer> = {};
  const fileFields = new Map<string, string | null>([[formFields.generalFiles, null]]);
  for (const question of questionnaire.questions) {
    for (const part of question.parts) {
      const ref = partRef(question, part);
      if (part.kind === 'file') fileFields.set(answerField(ref, 'files'), ref);
      const answer = readAnswer(body, ref, part.kind);
      if (Object.keys(answer).length) answers[ref] = answer;
    }
  }
  const language = body.one(formFields.language);
  const consent = body.one(formFields.consent);
  return {
    content: {
      submitter: {
        kind: (submitterKinds as readonly string[]).includes(kind) ? (kind as SubmissionContent['submitter']['kind']) : '',
        name: text(body.one(formFields.name)),
        organisationType: text(body.one(formFields.organisationType)),
        countries: body.many(formFields.countries),
        // Kept as typed, like every field of a draft; validation and sending read it trimmed.
        email: body.one(formFields.email),
        coSigners: text(body.one(formFields.coSigners)),
      },
      answers,
      processingConsent: body.one(formFields.processingConsent) === 'yes',
    },
    language: (answerLanguages as readonly string[]).includes(language) ? language : null,
    consent: (consentChoices as readonly string[]).includes(consent) ? (consent as Consent) : null,
    removeAttachmentIds: body.many(formFields.removeAttachment),
    files: body.files.flatMap((file) => {
      const ref = fileFields.get(file.field);
      return ref === undefined ? [] : [{ partRef: ref, field: file.field, file }];
    }),
    action: body.one(formFields.action) === 'review' ? 'review' : 'save',
  };
}
