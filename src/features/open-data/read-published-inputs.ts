// A call's published inputs as open data, a page at a time or all at once.
import type { Db } from '../../db/database.ts';
import type { CallWithQuestionnaires } from '../calls/index.ts';
import { listPublishedInputs, totalPublished } from './open-data.repository.ts';
import { toOpenInput, type OpenInput } from './open-input.ts';
import type { Page } from './pagination.ts';

export interface CallRef {
  slug: string;
  reference_code: string;
}

export function callRef(call: CallWithQuestionnaires): CallRef {
  return { slug: call.slug, reference_code: call.referenceCode };
}

export async function readPublishedInputs(
  db: Db, call: CallWithQuestionnaires, baseUrl: string, page?: Page,
): Promise<{ total: number; inputs: OpenInput[] }> {
  const window = page && { limit: page.perPage, offset: (page.page - 1) * page.perPage };
  const [publications, total] = await Promise.all([listPublishedInputs(db, call.id, window), totalPublished(db, call.id)]);
  const context = {
    questionnaires: call.questionnaires,
    inputUrl: (reference: string) => `${baseUrl}/calls/${call.slug}/inputs/${encodeURIComponent(reference)}`,
  };
  return { total, inputs: publications.map((p) => toOpenInput(p, context)) };
}
