// Reading the thread and post forms into values, with the errors shown beside the fields. Text is kept as typed
// (line breaks normalised) so a refused form comes back exactly as it was.
import type { FieldErrors } from '../../views/form.tsx';
import { discussionLimits, isThreadLanguage } from './discussion.ts';

export interface ThreadForm {
  title: string;
  body: string;
  language: string;
}

const normalise = (text: string) => text.replace(/\r\n?/g, '\n');

export function checkBody(body: string, errors: FieldErrors = {}): FieldErrors {
  if (!body.trim()) errors.body = { key: 'discussions.error-body-empty' };
  else if (body.length > discussionLimits.bodyMaxChars) errors.body = { key: 'discussions.error-body-long', values: { max: discussionLimits.bodyMaxChars } };
  return errors;
}

export function checkTitle(title: string, errors: FieldErrors = {}): FieldErrors {
  if (!title.trim()) errors.title = { key: 'discussions.error-title-empty' };
  else if (title.length > discussionLimits.titleMaxChars) errors.title = { key: 'discussions.error-title-long', values: { max: discussionLimits.titleMaxChars } };
  return errors;
}

export function readThreadForm(typed: ThreadForm): { form: ThreadForm; errors: FieldErrors } {
  const form = { title: typed.title.replace(/\s+/g, ' ').trim(), body: normalise(typed.body), language: typed.language };
  const errors = checkBody(form.body, checkTitle(form.title));
  if (!isThreadLanguage(form.language)) errors.language = { key: 'discussions.error-language' };
  return { form, errors };
}

export function readPostBody(typed: string): { body: string; errors: FieldErrors } {
  const body = normalise(typed);
  return { body, errors: checkBody(body) };
}
