/** Challenges already used once: a solved (or waited-for) challenge cannot pay for a second request. */
export interface SpentChallengesTable {
  /** The challenge's random nonce; nothing about who spent it. */
  id: string;
  /** When the challenge would have expired, rounded up to the hour (no precise time is kept); swept after. */
  expires_at: string;
}

export interface ProofOfWorkTables {
  spent_challenges: SpentChallengesTable;
}
