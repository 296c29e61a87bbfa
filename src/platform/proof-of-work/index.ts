export { challengeLifetimeMinutes, issueChallenge, readChallenge, type Challenge, type ReadChallenge } from './challenge.ts';
export { createProofOfWork, type ProofOfWork, type ProofOfWorkSettings, type Verdict } from './proof-of-work.ts';
export { leadingZeroBits, meetsDifficulty, solveChallenge } from './solution.ts';
