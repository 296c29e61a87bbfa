import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';

export function reviewRoutes(_deps: AppDeps): FastifyPluginAsync {
  return async () => {};
}
