// What other features may use of networks: membership questions (threads, statements, moderation), the network
// itself, the viewer behind a request (organisations' viewer with networks wired in), and the routes.
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.ts';
import type { AppDeps } from '../../deps.ts';
import { viewerOf, type Viewer } from '../organisations/index.ts';
import { networkLinks } from './network-links.ts';
import { networkMembershipRoutes } from './network-membership.routes.tsx';
import { networksPublicRoutes } from './networks.routes.tsx';
import { organisationNetworksRoutes } from './organisation-networks.routes.tsx';

export { isCoordinator, isNetworkMember, networkIdsCoordinatedByMember, networksOfMember } from './membership-queries.ts';
export { findNetwork, findNetworks } from './networks.repository.ts';
export { findVisibleNetwork } from './find-visible-network.ts';
export { networkScopes, networkVisibilities, type Network, type NetworkScope, type NetworkVisibility } from './network.ts';
export { networkLinks } from './network-links.ts';

/** The viewer behind a request, for organisationVisibleTo / publicNameOf (loaded once per request). */
export function networkViewerOf(db: Db, request: FastifyRequest): Promise<Viewer> {
  return viewerOf(db, networkLinks, request);
}

export function networksRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    await app.register(networksPublicRoutes(deps));
    await app.register(networkMembershipRoutes(deps));
    await app.register(organisationNetworksRoutes(deps));
  };
}
