// Which codes come together on the same inputs: for each pair of codes, how many inputs carry both. Codings are
// sealed under each input's key, so this runs in a key holder's session and counts only the inputs that member can
// open; the others are counted apart, never guessed at. An input counts once per code however often it was coded.
import type { Db } from '../../db/database.ts';
import { listCodingsOfCall, readerCiphers } from '../analysis/index.ts';
import type { Reader } from '../review/open-input.ts';
import { listSubmittedInputIds } from '../submissions/index.ts';

export interface CodePair {
  /** The pair's code with fewer inputs (ties: the smaller id), so `inputs / inputs of A` says how often A comes with B. */
  a: string;
  b: string;
  inputs: number;
}

export interface CoOccurrence {
  readable: number;
  unreadable: number;
  /** Inputs carrying each code, among the readable ones. */
  byCode: Map<string, number>;
  /** Pairs carried together by at least one input, most frequent first. */
  pairs: CodePair[];
}

const pairKey = (a: string, b: string) => `${a} ${b}`;

export async function coOccurrence(deps: { db: Db }, reader: Reader, callId: string): Promise<CoOccurrence> {
  const ids = await listSubmittedInputIds(deps.db, callId);
  // Two queries for the whole call (the reader's key boxes, every coding), not two per input.
  const ciphers = await readerCiphers(deps, reader, ids);
  const codingsOf = await listCodingsOfCall(deps, callId, ciphers);
  const byCode = new Map<string, number>();
  const together = new Map<string, number>();
  for (const codings of codingsOf.values()) {
    const codes = [...new Set(codings.map((coding) => coding.codeId))].sort();
    for (const [i, code] of codes.entries()) {
      byCode.set(code, (byCode.get(code) ?? 0) + 1);
      for (const other of codes.slice(i + 1)) together.set(pairKey(code, other), (together.get(pairKey(code, other)) ?? 0) + 1);
    }
  }
  const readable = codingsOf.size;
  const pairs = [...together].map(([key, inputs]) => {
    const [x, y] = key.split(' ') as [string, string];
    const xFirst = byCode.get(x)! <= byCode.get(y)!;
    return { a: xFirst ? x : y, b: xFirst ? y : x, inputs };
  });
  pairs.sort((p, q) => q.inputs - p.inputs || byCode.get(p.a)! - byCode.get(q.a)! || p.a.localeCompare(q.a) || p.b.localeCompare(q.b));
  return { readable, unreadable: ids.length - readable, byCode, pairs };
}
