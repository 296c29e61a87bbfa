// What an anonymous POST pays before it is handled. A valid, unspent challenge with a solution pays nothing more: the
// browser already did the work. Without a solution (no JavaScript, no crypto.subtle) it pays in time instead: it is
// handled no sooner than `waitMs` after its form was issued, which a person reading and typing has long passed. A
// missing, tampered, expired or already spent challenge pays the whole wait. Nothing is ever refused, so nothing
// a person typed is lost: the price is time, never the request.
import type { Db } from '../../db/database.ts';
import { issueChallenge, readChallenge } from './challenge.ts';
import { meetsDifficulty } from './solution.ts';
import { deleteExpiredSpentChallenges, insertSpentChallenge } from './spent-challenges.repository.ts';

export interface ProofOfWorkSettings {
  /** SESSION_SECRET: the challenges' MAC key is derived from it. */
  siteSecret: string;
  difficultyBits: number;
  /** The price of a request without a solution, counted from when its form was issued. */
  waitMs: number;
}

export type Verdict = 'solved' | 'unsolved' | 'missing' | 'tampered' | 'expired' | 'spent';

export interface ProofOfWork {
  issue(now: Date): string;
  /** The verdict on what a form sent, and how long the request must wait before it is handled. */
  check(sent: { challenge: string; solution: string }, now: Date): Promise<{ verdict: Verdict; waitMs: number }>;
}

/** Expired rows are dropped at most this often per instance: the table stays small without a delete per request. */
const sweepEveryMs = 10 * 60_000;
const hourMs = 3_600_000;

export function createProofOfWork(db: Db, settings: ProofOfWorkSettings): ProofOfWork {
  let sweptAt = 0;
  return {
    issue: (now) => issueChallenge(settings.siteSecret, now, settings.difficultyBits),

    async check(sent, now) {
      const full = { waitMs: settings.waitMs };
      const read = readChallenge(settings.siteSecret, sent.challenge, now);
      if (read.kind !== 'valid') return { verdict: read.kind, ...full };
      const { challenge } = read;
      if (now.getTime() - sweptAt >= sweepEveryMs) {
        sweptAt = now.getTime();
        await deleteExpiredSpentChallenges(db, now.toISOString());
      }
      // Rounded up to the hour: the row outlives the challenge a little and records no precise time.
      const keepUntil = new Date(Math.ceil(challenge.expiresAt.getTime() / hourMs) * hourMs);
      // Spent whether solved or not, so one waited-for challenge cannot pay for a stream of requests either.
      if (!(await insertSpentChallenge(db, challenge.id, keepUntil.toISOString()))) return { verdict: 'spent', ...full };
      if (meetsDifficulty(sent.challenge, sent.solution, challenge.difficultyBits)) return { verdict: 'solved', waitMs: 0 };
      const left = challenge.issuedAt.getTime() + settings.waitMs - now.getTime();
      return { verdict: 'unsolved', waitMs: Math.min(settings.waitMs, Math.max(0, left)) };
    },
  };
}
