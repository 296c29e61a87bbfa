// Time comes from one place so tests can move it (deadlines) and so day-only dates are formatted one way.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** YYYY-MM-DD in UTC: the only precision kept for a submitter's actions. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}
