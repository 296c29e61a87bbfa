// An input to a call: who sent it, their answers, and what they agreed to. Drafts keep whatever was typed,
// valid or not; validation happens when the submitter asks to review and again on submit.
import type { StakeholderType } from '../calls/index.ts';

export const consentChoices = ['public-named', 'public-anonymous', 'do-not-publish'] as const;
export type Consent = (typeof consentChoices)[number];

export const submitterKinds = ['organisation', 'individual'] as const;

export interface Submitter {
  kind: (typeof submitterKinds)[number] | '';
  /** Organisation name, or the individual's name. */
  name: string;
  organisationType: string;
  countries: string[];
  email: string;
  /** Co-signing organisations of a joint submission, one per line as typed. */
  coSigners: string;
}

/** An answer to one part, keyed in `answers` by the part's ref (`<questionId>:<partKey>`). */
export interface PartAnswer {
  text?: string;
  choices?: string[];
  other?: string;
  details?: string;
  countries?: string[];
  yesNo?: 'yes' | 'no' | '';
}

export interface SubmissionContent {
  submitter: Submitter;
  answers: Record<string, PartAnswer>;
  /** Consent to the processing of the data, separate from publication consent. */
  processingConsent: boolean;
  /** What an imported letter says outside any question (introduction, closing, unmapped text); staff-only. */
  generalComments?: string;
}

export interface AttachmentInfo {
  id: string;
  partRef: string | null;
  filename: string;
  mediaType: string;
  sizeBytes: number;
}

export interface Submission {
  id: string;
  callId: string;
  questionnaireId: string;
  stakeholderType: StakeholderType;
  status: 'draft' | 'submitted';
  reference: string | null;
  language: string | null;
  consent: Consent | null;
  late: boolean;
  reviewStatus: 'new' | 'reviewed';
  /** How it arrived: the online form, or an email imported by staff. */
  channel: 'form' | 'email';
  content: SubmissionContent;
  createdOn: string;
  updatedOn: string;
  submittedOn: string | null;
  attachments: AttachmentInfo[];
}

export function emptyContent(): SubmissionContent {
  return {
    submitter: { kind: '', name: '', organisationType: '', countries: [], email: '', coSigners: '' },
    answers: {},
    processingConsent: false,
  };
}

/** What publication the consent allows: staff can publish no more than this. */
export function publicationAllowed(consent: Consent | null): 'named' | 'anonymous' | 'none' {
  if (consent === 'public-named') return 'named';
  if (consent === 'public-anonymous') return 'anonymous';
  return 'none';
}
