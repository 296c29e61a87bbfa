// A call's quote bank: every quote in the inputs the reader can open, each with the attribution the input's consent
// allows today. Only inputs holding quotes are opened; those the reader holds no key for are named by reference.
import { regionalGroupOf } from '../../platform/geo/un-regional-groups.ts';
import { inputCipherFor, type Reader } from '../review/open-input.ts';
import { findSubmittedStoredInput, openStoredInput } from '../submissions/index.ts';
import type { AnalysisDeps } from './analysis-deps.ts';
import { listInputMetadata, listInputsWithQuotes, type InputMetadata } from './answers.repository.ts';
import { listQuotes, type AttributedQuote } from './list-quotes.ts';

export interface BankedQuote extends AttributedQuote {
  inputId: string;
  reference: string;
}

export interface QuoteBank {
  quotes: BankedQuote[];
  unreadable: InputMetadata[];
}

export async function listQuoteBank(deps: AnalysisDeps, reader: Reader, callId: string): Promise<QuoteBank> {
  const withQuotes = await listInputsWithQuotes(deps.db, callId);
  const inputs = (await listInputMetadata(deps.db, callId)).filter((input) => withQuotes.has(input.id));
  const bank: QuoteBank = { quotes: [], unreadable: [] };
  for (const meta of inputs) {
    const cipher = await inputCipherFor(deps.db, reader, meta.id);
    const stored = typeof cipher === 'string' ? undefined : await findSubmittedStoredInput(deps.db, meta.id);
    if (typeof cipher === 'string' || !stored) {
      bank.unreadable.push(meta);
      continue;
    }
    const quotes = await listQuotes(deps, { input: openStoredInput(stored, cipher), cipher }, regionalGroupOf);
    bank.quotes.push(...quotes.map((quote) => ({ ...quote, inputId: meta.id, reference: meta.reference })));
  }
  return bank;
}
