// Every moderation route, by actor: members (reports, blocks, their notices), network coordinators (their desk at
// /moderation) and platform administrators (every case and the appeals, at /staff/network/moderation).
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { requireStaff } from '../accounts/index.ts';
import { isMyPseudonym, requireMember } from '../members/index.ts';
import { caseRoutes } from './cases.routes.tsx';
import { memberModerationRoutes } from './member.routes.tsx';
import type { ModeratedKind, Moderator } from './moderation.ts';
import { moderationRegistry } from './registry.ts';
import { reportRoutes } from './report.routes.tsx';

/** MODERATION.md: platform staff are "the mandate's administrators". */
export const moderationStaffRoles = ['admin'] as const;

function coordinatorOf(request: FastifyRequest): Moderator {
  return { kind: 'coordinator', memberId: request.member!.id, holdsPseudonym: (context, id) => isMyPseudonym(request, context, id) };
}

const staffOf = (request: FastifyRequest): Moderator => ({ kind: 'staff', staffId: request.staff!.id });

export function moderationRoutes(deps: AppDeps, contentKinds: readonly ModeratedKind[]): FastifyPluginAsync {
  const registry = moderationRegistry(contentKinds);
  return async (app) => {
    await app.register(reportRoutes(deps, registry));
    await app.register(memberModerationRoutes(deps, registry));
    await app.register(caseRoutes(deps, registry, { base: '/moderation', guard: requireMember(), moderatorOf: coordinatorOf, intro: 'moderation.queue-intro-coordinator' }));
    await app.register(caseRoutes(deps, registry, {
      base: '/staff/network/moderation', guard: requireStaff(moderationStaffRoles), moderatorOf: staffOf, intro: 'moderation.queue-intro-staff',
    }));
  };
}
