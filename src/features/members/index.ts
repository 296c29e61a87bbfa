// What other features may use of members: the identity hook and guard (request.member), at-risk authorship
// (pseudonyms per context, computed only in the member's session), and voluntary reveals.
export { membersRoutes } from './members.routes.tsx';
export { loadMemberIdentity, requireMember } from './member-identity.tsx';
export type { SignedInMember } from './member.ts';
export {
  authorshipFor, isMyPseudonym, pseudonymFor, pseudonymLabel, PseudonymUnavailableError, type Authorship, type Pseudonym,
} from './pseudonyms.ts';
export { revealPseudonym, revealedPseudonyms, type RevealOutcome } from './reveal-pseudonym.ts';
export type { PseudonymReveal } from './reveals.repository.ts';
