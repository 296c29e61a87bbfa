// Codings and quotes as sealed records of their input: JSON under the input's content key, each bound to its own
// id (`coding:<id>`, `quote:<id>`), so a record copied onto another row or input fails to open.
import type { InputCipher } from '../submissions/index.ts';
import type { Coding, Quote } from './coding.ts';
import type { SealedRecord } from './codings.repository.ts';

export function sealCoding(cipher: InputCipher, coding: Coding): SealedRecord {
  const { id, ...rest } = coding;
  return { id, sealed: cipher.sealNamed(`coding:${id}`, Buffer.from(JSON.stringify(rest), 'utf8')) };
}

export function openCoding(cipher: InputCipher, record: SealedRecord): Coding {
  return { id: record.id, ...JSON.parse(cipher.openNamed(`coding:${record.id}`, record.sealed).toString('utf8')) };
}

export function sealQuote(cipher: InputCipher, quote: Quote): SealedRecord {
  const { id, ...rest } = quote;
  return { id, sealed: cipher.sealNamed(`quote:${id}`, Buffer.from(JSON.stringify(rest), 'utf8')) };
}

export function openQuote(cipher: InputCipher, record: SealedRecord): Quote {
  return { id: record.id, ...JSON.parse(cipher.openNamed(`quote:${record.id}`, record.sealed).toString('utf8')) };
}
