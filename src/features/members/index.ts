// What other features may use of members: the guard, the identity hook, the member type (request.member).
export { membersRoutes } from './members.routes.tsx';
export { loadMemberIdentity, requireMember } from './member-identity.tsx';
export type { SignedInMember } from './member.ts';
