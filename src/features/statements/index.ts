// What other features and the app use of statements: the routes (public pages, the network's side, co-signing), and
// what moderation's statement and statement-comment kinds need to read, hide and restore a statement or a comment.
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { statementsNetworkRoutes } from './statements.network.routes.tsx';
import { statementsPublicRoutes } from './statements.public.routes.tsx';
import { statementsSigningRoutes } from './statements.signing.routes.tsx';

export { commentContext } from './comment.ts';
export { hideComment } from './hide-comment.ts';
export { hideStatement, restoreStatement } from './hide-statement.ts';
export { readPublishedStatement, statementsAnsweredBy } from './read-statement.ts';
export { mayReadComment, readComment, type CommentInContext } from './read-comment.ts';
export { restoreComment } from './restore-comment.ts';
export { commentPath, statementPath } from './statement-paths.ts';
export { organisationSignatures } from './organisation-signatures.ts';
export { statementStandingForVerify, type StatementStanding } from './statement-standing-for-verify.ts';

export function statementsRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    await app.register(statementsPublicRoutes(deps));
    await app.register(statementsNetworkRoutes(deps));
    await app.register(statementsSigningRoutes(deps));
  };
}
