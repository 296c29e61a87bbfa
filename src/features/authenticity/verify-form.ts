// Reading the verification form: a chosen file wins over pasted text; neither is an error beside the file field.
// A file that is not a readable signed file becomes an error beside the field it came from, worded from its reason.
import type { MalformedReason } from '../../platform/signing/index.ts';
import { parseFormBody } from '../submissions/index.ts';
import type { FieldErrors } from '../../views/form.tsx';

export const verifyFields = { file: 'file', text: 'text' } as const;
type VerifyField = (typeof verifyFields)[keyof typeof verifyFields];

export type VerifyForm =
  | { kind: 'read'; input: Uint8Array | string; field: VerifyField; text: string }
  | { kind: 'invalid'; errors: FieldErrors; text: string };

/** Multipart cuts a field longer than its limit short and says so; the cut text would only read as "not a file". */
function pastedTextWasCut(body: unknown): boolean {
  const part = (body as Record<string, unknown> | undefined)?.[verifyFields.text];
  return typeof part === 'object' && part !== null && (part as { valueTruncated?: unknown }).valueTruncated === true;
}

export async function readVerifyForm(body: unknown): Promise<VerifyForm> {
  const form = await parseFormBody(body);
  const text = form.one(verifyFields.text);
  const file = form.files.find((f) => f.field === verifyFields.file);
  if (file) {
    if (file.truncated) return { kind: 'invalid', errors: malformedError(verifyFields.file, 'too-large'), text };
    return { kind: 'read', input: file.data, field: verifyFields.file, text };
  }
  if (pastedTextWasCut(body)) {
    return { kind: 'invalid', errors: { [verifyFields.text]: { key: 'authenticity.error-too-long-to-paste' } }, text: '' };
  }
  if (text.trim() === '') return { kind: 'invalid', errors: { [verifyFields.file]: { key: 'authenticity.error-nothing' } }, text };
  return { kind: 'read', input: text, field: verifyFields.text, text };
}

export function malformedError(field: VerifyField, reason: MalformedReason, detail?: string): FieldErrors {
  return { [field]: { key: `authenticity.malformed.${reason}`, values: { field: detail ?? '' } } };
}
