// Carries "which published PDFs lost scripts, automatic actions or attached files, how many of each" across the
// redirect after publishing (see counts-parameter.ts): attachment ids, kind codes and counts only.
import type { ActiveContent } from '../../platform/documents/index.ts';
import type { Submission } from '../submissions/index.ts';
import type { AttachmentWithActiveContent, KindCount } from './clean-attachments.ts';
import { countsParameter, filesWithCounts } from './counts-parameter.ts';

/** Every kind the cleaning reports: a record, so a kind added there fails to compile here until it is known. */
const kindsKnown: Record<ActiveContent, true> = {
  javascript: true, launch: true, 'form-action': true, 'remote-link': true, 'embedded-file': true, media: true, 'xfa-form': true, 'other-action': true,
};
export const activeContentKinds = Object.keys(kindsKnown) as ActiveContent[];

export interface FileWithActiveContent {
  filename: string;
  kinds: readonly KindCount[];
}

/** The query parameter value: `id:javascript*2.embedded-file*1`. */
export function activeContentParameter(files: readonly AttachmentWithActiveContent[]): string {
  return countsParameter(files.map((file) => ({ attachmentId: file.attachmentId, counts: file.kinds.map((k) => [k.kind, k.count] as const) })));
}

export function activeContentFiles(parameter: string | undefined, input: Submission): FileWithActiveContent[] {
  return filesWithCounts(parameter, input, activeContentKinds).map(({ filename, counts }) => ({
    filename, kinds: counts.map(([kind, count]) => ({ kind, count })),
  }));
}
