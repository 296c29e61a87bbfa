// Codings, rejected suggestions and quotes as sealed records of their input: JSON under the input's content key,
// each bound to its kind and id (`coding:<id>`, `rejection:<id>`, `quote:<id>`), so a record copied onto another
// row, table or input fails to open.
import type { InputCipher } from '../submissions/index.ts';
import type { Coding, Quote, SuggestionRejection } from './coding.ts';
import type { SealedRecord } from './codings.repository.ts';

type Kind = 'coding' | 'rejection' | 'quote';

function seal<T extends { id: string }>(kind: Kind, cipher: InputCipher, record: T): SealedRecord {
  const { id, ...rest } = record;
  return { id, sealed: cipher.sealNamed(`${kind}:${id}`, Buffer.from(JSON.stringify(rest), 'utf8')) };
}

function open<T>(kind: Kind, cipher: InputCipher, record: SealedRecord): T {
  return { id: record.id, ...JSON.parse(cipher.openNamed(`${kind}:${record.id}`, record.sealed).toString('utf8')) };
}

export const sealCoding = (cipher: InputCipher, coding: Coding) => seal('coding', cipher, coding);
export const openCoding = (cipher: InputCipher, record: SealedRecord) => open<Coding>('coding', cipher, record);
export const sealRejection = (cipher: InputCipher, rejection: SuggestionRejection) => seal('rejection', cipher, rejection);
export const openRejection = (cipher: InputCipher, record: SealedRecord) => open<SuggestionRejection>('rejection', cipher, record);
export const sealQuote = (cipher: InputCipher, quote: Quote) => seal('quote', cipher, quote);
export const openQuote = (cipher: InputCipher, record: SealedRecord) => open<Quote>('quote', cipher, record);
