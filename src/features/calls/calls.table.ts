/** Text a person reads, stored per language as JSON `{"en": "...", "fr": "..."}` (Decidim keeps translations so). */
type TranslatedJson = string;

export interface CallsTable {
  id: string;
  slug: string;
  reference_code: string;
  mandate: TranslatedJson;
  title: TranslatedJson;
  summary: TranslatedJson;
  body: TranslatedJson;
  report: TranslatedJson;
  publication_policy: TranslatedJson;
  opens_on: string;
  deadline_at: string;
  time_zone: string;
  languages: string;
  contact_email: string;
  email_subject: string;
  late_policy: string;
  status: string;
  submission_counter: number;
  created_at: string;
  updated_at: string;
}

export interface QuestionnairesTable {
  id: string;
  call_id: string;
  position: number;
  stakeholder_types: string;
  title: TranslatedJson;
  intro: TranslatedJson;
}

export interface QuestionsTable {
  id: string;
  questionnaire_id: string;
  position: number;
  number: string;
  text: TranslatedJson;
  parts: string;
}

export interface CallsTables {
  calls: CallsTable;
  questionnaires: QuestionnairesTable;
  questions: QuestionsTable;
}
