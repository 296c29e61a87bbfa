// Co-signers are typed one per line; blank lines and stray spaces are not names.
export function coSignerList(coSigners: string): string[] {
  return coSigners.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
}
