// Reading and checking the join form: the values as typed (kept for a re-rendered form) and errors per field.
import type { FieldErrors } from '../../views/form.tsx';
import { formFlag, formText } from '../../http/form-fields.ts';
import { looksLikeEmail, passwordProblem } from '../accounts/index.ts';
import { displayNameMaxLength } from './member.ts';

export interface JoinForm {
  displayName: string;
  email: string;
  password: string;
  atRisk: boolean;
}

export function readJoinForm(body: unknown): JoinForm {
  return {
    displayName: formText(body, 'displayName'), email: formText(body, 'email'), password: formText(body, 'password'),
    atRisk: formFlag(body, 'atRisk'),
  };
}

/** A short name a person gives (their display name, a passkey's name): required, bounded, no control characters. */
export function shortNameProblem(value: string, maxLength: number, requiredKey: string): FieldErrors[string] | null {
  const name = value.trim();
  if (!name) return { key: requiredKey };
  if (name.length > maxLength) return { key: 'members.error-too-long', values: { max: maxLength } };
  // Control characters could make a name display differently from how it reads in a list.
  if (/[\p{Cc}\p{Cf}]/u.test(name)) return { key: 'members.error-display-name-characters' };
  return null;
}

export function displayNameProblem(displayName: string): FieldErrors[string] | null {
  return shortNameProblem(displayName, displayNameMaxLength, 'members.error-display-name-required');
}

export function joinFormErrors(form: JoinForm): FieldErrors {
  const errors: FieldErrors = {};
  const name = displayNameProblem(form.displayName);
  if (name) errors.displayName = name;
  if (!looksLikeEmail(form.email.trim())) errors.email = { key: 'members.error-email-invalid' };
  const password = passwordProblem(form.password, form.email);
  if (password) errors.password = password;
  return errors;
}
