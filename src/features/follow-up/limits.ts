// The follow-up limits, declared once: how long a session lives idle, how often the anonymous routes may be called,
// and how long a message may be.

/** A follow-up session ends after this long without a request: a shared or seized computer keeps no open door. */
export const followUpIdleMinutes = 30;

/**
 * Code attempts per client: plenty for typos, and with 10^16 codes and ~100 ms of argon2id each, guessing is
 * hopeless either way; the limit keeps a script from turning the hash cost into a denial of service.
 */
export const followUpSignInRateLimit = Object.freeze({ max: 10, timeWindow: '10 minutes' });

/** Messages, additions, consent changes per client: enough for a person, too few for a flood. */
export const followUpPostRateLimit = Object.freeze({ max: 20, timeWindow: '1 minute' });

export const followUpMessageMaxChars = 20_000;
