// The follow-up limits, declared once: how long a session lives idle and how long a message may be. How often the
// anonymous routes may be called: src/http/rate-limits.ts.

/** A follow-up session ends after this long without a request: a shared or seized computer keeps no open door. */
export const followUpIdleMinutes = 30;

export const followUpMessageMaxChars = 20_000;
