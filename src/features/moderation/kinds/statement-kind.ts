// Published statements lent to moderation through statements' index.ts. Platform staff moderate them (MODERATION.md
// "Who decides"): a statement is the public voice of a network, so its own coordinators never judge it, and the
// organisations that co-signed it are not its authors (organisationId null). It has no personal author: it speaks for
// its network, so nobody is stored as its author; the network's coordinators of the day answer for it — they read a
// hiding on their notices page and may appeal it. Drafts are not reportable here (their network discusses them).
import { hideStatement, readPublishedStatement, restoreStatement, statementPath, statementsAnsweredBy } from '../../statements/index.ts';
import type { ModeratedKind } from '../moderation.ts';

export const statementKind: ModeratedKind = {
  kind: 'statement',
  authorless: 'network-statement',
  async find(db, id) {
    const found = await readPublishedStatement(db, id);
    if (!found) return undefined;
    return {
      scope: 'platform', author: null, organisationId: null, title: found.version.title, excerpt: found.version.text,
      url: statementPath(id), hidden: found.statement.hidden !== null,
    };
  },
  // Published statements are public: any member may report one that is on view.
  async visibleTo(db, id) {
    const found = await readPublishedStatement(db, id);
    return !!found && found.statement.hidden === null;
  },
  hide: (deps, id, reason) => hideStatement(deps, id, reason),
  restore: (deps, id) => restoreStatement(deps, id),
  itemsAnsweredFor: (db, memberId) => statementsAnsweredBy(db, memberId),
};
