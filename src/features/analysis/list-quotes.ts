// An input's quotes, opened with its cipher, each with the attribution the input's current consent allows.
import type { AnalysisDeps, OpenedInput } from './analysis-deps.ts';
import type { Quote } from './coding.ts';
import { listSealedQuotes } from './codings.repository.ts';
import { attributionFor, type Attribution, type RegionOf } from './quote-attribution.ts';
import { openQuote } from './sealed-records.ts';

export interface AttributedQuote extends Quote {
  attribution: Attribution;
}

export async function listQuotes(deps: Pick<AnalysisDeps, 'db'>, opened: OpenedInput, regionOf: RegionOf): Promise<AttributedQuote[]> {
  const attribution = attributionFor(opened.input, regionOf);
  const quotes = (await listSealedQuotes(deps.db, opened.cipher.submissionId)).map((record) => openQuote(opened.cipher, record));
  return quotes
    .sort((a, b) => a.passage.partRef.localeCompare(b.passage.partRef) || a.passage.start - b.passage.start || a.id.localeCompare(b.id))
    .map((quote) => ({ ...quote, attribution }));
}
