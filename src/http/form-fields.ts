// Reading a parsed urlencoded body: a missing field reads as empty, a repeated one (checkboxes) as a list.
// (Multipart forms with files go through the submissions feature's form-body.ts.)

export function formText(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : '';
  return typeof value === 'string' ? value : '';
}

export function formList(body: unknown, name: string): string[] {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return [value].flat().filter((v): v is string => typeof v === 'string' && v !== '');
}

export function formFlag(body: unknown, name: string): boolean {
  return formText(body, name) !== '';
}
