// Field error codes from the statement forms, as the message keys the pages show beside each field.
import type { FieldErrors } from '../../../views/form.tsx';
import type { FormErrors } from '../statement-form.ts';

export function fieldErrors(errors: FormErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, code]) => [field, { key: `statements.error.${field}-${code}` }]));
}
