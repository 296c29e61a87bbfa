// Outcomes shown after a redirect, by name, so a query string can never choose an arbitrary message.
export const networkDone = {
  created: 'networks.done-created', saved: 'networks.done-saved', requested: 'networks.done-requested', invited: 'networks.done-invited',
  joined: 'networks.done-joined', declined: 'networks.done-declined', left: 'networks.done-left', appointed: 'networks.done-appointed',
  'stepped-down': 'networks.done-stepped-down', removed: 'networks.done-removed',
} as const;

export const networkProblems = {
  'already-member': 'networks.problem-already-member', 'already-asked': 'networks.problem-already-asked',
  'last-coordinator': 'networks.problem-last-coordinator', 'not-a-member': 'networks.problem-not-a-member',
  'already-coordinator': 'networks.problem-already-coordinator',
} as const;

/** The address to come back to after an outcome: `done=` for what happened, `problem=` for why it did not. */
export function outcomeQuery(outcome: string): string {
  return `${Object.hasOwn(networkProblems, outcome) ? 'problem' : 'done'}=${outcome}`;
}
