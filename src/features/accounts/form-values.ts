// Reads text fields from a parsed urlencoded body; anything missing or not a string reads as empty.
export function formText(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}
