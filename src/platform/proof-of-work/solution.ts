// The work itself: a solution is a decimal counter such that SHA-256 of "<challenge>:<counter>" (UTF-8) starts with
// the challenge's number of zero bits. Finding one takes 2^bits hashes on average; checking one takes a single hash.
// src/views/assets/app.js does the same search in the browser with crypto.subtle.
import { createHash } from 'node:crypto';

export function leadingZeroBits(digest: Uint8Array): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** A counter, as typed in the form: digits only and short, so hashing it costs the server nothing noticeable. */
const solutionPattern = /^\d{1,15}$/;

export function meetsDifficulty(challenge: string, solution: string, difficultyBits: number): boolean {
  if (!solutionPattern.test(solution)) return false;
  return leadingZeroBits(createHash('sha256').update(`${challenge}:${solution}`).digest()) >= difficultyBits;
}

/** The browser's search, in Node: for tests and the benchmark (bench/proof-of-work.ts). */
export function solveChallenge(challenge: string, difficultyBits: number): string {
  for (let counter = 0; ; counter += 1) {
    if (meetsDifficulty(challenge, String(counter), difficultyBits)) return String(counter);
  }
}
