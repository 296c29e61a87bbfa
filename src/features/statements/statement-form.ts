// Reading and checking the statement forms (a draft; a later version or translation). Errors are codes the
// pages word as `statements.error.<field>-<code>`; the values come back exactly as typed, to fill the form again.
import { formList, formText } from '../../http/form-fields.ts';
import { isCountryCode } from '../../i18n/countries.ts';
import { isTheme, type Theme } from '../../platform/vocabulary/solidarity-vocabulary.ts';
import { isStatementLanguage, statementKinds, statementLimits, type StatementKind, type StatementLanguage } from './statement.ts';

export type FieldError = 'required' | 'too-long' | 'invalid';
export type FormErrors = Partial<Record<string, FieldError>>;

export interface TextForm {
  language: string;
  title: string;
  text: string;
}

export interface DraftForm extends TextForm {
  kind: string;
  themes: string[];
  countries: string[];
}

export interface DraftValues {
  kind: StatementKind;
  language: StatementLanguage;
  title: string;
  text: string;
  themes: Theme[];
  countries: string[];
}

export function readTextForm(body: unknown): TextForm {
  return { language: formText(body, 'language'), title: formText(body, 'title'), text: formText(body, 'text') };
}

export function readDraftForm(body: unknown): DraftForm {
  return { ...readTextForm(body), kind: formText(body, 'kind'), themes: formList(body, 'themes'), countries: formList(body, 'countries') };
}

function requiredText(errors: FormErrors, field: string, value: string, maxChars: number): string {
  const trimmed = value.trim();
  if (trimmed === '') errors[field] = 'required';
  else if (trimmed.length > maxChars) errors[field] = 'too-long';
  return trimmed;
}

export function checkTextForm(form: TextForm): { errors: FormErrors; title: string; text: string } {
  const errors: FormErrors = {};
  if (!isStatementLanguage(form.language)) errors.language = form.language === '' ? 'required' : 'invalid';
  const title = requiredText(errors, 'title', form.title, statementLimits.titleMaxChars);
  const text = requiredText(errors, 'text', form.text, statementLimits.textMaxChars);
  return { errors, title, text };
}

export function checkDraftForm(form: DraftForm): { kind: 'valid'; values: DraftValues } | { kind: 'invalid'; errors: FormErrors } {
  const { errors, title, text } = checkTextForm(form);
  if (!(statementKinds as readonly string[]).includes(form.kind)) errors.kind = 'required';
  if (!form.themes.every(isTheme)) errors.themes = 'invalid';
  if (!form.countries.every(isCountryCode)) errors.countries = 'invalid';
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  return {
    kind: 'valid',
    values: {
      kind: form.kind as StatementKind, language: form.language as StatementLanguage, title, text,
      themes: [...new Set(form.themes)] as Theme[], countries: [...new Set(form.countries)],
    },
  };
}
