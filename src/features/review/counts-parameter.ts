// Per-file counts of codes ("2 TIFF pictures", "2 scripts and 1 attached file") carried across the redirect after
// publishing, as withheld-files.ts carries reasons: attachment ids, known codes and numbers only, so a crafted link
// can show no text of its own; an item that is not all of that shows nothing for its file.
import type { Submission } from '../submissions/index.ts';

export type CodeCounts<C extends string> = ReadonlyArray<readonly [C, number]>;

/** How many of each code, in the order the codes first appear. */
export function countCodes<C extends string>(codes: readonly C[]): [C, number][] {
  const counts = new Map<C, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts];
}

/** The query parameter value: `id:tiff*2.svg*1,id:emf*1`. */
export function countsParameter(files: readonly { attachmentId: string; counts: CodeCounts<string> }[]): string {
  return files.map((file) => `${file.attachmentId}:${file.counts.map(([code, count]) => `${code}*${count}`).join('.')}`).join(',');
}

function parseCounts<C extends string>(text: string, known: readonly C[]): [C, number][] | undefined {
  const counts = text.split('.').map((item): [C, number] | undefined => {
    const [code, count] = item.split('*');
    return known.includes(code as C) && /^[1-9][0-9]{0,5}$/.test(count ?? '') ? [code as C, Number(count)] : undefined;
  });
  return counts.every((c) => c !== undefined) ? counts : undefined;
}

/** The input's files named in the parameter, by the input's own file names, with their counts. */
export function filesWithCounts<C extends string>(
  parameter: string | undefined, input: Submission, known: readonly C[],
): { filename: string; counts: [C, number][] }[] {
  if (!parameter) return [];
  return parameter.split(',').slice(0, input.attachments.length).flatMap((item) => {
    const [id, text] = item.split(':');
    const file = input.attachments.find((a) => a.id === id);
    const counts = parseCounts(text ?? '', known);
    return file && counts ? [{ filename: file.filename, counts }] : [];
  });
}
