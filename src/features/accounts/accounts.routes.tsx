// Staff sign-in, sign-out, first-account setup and password change. (Filled in by the accounts work.)
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';

export function accountsRoutes(_deps: AppDeps): FastifyPluginAsync {
  return async () => {};
}
