// Who may do what with a statement, from the person's standing in its network. Drafts and the discussion stay inside
// the network; coordinators speak for it (publication, corrections, translations); signing is for organisations'
// administrators and is checked against the organisation, not the network.
import type { Statement } from './statement.ts';

export interface NetworkStanding {
  /** Belongs to one of the network's member organisations. */
  member: boolean;
  coordinator: boolean;
}

export const outsider: NetworkStanding = Object.freeze({ member: false, coordinator: false });

export const statementPolicy = {
  draft: (standing: NetworkStanding) => standing.member || standing.coordinator,
  seeDiscussion: (standing: NetworkStanding) => standing.member || standing.coordinator,
  editDraft: (standing: NetworkStanding, statement: Statement) => !statement.publishedAt && (standing.member || standing.coordinator),
  publish: (standing: NetworkStanding, statement: Statement) => !statement.publishedAt && standing.coordinator,
  addVersion: (standing: NetworkStanding, statement: Statement) => statement.publishedAt !== null && standing.coordinator,
} as const;
