// The calls open data covers: every call the public can see (never a draft), with how many inputs are published.
import type { Db } from '../../db/database.ts';
import { listPublicCalls, type AnswerLanguage, type Call, type CallStatus, type Translated } from '../calls/index.ts';
import { countPublicationsByCall } from '../publications/index.ts';

export interface OpenCall {
  id: string;
  slug: string;
  reference_code: string;
  status: Exclude<CallStatus, 'draft'>;
  title: Translated;
  deadline_at: string;
  languages: AnswerLanguage[];
  published_inputs: number;
  links: { page: string; inputs: string; counts: string };
}

export function openCall(call: Call, publishedInputs: number, baseUrl: string): OpenCall {
  const api = `${baseUrl}/api/v1/calls/${call.slug}`;
  return {
    id: call.id, slug: call.slug, reference_code: call.referenceCode, status: call.status as OpenCall['status'], title: call.title,
    deadline_at: call.deadlineAt, languages: call.languages, published_inputs: publishedInputs,
    links: { page: `${baseUrl}/calls/${call.slug}`, inputs: `${api}/inputs`, counts: `${api}/counts` },
  };
}

export async function listOpenCalls(db: Db, baseUrl: string): Promise<OpenCall[]> {
  const [calls, counts] = await Promise.all([listPublicCalls(db), countPublicationsByCall(db)]);
  return calls.map((call) => openCall(call, counts.get(call.id) ?? 0, baseUrl));
}
