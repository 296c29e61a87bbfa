// What organisations need to know about networks, without depending on the networks feature (which builds on this
// one): the networks feature implements this port and app.ts hands it in, so the features never import each other
// both ways.
import type { Db, Transaction } from '../../db/database.ts';

export interface NetworkLinks {
  /** The networks each of these organisations belongs to (an organisation in none may be absent). */
  networkIdsOf(db: Db | Transaction, organisationIds: readonly string[]): Promise<Map<string, string[]>>;
  /**
   * A member leaves an organisation (or is removed): ends the network coordination they held through it, or
   * refuses when they are the last coordinator of a network, who must hand over first.
   */
  releaseCoordination(trx: Transaction, organisationId: string, memberId: string): Promise<'released' | 'last-coordinator'>;
  /** Networks whose coordinators all act through this organisation: it cannot go until they hand over. */
  networksOnlyItCoordinates(db: Db | Transaction, organisationId: string): Promise<{ id: string; name: string }[]>;
  /**
   * Takes the organisation out of every network, its members' coordination and its pending invitations and join
   * requests with it; 'last-coordinator' (the caller rolls back) when it holds a network's last coordinators.
   */
  leaveEveryNetwork(trx: Transaction, organisationId: string): Promise<'left' | 'last-coordinator'>;
}
