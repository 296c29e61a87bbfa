// Where a call stands for a reader at a given moment: an "open" call past its deadline that refuses late inputs
// reads as closed, so lists never invite people to a form that will turn them away.
import { acceptsAnswers, type Call, type CallStatus } from './call.ts';

export function publicStatus(call: Call, now: Date): CallStatus {
  return call.status === 'open' && !acceptsAnswers(call, now) ? 'closed' : call.status;
}

/** Whole days until the deadline, counting a part day as a day; 0 once it has passed. */
export function daysLeft(call: Pick<Call, 'deadlineAt'>, now: Date): number {
  return Math.max(0, Math.ceil((Date.parse(call.deadlineAt) - now.getTime()) / (24 * 3600_000)));
}

/** Calls the public may see, grouped as readers look for them: open soonest-first, then the most recently closed. */
export function groupForReaders(calls: readonly Call[], now: Date): { open: Call[]; closed: Call[]; archived: Call[] } {
  const byDeadline = (a: Call, b: Call) => a.deadlineAt.localeCompare(b.deadlineAt);
  const visible = calls.filter((c) => c.status !== 'draft');
  return {
    open: visible.filter((c) => publicStatus(c, now) === 'open').sort(byDeadline),
    closed: visible.filter((c) => publicStatus(c, now) === 'closed').sort(byDeadline).reverse(),
    archived: visible.filter((c) => c.status === 'archived').sort(byDeadline).reverse(),
  };
}
